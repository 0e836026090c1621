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

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureQuantity")


@_attrs_define
class FeatureQuantity:
    """Quantity configuration for a prepaid feature."""

    feature_id: str
    """ The ID of the feature to set quantity for. """
    quantity: float | Unset = UNSET
    """ The quantity of the feature. """
    adjustable: bool | Unset = UNSET
    """ Whether the customer can adjust the quantity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        quantity = self.quantity

        adjustable = self.adjustable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if adjustable is not UNSET:
            field_dict["adjustable"] = adjustable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        quantity = src_dict.get("quantity", UNSET)
        if quantity is not UNSET and not (type(quantity) is int or type(quantity) is float):
            raise TypeError(f"quantity: expected a number, not {type(quantity).__name__}")

        adjustable = src_dict.get("adjustable", UNSET)
        if adjustable is not UNSET and not (type(adjustable) is bool):
            raise TypeError(f"adjustable: expected a boolean, not {type(adjustable).__name__}")

        feature_quantity = cls(
            feature_id,
            quantity,
            adjustable,
        )

        if len(src_dict) != 1 + ("quantity" in src_dict) + ("adjustable" in src_dict):
            feature_quantity.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "quantity",
                    "adjustable",
                }
            }
        return feature_quantity

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


# FeatureQuantity as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class FeatureQuantityDict(TypedDict, total=False):
    feature_id: Required[str]
    quantity: float
    adjustable: bool
