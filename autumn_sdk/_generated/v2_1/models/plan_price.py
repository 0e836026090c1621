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

from ..models.billing_interval import BillingInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanPrice")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class PlanPrice(_NestedFields):
    amount: float
    """ Base price amount for the plan. """
    interval: BillingInterval
    """ Billing interval (e.g. 'month', 'year'). """
    interval_count: float | Unset = UNSET
    """ Number of intervals per billing cycle. Defaults to 1. """
    display: PriceDisplay | Unset = UNSET
    """ Display text for showing this price in pricing pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        interval = self.interval.value

        interval_count = self.interval_count

        display: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "interval": interval,
            }
        )
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        amount = src_dict["amount"]
        if not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        interval = _BillingInterval_VALUES.get(src_dict["interval"]) or BillingInterval(src_dict["interval"])

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        _display = src_dict.get("display", UNSET)

        plan_price = cls(
            amount,
            interval,
            interval_count,
            UNSET,
        )
        plan_price._src = src_dict
        if _display is not UNSET:
            del plan_price.display

        if len(src_dict) != 2 + ("interval_count" in src_dict) + ("display" in src_dict):
            plan_price.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "amount",
                    "interval",
                    "interval_count",
                    "display",
                }
            }
        return plan_price

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


from ..models.price_display import PriceDisplay  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_display(data: Any) -> Any:
    _display = data
    display: PriceDisplay | Unset
    if isinstance(_display, Unset):
        display = UNSET
    else:
        display = PriceDisplay.from_dict(_display)

    return display


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PlanPrice._NESTED = {
    "display": ("display", _build_display),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingInterval_VALUES = cast("dict[object, BillingInterval]", BillingInterval._value2member_map_)
