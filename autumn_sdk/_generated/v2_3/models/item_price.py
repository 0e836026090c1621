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
from ..models.billing_method import BillingMethod
from ..models.tier_behavior import TierBehavior
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPrice")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class ItemPrice(_NestedFields):
    interval: BillingInterval
    """ Billing interval (e.g. 'month', 'year'). """
    billing_units: float
    """ Number of units per price increment. Usage is rounded UP to the nearest billing_units when billed (e.g.
    billing_units=100 means 101 usage rounds to 200). """
    billing_method: BillingMethod
    """ 'prepaid' for features like seats where customers pay upfront, 'usage_based' for pay-as-you-go after
    included usage. """
    max_purchase: float | None
    """ Maximum units a customer can purchase beyond included. E.g. if included=100 and max_purchase=300, customer
    can use up to 400 total before usage is capped. Null for no limit. """
    amount: float | Unset = UNSET
    """ Price per billing_units after included usage is consumed. Mutually exclusive with tiers. """
    additional_currencies: list[PlanPriceAdditionalCurrency] | Unset = UNSET
    """ Amounts in additional currencies for this flat price. The base 'amount' is in the org's default currency.
    Only valid with 'amount', not 'tiers' (tiered prices carry per-currency amounts on each tier). """
    tiers: list[ItemPriceTier] | Unset = UNSET
    """ Tiered pricing configuration. Each tier's 'to' INCLUDES the included amount. Either 'tiers' or 'amount' is
    required. """
    tier_behavior: TierBehavior | Unset = UNSET
    interval_count: float | Unset = UNSET
    """ Number of intervals per billing cycle. Defaults to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        billing_units = self.billing_units

        billing_method = self.billing_method.value

        max_purchase: float | None
        max_purchase = self.max_purchase

        amount = self.amount

        additional_currencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_currencies, Unset):
            additional_currencies = []
            for additional_currencies_item_data in self.additional_currencies:
                additional_currencies_item = additional_currencies_item_data.to_dict()
                additional_currencies.append(additional_currencies_item)

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        tier_behavior: str | Unset = UNSET
        if not isinstance(self.tier_behavior, Unset):
            tier_behavior = self.tier_behavior.value

        interval_count = self.interval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "billing_units": billing_units,
                "billing_method": billing_method,
                "max_purchase": max_purchase,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if additional_currencies is not UNSET:
            field_dict["additional_currencies"] = additional_currencies
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if tier_behavior is not UNSET:
            field_dict["tier_behavior"] = tier_behavior
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interval = _BillingInterval_VALUES.get(src_dict["interval"]) or BillingInterval(src_dict["interval"])

        billing_units = src_dict["billing_units"]
        if not (type(billing_units) is int or type(billing_units) is float):
            raise TypeError(f"billing_units: expected a number, not {type(billing_units).__name__}")

        billing_method = _BillingMethod_VALUES.get(src_dict["billing_method"]) or BillingMethod(
            src_dict["billing_method"]
        )

        max_purchase: float | None = src_dict["max_purchase"]
        if not (type(max_purchase) is int or type(max_purchase) is float or max_purchase is None):
            raise TypeError(f"max_purchase: unexpected {type(max_purchase).__name__}")

        amount = src_dict.get("amount", UNSET)
        if amount is not UNSET and not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        _additional_currencies = src_dict.get("additional_currencies", UNSET)

        _tiers = src_dict.get("tiers", UNSET)

        _tier_behavior = src_dict.get("tier_behavior", UNSET)
        tier_behavior: TierBehavior | Unset
        if isinstance(_tier_behavior, Unset):
            tier_behavior = UNSET
        else:
            tier_behavior = _TierBehavior_VALUES.get(_tier_behavior) or TierBehavior(_tier_behavior)

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        item_price = cls(
            interval,
            billing_units,
            billing_method,
            max_purchase,
            amount,
            UNSET,
            UNSET,
            tier_behavior,
            interval_count,
        )
        item_price._src = src_dict
        if _additional_currencies is not UNSET:
            del item_price.additional_currencies
        if _tiers is not UNSET:
            del item_price.tiers

        if len(src_dict) != 4 + ("amount" in src_dict) + ("additional_currencies" in src_dict) + (
            "tiers" in src_dict
        ) + ("tier_behavior" in src_dict) + ("interval_count" in src_dict):
            item_price.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "billing_units",
                    "billing_method",
                    "max_purchase",
                    "amount",
                    "additional_currencies",
                    "tiers",
                    "tier_behavior",
                    "interval_count",
                }
            }
        return item_price

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


from ..models.item_price_tier import ItemPriceTier  # noqa: E402
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


def _build_tiers(data: Any) -> Any:
    _tiers = data
    tiers: list[ItemPriceTier] | Unset = UNSET
    if _tiers is not UNSET:
        tiers = []
        for tiers_item_data in _tiers:
            tiers_item = ItemPriceTier.from_dict(tiers_item_data)

            tiers.append(tiers_item)

    return tiers


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
ItemPrice._NESTED = {
    "additional_currencies": ("additional_currencies", _build_additional_currencies),
    "tiers": ("tiers", _build_tiers),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingInterval_VALUES = cast("dict[object, BillingInterval]", BillingInterval._value2member_map_)
_BillingMethod_VALUES = cast("dict[object, BillingMethod]", BillingMethod._value2member_map_)
_TierBehavior_VALUES = cast("dict[object, TierBehavior]", TierBehavior._value2member_map_)
