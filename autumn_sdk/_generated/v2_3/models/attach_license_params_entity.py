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

T = TypeVar("T", bound="AttachLicenseParamsEntity")


@_attrs_define
class AttachLicenseParamsEntity:
    entity_id: str
    """ The ID of the entity to assign the license to. """
    name: None | str | Unset = UNSET
    """ The name of the entity, used when creating it. """
    feature_id: str | Unset = UNSET
    """ The feature the entity is associated with. Required when the entity does not exist yet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        feature_id = self.feature_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entity_id": entity_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        entity_id = src_dict["entity_id"]
        if not (type(entity_id) is str):
            raise TypeError(f"entity_id: expected a string, not {type(entity_id).__name__}")

        name: None | str | Unset = src_dict.get("name", UNSET)
        if not (name is UNSET or type(name) is str or name is None):
            raise TypeError(f"name: unexpected {type(name).__name__}")

        feature_id = src_dict.get("feature_id", UNSET)
        if feature_id is not UNSET and not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        attach_license_params_entity = cls(
            entity_id,
            name,
            feature_id,
        )

        if len(src_dict) != 1 + ("name" in src_dict) + ("feature_id" in src_dict):
            attach_license_params_entity.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "entity_id",
                    "name",
                    "feature_id",
                }
            }
        return attach_license_params_entity

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


# AttachLicenseParamsEntity as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class AttachLicenseParamsEntityDict(TypedDict, total=False):
    entity_id: Required[str]
    name: str | None
    feature_id: str
