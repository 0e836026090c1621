# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPlansResponseListVariantDetailsCustomizeAddItemPriceTier")


@_attrs_define
class ListPlansResponseListVariantDetailsCustomizeAddItemPriceTier:
    amount: float
    to: Any | Unset = UNSET
    flat_amount: float | Unset = UNSET
    additional_currencies: list[Any | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        to: Any | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        flat_amount = self.flat_amount

        additional_currencies: list[Any | None] | Unset = UNSET
        if not isinstance(self.additional_currencies, Unset):
            additional_currencies = []
            for additional_currencies_item_data in self.additional_currencies:
                additional_currencies_item: Any | None
                additional_currencies_item = additional_currencies_item_data
                additional_currencies.append(additional_currencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if flat_amount is not UNSET:
            field_dict["flat_amount"] = flat_amount
        if additional_currencies is not UNSET:
            field_dict["additional_currencies"] = additional_currencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        amount = src_dict["amount"]
        if not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        to: Any | Unset = src_dict.get("to", UNSET)

        flat_amount = src_dict.get("flat_amount", UNSET)
        if flat_amount is not UNSET and not (type(flat_amount) is int or type(flat_amount) is float):
            raise TypeError(f"flat_amount: expected a number, not {type(flat_amount).__name__}")

        _additional_currencies = src_dict.get("additional_currencies", UNSET)
        additional_currencies: list[Any | None] | Unset = UNSET
        if _additional_currencies is not UNSET:
            additional_currencies = []
            for additional_currencies_item_data in _additional_currencies:
                additional_currencies_item: Any | None = additional_currencies_item_data

                additional_currencies.append(additional_currencies_item)

        list_plans_response_list_variant_details_customize_add_item_price_tier = cls(
            amount,
            to,
            flat_amount,
            additional_currencies,
        )

        if len(src_dict) != 1 + ("to" in src_dict) + ("flat_amount" in src_dict) + (
            "additional_currencies" in src_dict
        ):
            list_plans_response_list_variant_details_customize_add_item_price_tier.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "amount",
                    "to",
                    "flat_amount",
                    "additional_currencies",
                }
            }
        return list_plans_response_list_variant_details_customize_add_item_price_tier

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
