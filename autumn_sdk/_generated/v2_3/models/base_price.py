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

T = TypeVar("T", bound="BasePrice")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BasePrice(_NestedFields):
    """Base price configuration for a plan."""

    amount: float
    """ Base price amount for the plan. """
    interval: BillingInterval
    """ Billing interval (e.g. 'month', 'year'). """
    interval_count: float | Unset = UNSET
    """ Number of intervals per billing cycle. Defaults to 1. """
    additional_currencies: list[PlanPriceAdditionalCurrency] | Unset = UNSET
    """ Base price amounts in additional currencies. The base 'amount' is in the org's default currency. """
    base_currency: str | Unset = UNSET
    entitlement_id: str | Unset = UNSET
    price_id: str | Unset = UNSET
    stripe_price_id: str | Unset = UNSET
    """ Stripe price id this base price is billed under. Set by sync flows to capture the actual Stripe price when
    it differs from the catalog default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        interval = self.interval.value

        interval_count = self.interval_count

        additional_currencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_currencies, Unset):
            additional_currencies = []
            for additional_currencies_item_data in self.additional_currencies:
                additional_currencies_item = additional_currencies_item_data.to_dict()
                additional_currencies.append(additional_currencies_item)

        base_currency = self.base_currency

        entitlement_id = self.entitlement_id

        price_id = self.price_id

        stripe_price_id = self.stripe_price_id

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
        if additional_currencies is not UNSET:
            field_dict["additional_currencies"] = additional_currencies
        if base_currency is not UNSET:
            field_dict["base_currency"] = base_currency
        if entitlement_id is not UNSET:
            field_dict["entitlement_id"] = entitlement_id
        if price_id is not UNSET:
            field_dict["price_id"] = price_id
        if stripe_price_id is not UNSET:
            field_dict["stripe_price_id"] = stripe_price_id

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

        _additional_currencies = src_dict.get("additional_currencies", UNSET)

        base_currency = src_dict.get("base_currency", UNSET)
        if base_currency is not UNSET and not (type(base_currency) is str):
            raise TypeError(f"base_currency: expected a string, not {type(base_currency).__name__}")

        entitlement_id = src_dict.get("entitlement_id", UNSET)
        if entitlement_id is not UNSET and not (type(entitlement_id) is str):
            raise TypeError(f"entitlement_id: expected a string, not {type(entitlement_id).__name__}")

        price_id = src_dict.get("price_id", UNSET)
        if price_id is not UNSET and not (type(price_id) is str):
            raise TypeError(f"price_id: expected a string, not {type(price_id).__name__}")

        stripe_price_id = src_dict.get("stripe_price_id", UNSET)
        if stripe_price_id is not UNSET and not (type(stripe_price_id) is str):
            raise TypeError(f"stripe_price_id: expected a string, not {type(stripe_price_id).__name__}")

        base_price = cls(
            amount,
            interval,
            interval_count,
            UNSET,
            base_currency,
            entitlement_id,
            price_id,
            stripe_price_id,
        )
        base_price._src = src_dict
        if _additional_currencies is not UNSET:
            del base_price.additional_currencies

        if len(src_dict) != 2 + ("interval_count" in src_dict) + ("additional_currencies" in src_dict) + (
            "base_currency" in src_dict
        ) + ("entitlement_id" in src_dict) + ("price_id" in src_dict) + ("stripe_price_id" in src_dict):
            base_price.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "amount",
                    "interval",
                    "interval_count",
                    "additional_currencies",
                    "base_currency",
                    "entitlement_id",
                    "price_id",
                    "stripe_price_id",
                }
            }
        return base_price

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


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BasePrice._NESTED = {
    "additional_currencies": ("additional_currencies", _build_additional_currencies),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingInterval_VALUES = cast("dict[object, BillingInterval]", BillingInterval._value2member_map_)
