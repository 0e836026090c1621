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

T = TypeVar("T", bound="UpdatePlanParamsUpdateLicenseParent")


@_attrs_define
class UpdatePlanParamsUpdateLicenseParent:
    plan_id: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        version = src_dict["version"]
        if not (type(version) is int):
            raise TypeError(f"version: expected an integer, not {type(version).__name__}")

        update_plan_params_update_license_parent = cls(
            plan_id,
            version,
        )

        if len(src_dict) != 2:
            update_plan_params_update_license_parent.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "version",
                }
            }
        return update_plan_params_update_license_parent

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


# UpdatePlanParamsUpdateLicenseParent as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdatePlanParamsUpdateLicenseParentDict(TypedDict, total=False):
    plan_id: Required[str]
    version: Required[int]
