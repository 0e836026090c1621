# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VercelResourcesProvisionedData")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class VercelResourcesProvisionedData(_NestedFields):
    resource: VercelResourcesProvisionedDataResource
    """ The resource that was provisioned. """
    installation_id: str
    """ The Vercel integration configuration ID. """
    access_token: str
    """ An access token that can be used to patch the resource's secrets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.to_dict()

        installation_id = self.installation_id

        access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "installation_id": installation_id,
                "access_token": access_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _resource = src_dict["resource"]

        installation_id = src_dict["installation_id"]
        if not (type(installation_id) is str):
            raise TypeError(f"installation_id: expected a string, not {type(installation_id).__name__}")

        access_token = src_dict["access_token"]
        if not (type(access_token) is str):
            raise TypeError(f"access_token: expected a string, not {type(access_token).__name__}")

        vercel_resources_provisioned_data = cls(
            _PENDING,
            installation_id,
            access_token,
        )
        vercel_resources_provisioned_data._src = src_dict
        del vercel_resources_provisioned_data.resource

        if len(src_dict) != 3:
            vercel_resources_provisioned_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "resource",
                    "installation_id",
                    "access_token",
                }
            }
        return vercel_resources_provisioned_data

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


from ..models.vercel_resources_provisioned_data_resource import VercelResourcesProvisionedDataResource  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_resource(data: Any) -> Any:
    resource = VercelResourcesProvisionedDataResource.from_dict(data)

    return resource


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
VercelResourcesProvisionedData._NESTED = {
    "resource": ("resource", _build_resource),
}
