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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanPrice")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanPrice(_NestedFields):
    amount: float
    """ Base price amount for the plan. """
    interval: BillingInterval
    """ Billing interval (e.g. 'month', 'year'). """
    additional_currencies: list[PlanPriceAdditionalCurrency] | Unset = UNSET
    """ Base price amounts in additional currencies. The base 'amount' is in the org's default currency. """
    interval_count: float | Unset = UNSET
    """ Number of intervals per billing cycle. Defaults to 1. """
    entitlement_id: str | Unset = UNSET
    price_id: str | Unset = UNSET
    display: PriceDisplay | Unset = UNSET
    """ Display text for showing this price in pricing pages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        interval = self.interval.value

        additional_currencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_currencies, Unset):
            additional_currencies = []
            for additional_currencies_item_data in self.additional_currencies:
                additional_currencies_item = additional_currencies_item_data.to_dict()
                additional_currencies.append(additional_currencies_item)

        interval_count = self.interval_count

        entitlement_id = self.entitlement_id

        price_id = self.price_id

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
        if additional_currencies is not UNSET:
            field_dict["additional_currencies"] = additional_currencies
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if entitlement_id is not UNSET:
            field_dict["entitlement_id"] = entitlement_id
        if price_id is not UNSET:
            field_dict["price_id"] = price_id
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        amount = src_dict["amount"]
        if not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        interval = _BillingInterval_VALUES.get(src_dict["interval"]) or BillingInterval(src_dict["interval"])

        _additional_currencies = src_dict.get("additional_currencies", UNSET)

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        entitlement_id = src_dict.get("entitlement_id", UNSET)
        if entitlement_id is not UNSET and not (type(entitlement_id) is str):
            raise TypeError(f"entitlement_id: expected a string, not {type(entitlement_id).__name__}")

        price_id = src_dict.get("price_id", UNSET)
        if price_id is not UNSET and not (type(price_id) is str):
            raise TypeError(f"price_id: expected a string, not {type(price_id).__name__}")

        _display = src_dict.get("display", UNSET)

        billing_updated_data_plan_change_plan_change_plan_price = cls(
            amount,
            interval,
            UNSET,
            interval_count,
            entitlement_id,
            price_id,
            UNSET,
        )
        billing_updated_data_plan_change_plan_change_plan_price._src = src_dict
        if _additional_currencies is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_price.additional_currencies
        if _display is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_price.display

        if len(src_dict) != 2 + ("additional_currencies" in src_dict) + ("interval_count" in src_dict) + (
            "entitlement_id" in src_dict
        ) + ("price_id" in src_dict) + ("display" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_price.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "amount",
                    "interval",
                    "additional_currencies",
                    "interval_count",
                    "entitlement_id",
                    "price_id",
                    "display",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_price

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


from ..models.plan_price_additional_currency import PlanPriceAdditionalCurrency  # noqa: E402
from ..models.price_display import PriceDisplay  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_additional_currencies(data: Any) -> Any:
    _additional_currencies = data
    additional_currencies: list[PlanPriceAdditionalCurrency] | Unset = UNSET
    if _additional_currencies is not UNSET:
        additional_currencies = []
        for additional_currencies_item_data in _additional_currencies:
            additional_currencies_item = PlanPriceAdditionalCurrency.from_dict(
                additional_currencies_item_data
            )

            additional_currencies.append(additional_currencies_item)

    return additional_currencies


def _build_display(data: Any) -> Any:
    _display = data
    display: PriceDisplay | Unset
    if isinstance(_display, Unset):
        display = UNSET
    else:
        display = PriceDisplay.from_dict(_display)

    return display


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangePlanPrice._NESTED = {
    "additional_currencies": ("additional_currencies", _build_additional_currencies),
    "display": ("display", _build_display),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingInterval_VALUES = cast("dict[object, BillingInterval]", BillingInterval._value2member_map_)
