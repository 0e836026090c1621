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

T = TypeVar("T", bound="MultiAttachCustomize")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class MultiAttachCustomize(_NestedFields):
    """Customize the plan to attach. Can override the price or items."""

    price: None | PriceParams | Unset = UNSET
    """ Override the base price of the plan. Pass null to remove the base price. """
    items: list[PlanItem] | Unset = UNSET
    """ Override the items in the plan. """
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _price = src_dict.get("price", UNSET)

        _items = src_dict.get("items", UNSET)

        multi_attach_customize = cls(
            _price if _price is None else UNSET,
            UNSET,
        )
        multi_attach_customize._src = src_dict
        if _price is not None and _price is not UNSET:
            del multi_attach_customize.price
        if _items is not UNSET:
            del multi_attach_customize.items

        if len(src_dict) != 0 + ("price" in src_dict) + ("items" in src_dict):
            multi_attach_customize.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "price",
                    "items",
                }
            }
        return multi_attach_customize

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


# MultiAttachCustomize as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class MultiAttachCustomizeDict(TypedDict, total=False):
    price: PriceParams | PriceParamsDict | None
    items: Sequence[PlanItem | PlanItemDict]


if TYPE_CHECKING:
    from ..models.plan_item import PlanItem, PlanItemDict
    from ..models.price_params import PriceParams, PriceParamsDict

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


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
MultiAttachCustomize._NESTED = {
    "price": ("price", _build_price),
    "items": ("items", _build_items),
}
