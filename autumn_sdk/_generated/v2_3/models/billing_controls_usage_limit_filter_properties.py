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

T = TypeVar("T", bound="BillingControlsUsageLimitFilterProperties")


@_attrs_define
class BillingControlsUsageLimitFilterProperties:
    additional_properties: dict[str, bool | float | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        billing_controls_usage_limit_filter_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property: bool | float | str = prop_dict
            if not (
                type(additional_property) is str
                or type(additional_property) is int
                or type(additional_property) is float
                or type(additional_property) is bool
            ):
                raise TypeError(f"AdditionalProperty: unexpected {type(additional_property).__name__}")

            additional_properties[prop_name] = additional_property

        billing_controls_usage_limit_filter_properties.additional_properties = additional_properties
        return billing_controls_usage_limit_filter_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# BillingControlsUsageLimitFilterProperties as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class BillingControlsUsageLimitFilterPropertiesDict(TypedDict, total=False):
    pass
