# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency")


@_attrs_define
class CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency:
    currency: Any | Unset = UNSET
    amount: Any | Unset = UNSET
    flat_amount: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        amount = self.amount

        flat_amount = self.flat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if amount is not UNSET:
            field_dict["amount"] = amount
        if flat_amount is not UNSET:
            field_dict["flat_amount"] = flat_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        currency = src_dict.get("currency", UNSET)

        amount = src_dict.get("amount", UNSET)

        flat_amount = src_dict.get("flat_amount", UNSET)

        create_plan_params_license_customize_add_item_price_tier_additional_currency = cls(
            currency,
            amount,
            flat_amount,
        )

        if len(src_dict) != 0 + ("currency" in src_dict) + ("amount" in src_dict) + (
            "flat_amount" in src_dict
        ):
            create_plan_params_license_customize_add_item_price_tier_additional_currency.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "currency",
                    "amount",
                    "flat_amount",
                }
            }
        return create_plan_params_license_customize_add_item_price_tier_additional_currency

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


# CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrencyDict(TypedDict, total=False):
    currency: Any
    amount: Any
    flat_amount: Any
