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

T = TypeVar("T", bound="PlanPriceAdditionalCurrency")


@_attrs_define
class PlanPriceAdditionalCurrency:
    currency: str
    """ Three-letter Stripe-supported currency code (e.g. 'eur', 'gbp'). """
    amount: float
    """ Price amount in this currency. Set explicitly per currency, not converted from the base amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        amount = src_dict["amount"]
        if not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        plan_price_additional_currency = cls(
            currency,
            amount,
        )

        if len(src_dict) != 2:
            plan_price_additional_currency.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "currency",
                    "amount",
                }
            }
        return plan_price_additional_currency

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


# PlanPriceAdditionalCurrency as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class PlanPriceAdditionalCurrencyDict(TypedDict, total=False):
    currency: Required[str]
    amount: Required[float]
