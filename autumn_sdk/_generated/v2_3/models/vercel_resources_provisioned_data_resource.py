# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VercelResourcesProvisionedDataResource")


@_attrs_define
class VercelResourcesProvisionedDataResource:
    """The resource that was provisioned."""

    id: str
    """ The unique identifier of the provisioned resource. """
    name: str
    """ The display name of the provisioned resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        vercel_resources_provisioned_data_resource = cls(
            id,
            name,
        )

        if len(src_dict) != 2:
            vercel_resources_provisioned_data_resource.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                }
            }
        return vercel_resources_provisioned_data_resource

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
