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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePurchase")


@_attrs_define
class BillingUpdatedDataPlanChangePurchase:
    """The purchase as it stands after this change. Present when the plan is a one-off purchase."""

    plan_id: str
    """ The ID of the customer plan. """
    status: BillingUpdatedDataPlanChangeSubscriptionStatus
    """ The current status of the subscription on the customer. """
    expires_at: float | None
    """ When the purchase ends, in milliseconds since the Unix epoch, or null if no expiry is set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        status = self.status.value

        expires_at: float | None
        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "status": status,
                "expires_at": expires_at,
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

        expires_at: float | None = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float or expires_at is None):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        billing_updated_data_plan_change_purchase = cls(
            plan_id,
            status,
            expires_at,
        )

        if len(src_dict) != 3:
            billing_updated_data_plan_change_purchase.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "status",
                    "expires_at",
                }
            }
        return billing_updated_data_plan_change_purchase

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
