# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    Any,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePlanParamsVariantCustomizeAddItemPriceTier")


@_attrs_define
class UpdatePlanParamsVariantCustomizeAddItemPriceTier:
    to: Any | Unset = UNSET
    amount: float | Unset = UNSET
    flat_amount: float | Unset = UNSET
    additional_currencies: list[Any] | Unset = UNSET
    """ Per-currency amounts for this tier. Tier boundaries ('to') are shared across all currencies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to: Any | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        amount = self.amount

        flat_amount = self.flat_amount

        additional_currencies: list[Any] | Unset = UNSET
        if not isinstance(self.additional_currencies, Unset):
            additional_currencies = self.additional_currencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if to is not UNSET:
            field_dict["to"] = to
        if amount is not UNSET:
            field_dict["amount"] = amount
        if flat_amount is not UNSET:
            field_dict["flat_amount"] = flat_amount
        if additional_currencies is not UNSET:
            field_dict["additional_currencies"] = additional_currencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        to: Any | Unset = src_dict.get("to", UNSET)

        amount = src_dict.get("amount", UNSET)
        if amount is not UNSET and not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        flat_amount = src_dict.get("flat_amount", UNSET)
        if flat_amount is not UNSET and not (type(flat_amount) is int or type(flat_amount) is float):
            raise TypeError(f"flat_amount: expected a number, not {type(flat_amount).__name__}")

        additional_currencies = cast(list[Any], src_dict.get("additional_currencies", UNSET))

        update_plan_params_variant_customize_add_item_price_tier = cls(
            to,
            amount,
            flat_amount,
            additional_currencies,
        )

        if len(src_dict) != 0 + ("to" in src_dict) + ("amount" in src_dict) + ("flat_amount" in src_dict) + (
            "additional_currencies" in src_dict
        ):
            update_plan_params_variant_customize_add_item_price_tier.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "to",
                    "amount",
                    "flat_amount",
                    "additional_currencies",
                }
            }
        return update_plan_params_variant_customize_add_item_price_tier

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


# UpdatePlanParamsVariantCustomizeAddItemPriceTier as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdatePlanParamsVariantCustomizeAddItemPriceTierDict(TypedDict, total=False):
    to: Any
    amount: float
    flat_amount: float
    additional_currencies: Sequence[Any]
