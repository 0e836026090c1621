# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePlanParamsVariant")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class UpdatePlanParamsVariant(_NestedFields):
    variant_plan_id: str
    """ The variant plan ID to update or create. """
    customize: UpdatePlanParamsVariantCustomize | UpdatePlanParamsVariantCustomizeType1
    """ The exact customize patch to apply to this variant. """
    name: str | Unset = UNSET
    """ Display name to use when creating the variant if it does not exist. """
    disable_version: bool | Unset = UNSET
    """ Edit this variant in place instead of versioning it for this update. """
    force_version: bool | Unset = UNSET
    """ Force this variant update to create a new version. """
    migration: UpdatePlanParamsMigration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant_plan_id = self.variant_plan_id

        customize: dict[str, Any]
        if isinstance(self.customize, UpdatePlanParamsVariantCustomize):
            customize = self.customize.to_dict()
        else:
            customize = self.customize.to_dict()

        name = self.name

        disable_version = self.disable_version

        force_version = self.force_version

        migration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.migration, Unset):
            migration = self.migration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variant_plan_id": variant_plan_id,
                "customize": customize,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if disable_version is not UNSET:
            field_dict["disable_version"] = disable_version
        if force_version is not UNSET:
            field_dict["force_version"] = force_version
        if migration is not UNSET:
            field_dict["migration"] = migration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        variant_plan_id = src_dict["variant_plan_id"]
        if not (type(variant_plan_id) is str):
            raise TypeError(f"variant_plan_id: expected a string, not {type(variant_plan_id).__name__}")

        _customize = src_dict["customize"]

        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        disable_version = src_dict.get("disable_version", UNSET)
        if disable_version is not UNSET and not (type(disable_version) is bool):
            raise TypeError(f"disable_version: expected a boolean, not {type(disable_version).__name__}")

        force_version = src_dict.get("force_version", UNSET)
        if force_version is not UNSET and not (type(force_version) is bool):
            raise TypeError(f"force_version: expected a boolean, not {type(force_version).__name__}")

        _migration = src_dict.get("migration", UNSET)

        update_plan_params_variant = cls(
            variant_plan_id,
            _PENDING,
            name,
            disable_version,
            force_version,
            UNSET,
        )
        update_plan_params_variant._src = src_dict
        del update_plan_params_variant.customize
        if _migration is not UNSET:
            del update_plan_params_variant.migration

        if len(src_dict) != 2 + ("name" in src_dict) + ("disable_version" in src_dict) + (
            "force_version" in src_dict
        ) + ("migration" in src_dict):
            update_plan_params_variant.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "variant_plan_id",
                    "customize",
                    "name",
                    "disable_version",
                    "force_version",
                    "migration",
                }
            }
        return update_plan_params_variant

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


# UpdatePlanParamsVariant as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdatePlanParamsVariantDict(TypedDict, total=False):
    variant_plan_id: Required[str]
    customize: Required[
        UpdatePlanParamsVariantCustomize | UpdatePlanParamsVariantCustomizeDict | Mapping[str, Any]
    ]
    name: str
    disable_version: bool
    force_version: bool
    migration: UpdatePlanParamsMigration | UpdatePlanParamsMigrationDict


if TYPE_CHECKING:
    from ..models.update_plan_params_migration import UpdatePlanParamsMigration, UpdatePlanParamsMigrationDict
    from ..models.update_plan_params_variant_customize import (
        UpdatePlanParamsVariantCustomize,
        UpdatePlanParamsVariantCustomizeDict,
    )
    from ..models.update_plan_params_variant_customize_type_1 import (
        UpdatePlanParamsVariantCustomizeType1,
    )

from ..models.update_plan_params_migration import UpdatePlanParamsMigration  # noqa: E402
from ..models.update_plan_params_variant_customize import UpdatePlanParamsVariantCustomize  # noqa: E402
from ..models.update_plan_params_variant_customize_type_1 import UpdatePlanParamsVariantCustomizeType1  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_customize(data: Any) -> Any:
    def _parse_customize(
        data: object,
    ) -> UpdatePlanParamsVariantCustomize | UpdatePlanParamsVariantCustomizeType1:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            customize_type_0 = UpdatePlanParamsVariantCustomize.from_dict(data)

            return customize_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if isinstance(data, dict):
            customize_type_1 = UpdatePlanParamsVariantCustomizeType1.from_dict(data)

            return customize_type_1
        raise TypeError(f"customize: unexpected {type(data).__name__}")

    customize = _parse_customize(data)

    return customize


def _build_migration(data: Any) -> Any:
    _migration = data
    migration: UpdatePlanParamsMigration | Unset
    if isinstance(_migration, Unset):
        migration = UNSET
    else:
        migration = UpdatePlanParamsMigration.from_dict(_migration)

    return migration


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
UpdatePlanParamsVariant._NESTED = {
    "customize": ("customize", _build_customize),
    "migration": ("migration", _build_migration),
}
