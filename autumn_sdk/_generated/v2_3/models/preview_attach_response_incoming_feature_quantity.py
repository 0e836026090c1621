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

T = TypeVar("T", bound="PreviewAttachResponseIncomingFeatureQuantity")


@_attrs_define
class PreviewAttachResponseIncomingFeatureQuantity:
    feature_id: str
    """ The ID of the adjustable feature included in this change. """
    quantity: float
    """ The quantity that will apply for this feature in the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        quantity = src_dict["quantity"]
        if not (type(quantity) is int or type(quantity) is float):
            raise TypeError(f"quantity: expected a number, not {type(quantity).__name__}")

        preview_attach_response_incoming_feature_quantity = cls(
            feature_id,
            quantity,
        )

        if len(src_dict) != 2:
            preview_attach_response_incoming_feature_quantity.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "quantity",
                }
            }
        return preview_attach_response_incoming_feature_quantity

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


# PreviewAttachResponseIncomingFeatureQuantity as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class PreviewAttachResponseIncomingFeatureQuantityDict(TypedDict, total=False):
    feature_id: Required[str]
    quantity: Required[float]
