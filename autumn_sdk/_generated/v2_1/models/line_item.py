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

T = TypeVar("T", bound="LineItem")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class LineItem(_NestedFields):
    title: str
    """ The title of the line item. """
    description: str
    """ A detailed description of the line item. """
    amount: float
    """ The amount in cents for this line item. """
    discounts: list[LineItemDiscount] | Unset = UNSET
    """ List of discounts applied to this line item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        amount = self.amount

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "description": description,
                "amount": amount,
            }
        )
        if discounts is not UNSET:
            field_dict["discounts"] = discounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        title = src_dict["title"]
        if not (type(title) is str):
            raise TypeError(f"title: expected a string, not {type(title).__name__}")

        description = src_dict["description"]
        if not (type(description) is str):
            raise TypeError(f"description: expected a string, not {type(description).__name__}")

        amount = src_dict["amount"]
        if not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        _discounts = src_dict.get("discounts", UNSET)

        line_item = cls(
            title,
            description,
            amount,
            UNSET,
        )
        line_item._src = src_dict
        if _discounts is not UNSET:
            del line_item.discounts

        if len(src_dict) != 3 + ("discounts" in src_dict):
            line_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "title",
                    "description",
                    "amount",
                    "discounts",
                }
            }
        return line_item

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


from ..models.line_item_discount import LineItemDiscount  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_discounts(data: Any) -> Any:
    _discounts = data
    discounts: list[LineItemDiscount] | Unset = UNSET
    if _discounts is not UNSET:
        discounts = []
        for discounts_item_data in _discounts:
            discounts_item = LineItemDiscount.from_dict(discounts_item_data)

            discounts.append(discounts_item)

    return discounts


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
LineItem._NESTED = {
    "discounts": ("discounts", _build_discounts),
}
