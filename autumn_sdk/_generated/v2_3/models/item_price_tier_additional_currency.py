# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemPriceTierAdditionalCurrency")


@_attrs_define
class ItemPriceTierAdditionalCurrency:
    currency: str
    """ Three-letter Stripe-supported currency code (e.g. 'eur', 'gbp'). """
    amount: float | Unset = UNSET
    """ Per-unit amount for this tier in this currency. """
    flat_amount: float | Unset = UNSET
    """ Flat amount for this tier in this currency, if the tier uses one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        flat_amount = self.flat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if flat_amount is not UNSET:
            field_dict["flat_amount"] = flat_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        amount = src_dict.get("amount", UNSET)
        if amount is not UNSET and not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        flat_amount = src_dict.get("flat_amount", UNSET)
        if flat_amount is not UNSET and not (type(flat_amount) is int or type(flat_amount) is float):
            raise TypeError(f"flat_amount: expected a number, not {type(flat_amount).__name__}")

        item_price_tier_additional_currency = cls(
            currency,
            amount,
            flat_amount,
        )

        if len(src_dict) != 1 + ("amount" in src_dict) + ("flat_amount" in src_dict):
            item_price_tier_additional_currency.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "currency",
                    "amount",
                    "flat_amount",
                }
            }
        return item_price_tier_additional_currency

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


# ItemPriceTierAdditionalCurrency as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class ItemPriceTierAdditionalCurrencyDict(TypedDict, total=False):
    currency: Required[str]
    amount: float
    flat_amount: float
