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

T = TypeVar("T", bound="FeatureProviderMarkups")


@_attrs_define
class FeatureProviderMarkups:
    additional_properties: dict[str, FeatureProviderMarkupsValue] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_provider_markups = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = FeatureProviderMarkupsValue.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        feature_provider_markups.additional_properties = additional_properties
        return feature_provider_markups

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> FeatureProviderMarkupsValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: FeatureProviderMarkupsValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# FeatureProviderMarkups as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class FeatureProviderMarkupsDict(TypedDict, total=False):
    pass


from ..models.feature_provider_markups_value import FeatureProviderMarkupsValue  # noqa: E402
