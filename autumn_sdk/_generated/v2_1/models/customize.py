# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Customize")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Customize(_NestedFields):
    """Customize the plan to attach. Can override the price, items, free trial, or a combination."""

    price: None | PriceParams | Unset = UNSET
    """ Override the base price of the plan. Pass null to remove the base price. """
    items: list[PlanItem] | Unset = UNSET
    """ Override the items in the plan. """
    free_trial: FreeTrialParams | None | Unset = UNSET
    """ Override the plan's default free trial. Pass an object to set a custom trial, or null to remove the trial
    entirely. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, PriceParams):
            price = self.price.to_dict()
        else:
            price = self.price

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        free_trial: dict[str, Any] | None | Unset
        if isinstance(self.free_trial, Unset):
            free_trial = UNSET
        elif isinstance(self.free_trial, FreeTrialParams):
            free_trial = self.free_trial.to_dict()
        else:
            free_trial = self.free_trial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if items is not UNSET:
            field_dict["items"] = items
        if free_trial is not UNSET:
            field_dict["free_trial"] = free_trial

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _price = src_dict.get("price", UNSET)

        _items = src_dict.get("items", UNSET)

        _free_trial = src_dict.get("free_trial", UNSET)

        customize = cls(
            _price if _price is None else UNSET,
            UNSET,
            _free_trial if _free_trial is None else UNSET,
        )
        customize._src = src_dict
        if _price is not None and _price is not UNSET:
            del customize.price
        if _items is not UNSET:
            del customize.items
        if _free_trial is not None and _free_trial is not UNSET:
            del customize.free_trial

        if len(src_dict) != 0 + ("price" in src_dict) + ("items" in src_dict) + ("free_trial" in src_dict):
            customize.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "price",
                    "items",
                    "free_trial",
                }
            }
        return customize

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


# Customize as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CustomizeDict(TypedDict, total=False):
    price: PriceParams | PriceParamsDict | None
    items: Sequence[PlanItem | PlanItemDict]
    free_trial: FreeTrialParams | FreeTrialParamsDict | None


if TYPE_CHECKING:
    from ..models.free_trial_params import FreeTrialParams, FreeTrialParamsDict
    from ..models.plan_item import PlanItem, PlanItemDict
    from ..models.price_params import PriceParams, PriceParamsDict

from ..models.free_trial_params import FreeTrialParams  # noqa: E402
from ..models.plan_item import PlanItem  # noqa: E402
from ..models.price_params import PriceParams  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_price(data: Any) -> Any:
    _price = data
    price: None | PriceParams | Unset
    if _price is None:
        price = None
    elif isinstance(_price, Unset):
        price = UNSET
    elif isinstance(_price, dict):
        price_type_0 = PriceParams.from_dict(_price)

        price = price_type_0
    else:
        raise TypeError(f"price: unexpected {type(_price).__name__}")

    return price


def _build_items(data: Any) -> Any:
    _items = data
    items: list[PlanItem] | Unset = UNSET
    if _items is not UNSET:
        items = []
        for items_item_data in _items:
            items_item = PlanItem.from_dict(items_item_data)

            items.append(items_item)

    return items


def _build_free_trial(data: Any) -> Any:
    _free_trial = data
    free_trial: FreeTrialParams | None | Unset
    if _free_trial is None:
        free_trial = None
    elif isinstance(_free_trial, Unset):
        free_trial = UNSET
    elif isinstance(_free_trial, dict):
        free_trial_type_0 = FreeTrialParams.from_dict(_free_trial)

        free_trial = free_trial_type_0
    else:
        raise TypeError(f"free_trial: unexpected {type(_free_trial).__name__}")

    return free_trial


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Customize._NESTED = {
    "price": ("price", _build_price),
    "items": ("items", _build_items),
    "free_trial": ("free_trial", _build_free_trial),
}
