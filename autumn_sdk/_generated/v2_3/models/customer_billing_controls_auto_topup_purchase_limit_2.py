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
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBillingControlsAutoTopupPurchaseLimit2")


@_attrs_define
class CustomerBillingControlsAutoTopupPurchaseLimit2:
    interval: PurchaseLimitInterval
    """ The time interval for the purchase limit window. """
    limit: float
    """ Maximum number of auto top-ups allowed within the interval. """
    interval_count: float | Unset = 1.0
    """ Number of intervals in the purchase limit window. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        limit = self.limit

        interval_count = self.interval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "limit": limit,
            }
        )
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interval = _PurchaseLimitInterval_VALUES.get(src_dict["interval"]) or PurchaseLimitInterval(
            src_dict["interval"]
        )

        limit = src_dict["limit"]
        if not (type(limit) is int or type(limit) is float):
            raise TypeError(f"limit: expected a number, not {type(limit).__name__}")

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        customer_billing_controls_auto_topup_purchase_limit_2 = cls(
            interval,
            limit,
            interval_count,
        )

        if len(src_dict) != 2 + ("interval_count" in src_dict):
            customer_billing_controls_auto_topup_purchase_limit_2.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "limit",
                    "interval_count",
                }
            }
        return customer_billing_controls_auto_topup_purchase_limit_2

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
