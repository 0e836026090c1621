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

from ..models.purchase_limit_interval import PurchaseLimitInterval

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanBillingControlsAutoTopupPurchaseLimit")


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanBillingControlsAutoTopupPurchaseLimit:
    """Optional rate limit to cap how often auto top-ups occur."""

    interval: PurchaseLimitInterval
    """ The time interval for the purchase limit window. """
    limit: float
    """ Maximum number of auto top-ups allowed within the interval. """
    interval_count: float = 1.0
    """ Number of intervals in the purchase limit window. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        interval_count = self.interval_count

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "interval_count": interval_count,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interval = _PurchaseLimitInterval_VALUES.get(src_dict["interval"]) or PurchaseLimitInterval(
            src_dict["interval"]
        )

        interval_count = src_dict["interval_count"]
        if not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        limit = src_dict["limit"]
        if not (type(limit) is int or type(limit) is float):
            raise TypeError(f"limit: expected a number, not {type(limit).__name__}")

        billing_updated_data_plan_change_plan_change_plan_billing_controls_auto_topup_purchase_limit = cls(
            interval,
            limit,
            interval_count,
        )

        if len(src_dict) != 3:
            billing_updated_data_plan_change_plan_change_plan_billing_controls_auto_topup_purchase_limit.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "interval_count",
                    "limit",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_billing_controls_auto_topup_purchase_limit

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
_PurchaseLimitInterval_VALUES = cast(
    "dict[object, PurchaseLimitInterval]", PurchaseLimitInterval._value2member_map_
)
