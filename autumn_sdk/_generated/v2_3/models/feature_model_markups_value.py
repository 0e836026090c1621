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

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureModelMarkupsValue")


@_attrs_define
class FeatureModelMarkupsValue:
    markup: float | Unset = UNSET
    input_cost: float | Unset = UNSET
    output_cost: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        markup = self.markup

        input_cost = self.input_cost

        output_cost = self.output_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if markup is not UNSET:
            field_dict["markup"] = markup
        if input_cost is not UNSET:
            field_dict["input_cost"] = input_cost
        if output_cost is not UNSET:
            field_dict["output_cost"] = output_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        markup = src_dict.get("markup", UNSET)
        if markup is not UNSET and not (type(markup) is int or type(markup) is float):
            raise TypeError(f"markup: expected a number, not {type(markup).__name__}")

        input_cost = src_dict.get("input_cost", UNSET)
        if input_cost is not UNSET and not (type(input_cost) is int or type(input_cost) is float):
            raise TypeError(f"input_cost: expected a number, not {type(input_cost).__name__}")

        output_cost = src_dict.get("output_cost", UNSET)
        if output_cost is not UNSET and not (type(output_cost) is int or type(output_cost) is float):
            raise TypeError(f"output_cost: expected a number, not {type(output_cost).__name__}")

        feature_model_markups_value = cls(
            markup,
            input_cost,
            output_cost,
        )

        if len(src_dict) != 0 + ("markup" in src_dict) + ("input_cost" in src_dict) + (
            "output_cost" in src_dict
        ):
            feature_model_markups_value.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "markup",
                    "input_cost",
                    "output_cost",
                }
            }
        return feature_model_markups_value

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


# FeatureModelMarkupsValue as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class FeatureModelMarkupsValueDict(TypedDict, total=False):
    markup: float
    input_cost: float
    output_cost: float
