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

T = TypeVar("T", bound="FeatureProviderMarkupsValue")


@_attrs_define
class FeatureProviderMarkupsValue:
    markup: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        markup = self.markup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "markup": markup,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        markup = src_dict["markup"]
        if not (type(markup) is int or type(markup) is float):
            raise TypeError(f"markup: expected a number, not {type(markup).__name__}")

        feature_provider_markups_value = cls(
            markup,
        )

        if len(src_dict) != 1:
            feature_provider_markups_value.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "markup",
                }
            }
        return feature_provider_markups_value

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


# FeatureProviderMarkupsValue as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class FeatureProviderMarkupsValueDict(TypedDict, total=False):
    markup: Required[float]
