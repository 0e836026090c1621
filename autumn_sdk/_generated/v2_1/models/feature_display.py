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

T = TypeVar("T", bound="FeatureDisplay")


@_attrs_define
class FeatureDisplay:
    """Display names for the feature in billing UI and customer-facing components."""

    singular: None | str | Unset = UNSET
    """ Singular form for UI display (e.g., 'API call', 'seat'). """
    plural: None | str | Unset = UNSET
    """ Plural form for UI display (e.g., 'API calls', 'seats'). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        singular: None | str | Unset
        if isinstance(self.singular, Unset):
            singular = UNSET
        else:
            singular = self.singular

        plural: None | str | Unset
        if isinstance(self.plural, Unset):
            plural = UNSET
        else:
            plural = self.plural

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if singular is not UNSET:
            field_dict["singular"] = singular
        if plural is not UNSET:
            field_dict["plural"] = plural

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        singular: None | str | Unset = src_dict.get("singular", UNSET)
        if not (singular is UNSET or type(singular) is str or singular is None):
            raise TypeError(f"singular: unexpected {type(singular).__name__}")

        plural: None | str | Unset = src_dict.get("plural", UNSET)
        if not (plural is UNSET or type(plural) is str or plural is None):
            raise TypeError(f"plural: unexpected {type(plural).__name__}")

        feature_display = cls(
            singular,
            plural,
        )

        if len(src_dict) != 0 + ("singular" in src_dict) + ("plural" in src_dict):
            feature_display.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "singular",
                    "plural",
                }
            }
        return feature_display

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
