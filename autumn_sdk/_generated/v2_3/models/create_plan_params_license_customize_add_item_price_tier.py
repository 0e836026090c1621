# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePlanParamsLicenseCustomizeAddItemPriceTier")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreatePlanParamsLicenseCustomizeAddItemPriceTier(_NestedFields):
    to: float | Literal["inf"]
    amount: float | Unset = UNSET
    flat_amount: float | Unset = UNSET
    additional_currencies: (
        list[CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency] | Unset
    ) = UNSET
    """ Per-currency amounts for this tier. Tier boundaries ('to') are shared across all currencies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to: float | Literal["inf"]
        to = self.to

        amount = self.amount

        flat_amount = self.flat_amount

        additional_currencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_currencies, Unset):
            additional_currencies = []
            for additional_currencies_item_data in self.additional_currencies:
                additional_currencies_item = additional_currencies_item_data.to_dict()
                additional_currencies.append(additional_currencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if flat_amount is not UNSET:
            field_dict["flat_amount"] = flat_amount
        if additional_currencies is not UNSET:
            field_dict["additional_currencies"] = additional_currencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _to = src_dict["to"]
        to: float | Literal["inf"]
        if _to == "inf":
            to_type_1 = cast(Literal["inf"], _to)
            if to_type_1 != "inf":
                raise ValueError(f"to_type_1 must match const 'inf', got '{to_type_1}'")
            to = to_type_1
        else:
            to = _to

        amount = src_dict.get("amount", UNSET)
        if amount is not UNSET and not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        flat_amount = src_dict.get("flat_amount", UNSET)
        if flat_amount is not UNSET and not (type(flat_amount) is int or type(flat_amount) is float):
            raise TypeError(f"flat_amount: expected a number, not {type(flat_amount).__name__}")

        _additional_currencies = src_dict.get("additional_currencies", UNSET)

        create_plan_params_license_customize_add_item_price_tier = cls(
            to,
            amount,
            flat_amount,
            UNSET,
        )
        create_plan_params_license_customize_add_item_price_tier._src = src_dict
        if _additional_currencies is not UNSET:
            del create_plan_params_license_customize_add_item_price_tier.additional_currencies

        if len(src_dict) != 1 + ("amount" in src_dict) + ("flat_amount" in src_dict) + (
            "additional_currencies" in src_dict
        ):
            create_plan_params_license_customize_add_item_price_tier.additional_properties = {
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
        return create_plan_params_license_customize_add_item_price_tier

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


# CreatePlanParamsLicenseCustomizeAddItemPriceTier as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreatePlanParamsLicenseCustomizeAddItemPriceTierDict(TypedDict, total=False):
    to: Required[float | Literal["inf"]]
    amount: float
    flat_amount: float
    additional_currencies: Sequence[
        CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency
        | CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrencyDict
    ]


if TYPE_CHECKING:
    from ..models.create_plan_params_license_customize_add_item_price_tier_additional_currency import (
        CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency,
        CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrencyDict,
    )

from ..models.create_plan_params_license_customize_add_item_price_tier_additional_currency import (
    CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_additional_currencies(data: Any) -> Any:
    _additional_currencies = data
    additional_currencies: (
        list[CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency] | Unset
    ) = UNSET
    if _additional_currencies is not UNSET:
        additional_currencies = []
        for additional_currencies_item_data in _additional_currencies:
            additional_currencies_item = (
                CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency.from_dict(
                    additional_currencies_item_data
                )
            )

            additional_currencies.append(additional_currencies_item)

    return additional_currencies


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreatePlanParamsLicenseCustomizeAddItemPriceTier._NESTED = {
    "additional_currencies": ("additional_currencies", _build_additional_currencies),
}
