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

T = TypeVar("T", bound="ProductItemDisplay")


@_attrs_define
class ProductItemDisplay:
    primary_text: str
    secondary_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary_text = self.primary_text

        secondary_text: None | str | Unset
        if isinstance(self.secondary_text, Unset):
            secondary_text = UNSET
        else:
            secondary_text = self.secondary_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primary_text": primary_text,
            }
        )
        if secondary_text is not UNSET:
            field_dict["secondary_text"] = secondary_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        primary_text = src_dict["primary_text"]
        if not (type(primary_text) is str):
            raise TypeError(f"primary_text: expected a string, not {type(primary_text).__name__}")

        secondary_text: None | str | Unset = src_dict.get("secondary_text", UNSET)
        if not (secondary_text is UNSET or type(secondary_text) is str or secondary_text is None):
            raise TypeError(f"secondary_text: unexpected {type(secondary_text).__name__}")

        product_item_display = cls(
            primary_text,
            secondary_text,
        )

        if len(src_dict) != 1 + ("secondary_text" in src_dict):
            product_item_display.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "primary_text",
                    "secondary_text",
                }
            }
        return product_item_display

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
