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

T = TypeVar("T", bound="PlanItemDetailsFeatureDisplay")


@_attrs_define
class PlanItemDetailsFeatureDisplay:
    singular: str
    """ The singular display name for the feature. """
    plural: str
    """ The plural display name for the feature. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        singular = self.singular

        plural = self.plural

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "singular": singular,
                "plural": plural,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        singular = src_dict["singular"]
        if not (type(singular) is str):
            raise TypeError(f"singular: expected a string, not {type(singular).__name__}")

        plural = src_dict["plural"]
        if not (type(plural) is str):
            raise TypeError(f"plural: expected a string, not {type(plural).__name__}")

        plan_item_details_feature_display = cls(
            singular,
            plural,
        )

        if len(src_dict) != 2:
            plan_item_details_feature_display.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "singular",
                    "plural",
                }
            }
        return plan_item_details_feature_display

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


# PlanItemDetailsFeatureDisplay as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class PlanItemDetailsFeatureDisplayDict(TypedDict, total=False):
    singular: Required[str]
    plural: Required[str]
