# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListLicenseAssignmentsResponseList")


@_attrs_define
class ListLicenseAssignmentsResponseList:
    id: str
    entity_id: str
    license_plan_id: str
    started_at: float
    ended_at: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        entity_id = self.entity_id

        license_plan_id = self.license_plan_id

        started_at = self.started_at

        ended_at: float | None
        ended_at = self.ended_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entity_id": entity_id,
                "license_plan_id": license_plan_id,
                "started_at": started_at,
                "ended_at": ended_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        entity_id = src_dict["entity_id"]
        if not (type(entity_id) is str):
            raise TypeError(f"entity_id: expected a string, not {type(entity_id).__name__}")

        license_plan_id = src_dict["license_plan_id"]
        if not (type(license_plan_id) is str):
            raise TypeError(f"license_plan_id: expected a string, not {type(license_plan_id).__name__}")

        started_at = src_dict["started_at"]
        if not (type(started_at) is int or type(started_at) is float):
            raise TypeError(f"started_at: expected a number, not {type(started_at).__name__}")

        ended_at: float | None = src_dict["ended_at"]
        if not (type(ended_at) is int or type(ended_at) is float or ended_at is None):
            raise TypeError(f"ended_at: unexpected {type(ended_at).__name__}")

        list_license_assignments_response_list = cls(
            id,
            entity_id,
            license_plan_id,
            started_at,
            ended_at,
        )

        if len(src_dict) != 5:
            list_license_assignments_response_list.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "entity_id",
                    "license_plan_id",
                    "started_at",
                    "ended_at",
                }
            }
        return list_license_assignments_response_list

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
