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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangeSubscription")


@_attrs_define
class BillingUpdatedDataPlanChangeSubscription:
    """The subscription as it stands after this change. Present when the plan is billed as a recurring subscription."""

    plan_id: str
    """ The ID of the customer plan. """
    status: BillingUpdatedDataPlanChangeSubscriptionStatus
    """ The current status of the subscription on the customer. """
    past_due: bool
    """ Whether the subscription has overdue payments. """
    started_at: float | None
    """ When the subscription started, in milliseconds since the Unix epoch. """
    canceled_at: float | None
    """ When the subscription was canceled, in milliseconds since the Unix epoch, or null if not canceled. """
    expires_at: float | None
    """ When the subscription ends, in milliseconds since the Unix epoch, or null if no expiry is set. """
    trial_ends_at: float | None
    """ When the trial ends, in milliseconds since the Unix epoch. Null when not actively trialing. """
    current_period_start: float | None
    """ Start of the current billing period, or null if not applicable. """
    current_period_end: float | None
    """ End of the current billing period, or null if not applicable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        status = self.status.value

        past_due = self.past_due

        started_at: float | None
        started_at = self.started_at

        canceled_at: float | None
        canceled_at = self.canceled_at

        expires_at: float | None
        expires_at = self.expires_at

        trial_ends_at: float | None
        trial_ends_at = self.trial_ends_at

        current_period_start: float | None
        current_period_start = self.current_period_start

        current_period_end: float | None
        current_period_end = self.current_period_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "status": status,
                "past_due": past_due,
                "started_at": started_at,
                "canceled_at": canceled_at,
                "expires_at": expires_at,
                "trial_ends_at": trial_ends_at,
                "current_period_start": current_period_start,
                "current_period_end": current_period_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        status = _BillingUpdatedDataPlanChangeSubscriptionStatus_VALUES.get(
            src_dict["status"]
        ) or BillingUpdatedDataPlanChangeSubscriptionStatus(src_dict["status"])

        past_due = src_dict["past_due"]
        if not (type(past_due) is bool):
            raise TypeError(f"past_due: expected a boolean, not {type(past_due).__name__}")

        started_at: float | None = src_dict["started_at"]
        if not (type(started_at) is int or type(started_at) is float or started_at is None):
            raise TypeError(f"started_at: unexpected {type(started_at).__name__}")

        canceled_at: float | None = src_dict["canceled_at"]
        if not (type(canceled_at) is int or type(canceled_at) is float or canceled_at is None):
            raise TypeError(f"canceled_at: unexpected {type(canceled_at).__name__}")

        expires_at: float | None = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float or expires_at is None):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        trial_ends_at: float | None = src_dict["trial_ends_at"]
        if not (type(trial_ends_at) is int or type(trial_ends_at) is float or trial_ends_at is None):
            raise TypeError(f"trial_ends_at: unexpected {type(trial_ends_at).__name__}")

        current_period_start: float | None = src_dict["current_period_start"]
        if not (
            type(current_period_start) is int
            or type(current_period_start) is float
            or current_period_start is None
        ):
            raise TypeError(f"current_period_start: unexpected {type(current_period_start).__name__}")

        current_period_end: float | None = src_dict["current_period_end"]
        if not (
            type(current_period_end) is int or type(current_period_end) is float or current_period_end is None
        ):
            raise TypeError(f"current_period_end: unexpected {type(current_period_end).__name__}")

        billing_updated_data_plan_change_subscription = cls(
            plan_id,
            status,
            past_due,
            started_at,
            canceled_at,
            expires_at,
            trial_ends_at,
            current_period_start,
            current_period_end,
        )

        if len(src_dict) != 9:
            billing_updated_data_plan_change_subscription.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "status",
                    "past_due",
                    "started_at",
                    "canceled_at",
                    "expires_at",
                    "trial_ends_at",
                    "current_period_start",
                    "current_period_end",
                }
            }
        return billing_updated_data_plan_change_subscription

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
