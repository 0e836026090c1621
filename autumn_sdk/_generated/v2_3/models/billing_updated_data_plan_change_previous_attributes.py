# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_updated_data_plan_change_subscription_status import (
    BillingUpdatedDataPlanChangeSubscriptionStatus,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePreviousAttributes")


@_attrs_define
class BillingUpdatedDataPlanChangePreviousAttributes:
    status: BillingUpdatedDataPlanChangeSubscriptionStatus | Unset = UNSET
    """ The current status of the subscription on the customer. """
    past_due: bool | Unset = UNSET
    """ Whether the subscription has overdue payments. """
    canceled_at: float | None | Unset = UNSET
    """ When the subscription was canceled, in milliseconds since the Unix epoch, or null if not canceled. """
    expires_at: float | None | Unset = UNSET
    """ When the subscription ends, in milliseconds since the Unix epoch, or null if no expiry is set. """
    trial_ends_at: float | None | Unset = UNSET
    """ When the trial ends, in milliseconds since the Unix epoch. Null when not actively trialing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        past_due = self.past_due

        canceled_at: float | None | Unset
        if isinstance(self.canceled_at, Unset):
            canceled_at = UNSET
        else:
            canceled_at = self.canceled_at

        expires_at: float | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        trial_ends_at: float | None | Unset
        if isinstance(self.trial_ends_at, Unset):
            trial_ends_at = UNSET
        else:
            trial_ends_at = self.trial_ends_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if past_due is not UNSET:
            field_dict["past_due"] = past_due
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if trial_ends_at is not UNSET:
            field_dict["trial_ends_at"] = trial_ends_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _status = src_dict.get("status", UNSET)
        status: BillingUpdatedDataPlanChangeSubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _BillingUpdatedDataPlanChangeSubscriptionStatus_VALUES.get(
                _status
            ) or BillingUpdatedDataPlanChangeSubscriptionStatus(_status)

        past_due = src_dict.get("past_due", UNSET)
        if past_due is not UNSET and not (type(past_due) is bool):
            raise TypeError(f"past_due: expected a boolean, not {type(past_due).__name__}")

        canceled_at: float | None | Unset = src_dict.get("canceled_at", UNSET)
        if not (
            canceled_at is UNSET
            or type(canceled_at) is int
            or type(canceled_at) is float
            or canceled_at is None
        ):
            raise TypeError(f"canceled_at: unexpected {type(canceled_at).__name__}")

        expires_at: float | None | Unset = src_dict.get("expires_at", UNSET)
        if not (
            expires_at is UNSET or type(expires_at) is int or type(expires_at) is float or expires_at is None
        ):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        trial_ends_at: float | None | Unset = src_dict.get("trial_ends_at", UNSET)
        if not (
            trial_ends_at is UNSET
            or type(trial_ends_at) is int
            or type(trial_ends_at) is float
            or trial_ends_at is None
        ):
            raise TypeError(f"trial_ends_at: unexpected {type(trial_ends_at).__name__}")

        billing_updated_data_plan_change_previous_attributes = cls(
            status,
            past_due,
            canceled_at,
            expires_at,
            trial_ends_at,
        )

        if len(src_dict) != 0 + ("status" in src_dict) + ("past_due" in src_dict) + (
            "canceled_at" in src_dict
        ) + ("expires_at" in src_dict) + ("trial_ends_at" in src_dict):
            billing_updated_data_plan_change_previous_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "status",
                    "past_due",
                    "canceled_at",
                    "expires_at",
                    "trial_ends_at",
                }
            }
        return billing_updated_data_plan_change_previous_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingUpdatedDataPlanChangeSubscriptionStatus_VALUES = cast(
    "dict[object, BillingUpdatedDataPlanChangeSubscriptionStatus]",
    BillingUpdatedDataPlanChangeSubscriptionStatus._value2member_map_,
)
