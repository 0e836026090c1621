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

T = TypeVar("T", bound="CustomLineItem")


@_attrs_define
class CustomLineItem:
    amount: float
    """ Amount in dollars for this line item (e.g. 10.50). Can be negative for credits. """
    description: str
    """ Description for the line item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        amount = src_dict["amount"]
        if not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        description = src_dict["description"]
        if not (type(description) is str):
            raise TypeError(f"description: expected a string, not {type(description).__name__}")

        custom_line_item = cls(
            amount,
            description,
        )

        if len(src_dict) != 2:
            custom_line_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "amount",
                    "description",
                }
            }
        return custom_line_item

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


# CustomLineItem as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CustomLineItemDict(TypedDict, total=False):
    amount: Required[float]
    description: Required[str]
