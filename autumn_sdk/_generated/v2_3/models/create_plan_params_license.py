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

T = TypeVar("T", bound="CreatePlanParamsLicense")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreatePlanParamsLicense(_NestedFields):
    license_plan_id: str
    included: int | Unset = UNSET
    prepaid_only: bool | Unset = UNSET
    customize: CreatePlanParamsLicenseCustomize | None | Unset = UNSET
    metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_plan_id = self.license_plan_id

        included = self.included

        prepaid_only = self.prepaid_only

        customize: dict[str, Any] | None | Unset
        if isinstance(self.customize, Unset):
            customize = UNSET
        elif isinstance(self.customize, CreatePlanParamsLicenseCustomize):
            customize = self.customize.to_dict()
        else:
            customize = self.customize

        metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "license_plan_id": license_plan_id,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included
        if prepaid_only is not UNSET:
            field_dict["prepaid_only"] = prepaid_only
        if customize is not UNSET:
            field_dict["customize"] = customize
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        license_plan_id = src_dict["license_plan_id"]
        if not (type(license_plan_id) is str):
            raise TypeError(f"license_plan_id: expected a string, not {type(license_plan_id).__name__}")

        included = src_dict.get("included", UNSET)
        if included is not UNSET and not (type(included) is int):
            raise TypeError(f"included: expected an integer, not {type(included).__name__}")

        prepaid_only = src_dict.get("prepaid_only", UNSET)
        if prepaid_only is not UNSET and not (type(prepaid_only) is bool):
            raise TypeError(f"prepaid_only: expected a boolean, not {type(prepaid_only).__name__}")

        _customize = src_dict.get("customize", UNSET)

        metadata = src_dict.get("metadata", UNSET)

        create_plan_params_license = cls(
            license_plan_id,
            included,
            prepaid_only,
            _customize if _customize is None else UNSET,
            metadata,
        )
        create_plan_params_license._src = src_dict
        if _customize is not None and _customize is not UNSET:
            del create_plan_params_license.customize

        if len(src_dict) != 1 + ("included" in src_dict) + ("prepaid_only" in src_dict) + (
            "customize" in src_dict
        ) + ("metadata" in src_dict):
            create_plan_params_license.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "license_plan_id",
                    "included",
                    "prepaid_only",
                    "customize",
                    "metadata",
                }
            }
        return create_plan_params_license

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


# CreatePlanParamsLicense as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreatePlanParamsLicenseDict(TypedDict, total=False):
    license_plan_id: Required[str]
    included: int
    prepaid_only: bool
    customize: CreatePlanParamsLicenseCustomize | CreatePlanParamsLicenseCustomizeDict | None
    metadata: Any


if TYPE_CHECKING:
    from ..models.create_plan_params_license_customize import (
        CreatePlanParamsLicenseCustomize,
        CreatePlanParamsLicenseCustomizeDict,
    )

from ..models.create_plan_params_license_customize import CreatePlanParamsLicenseCustomize  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_customize(data: Any) -> Any:
    _customize = data
    customize: CreatePlanParamsLicenseCustomize | None | Unset
    if _customize is None:
        customize = None
    elif isinstance(_customize, Unset):
        customize = UNSET
    elif isinstance(_customize, dict):
        customize_type_0 = CreatePlanParamsLicenseCustomize.from_dict(_customize)

        customize = customize_type_0
    else:
        raise TypeError(f"customize: unexpected {type(_customize).__name__}")

    return customize


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreatePlanParamsLicense._NESTED = {
    "customize": ("customize", _build_customize),
}
