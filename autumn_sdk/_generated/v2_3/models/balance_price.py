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

from ..models.billing_method import BillingMethod
from ..models.tier_behavior import TierBehavior
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalancePrice")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BalancePrice(_NestedFields):
    billing_units: float
    """ The number of units per billing increment (eg. $9 / 250 units). """
    billing_method: BillingMethod
    """ 'prepaid' for features like seats where customers pay upfront, 'usage_based' for pay-as-you-go after
    included usage. """
    max_purchase: float | None
    """ Maximum quantity that can be purchased, or null for unlimited. """
    amount: float | Unset = UNSET
    """ The per-unit price amount. """
    tiers: list[BalancePriceTier] | Unset = UNSET
    """ Tiered pricing configuration if applicable. """
    tier_behavior: TierBehavior | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_units = self.billing_units

        billing_method = self.billing_method.value

        max_purchase: float | None
        max_purchase = self.max_purchase

        amount = self.amount

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        tier_behavior: str | Unset = UNSET
        if not isinstance(self.tier_behavior, Unset):
            tier_behavior = self.tier_behavior.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "billing_units": billing_units,
                "billing_method": billing_method,
                "max_purchase": max_purchase,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if tier_behavior is not UNSET:
            field_dict["tier_behavior"] = tier_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _tiers = src_dict.get("tiers", UNSET)

        _tier_behavior = src_dict.get("tier_behavior", UNSET)
        tier_behavior: TierBehavior | Unset
        if isinstance(_tier_behavior, Unset):
            tier_behavior = UNSET
        else:
            tier_behavior = _TierBehavior_VALUES.get(_tier_behavior) or TierBehavior(_tier_behavior)

        balance_price = cls(
            billing_units,
            billing_method,
            max_purchase,
            amount,
            UNSET,
            tier_behavior,
        )
        balance_price._src = src_dict
        if _tiers is not UNSET:
            del balance_price.tiers

        if len(src_dict) != 3 + ("amount" in src_dict) + ("tiers" in src_dict) + (
            "tier_behavior" in src_dict
        ):
            balance_price.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "billing_units",
                    "billing_method",
                    "max_purchase",
                    "amount",
                    "tiers",
                    "tier_behavior",
                }
            }
        return balance_price

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


from ..models.balance_price_tier import BalancePriceTier  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_tiers(data: Any) -> Any:
    _tiers = data
    tiers: list[BalancePriceTier] | Unset = UNSET
    if _tiers is not UNSET:
        tiers = []
        for tiers_item_data in _tiers:
            tiers_item = BalancePriceTier.from_dict(tiers_item_data)

            tiers.append(tiers_item)

    return tiers


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BalancePrice._NESTED = {
    "tiers": ("tiers", _build_tiers),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingMethod_VALUES = cast("dict[object, BillingMethod]", BillingMethod._value2member_map_)
_TierBehavior_VALUES = cast("dict[object, TierBehavior]", TierBehavior._value2member_map_)
