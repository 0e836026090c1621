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

T = TypeVar("T", bound="CreditSchemaItem")


@_attrs_define
class CreditSchemaItem:
    metered_feature_id: str
    """ ID of the metered feature that draws from this credit system. """
    credit_cost: float
    """ Credits consumed per unit of the metered feature. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metered_feature_id = self.metered_feature_id

        credit_cost = self.credit_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metered_feature_id": metered_feature_id,
                "credit_cost": credit_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        metered_feature_id = src_dict["metered_feature_id"]
        if not (type(metered_feature_id) is str):
            raise TypeError(f"metered_feature_id: expected a string, not {type(metered_feature_id).__name__}")

        credit_cost = src_dict["credit_cost"]
        if not (type(credit_cost) is int or type(credit_cost) is float):
            raise TypeError(f"credit_cost: expected a number, not {type(credit_cost).__name__}")

        credit_schema_item = cls(
            metered_feature_id,
            credit_cost,
        )

        if len(src_dict) != 2:
            credit_schema_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "metered_feature_id",
                    "credit_cost",
                }
            }
        return credit_schema_item

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


# CreditSchemaItem as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreditSchemaItemDict(TypedDict, total=False):
    metered_feature_id: Required[str]
    credit_cost: Required[float]
