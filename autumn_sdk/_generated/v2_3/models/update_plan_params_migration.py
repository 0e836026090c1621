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

T = TypeVar("T", bound="UpdatePlanParamsMigration")


@_attrs_define
class UpdatePlanParamsMigration:
    draft: bool | Unset = False
    include_custom: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        draft = self.draft

        include_custom = self.include_custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if draft is not UNSET:
            field_dict["draft"] = draft
        if include_custom is not UNSET:
            field_dict["include_custom"] = include_custom

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        draft = src_dict.get("draft", UNSET)
        if draft is not UNSET and not (type(draft) is bool):
            raise TypeError(f"draft: expected a boolean, not {type(draft).__name__}")

        include_custom = src_dict.get("include_custom", UNSET)
        if include_custom is not UNSET and not (type(include_custom) is bool):
            raise TypeError(f"include_custom: expected a boolean, not {type(include_custom).__name__}")

        update_plan_params_migration = cls(
            draft,
            include_custom,
        )

        if len(src_dict) != 0 + ("draft" in src_dict) + ("include_custom" in src_dict):
            update_plan_params_migration.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "draft",
                    "include_custom",
                }
            }
        return update_plan_params_migration

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


# UpdatePlanParamsMigration as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdatePlanParamsMigrationDict(TypedDict, total=False):
    draft: bool
    include_custom: bool
