# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanLicense")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanLicense(_NestedFields):
    license_plan_id: str
    """ The plan offered as a license under this plan. """
    version: int
    """ The exact license-plan version pinned by this link. """
    included: float
    """ Number of license assignments included with this plan for free. """
    prepaid_only: bool
    """ Assignments are capped at the included quantity. Must be true for now; overflow billing (false) is not yet
    available. """
    customize: BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize | Unset = UNSET
    """ The item and price diff applied to this parent-plan link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_plan_id = self.license_plan_id

        version = self.version

        included = self.included

        prepaid_only = self.prepaid_only

        customize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customize, Unset):
            customize = self.customize.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "license_plan_id": license_plan_id,
                "version": version,
                "included": included,
                "prepaid_only": prepaid_only,
            }
        )
        if customize is not UNSET:
            field_dict["customize"] = customize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        license_plan_id = src_dict["license_plan_id"]
        if not (type(license_plan_id) is str):
            raise TypeError(f"license_plan_id: expected a string, not {type(license_plan_id).__name__}")

        version = src_dict["version"]
        if not (type(version) is int):
            raise TypeError(f"version: expected an integer, not {type(version).__name__}")

        included = src_dict["included"]
        if not (type(included) is int or type(included) is float):
            raise TypeError(f"included: expected a number, not {type(included).__name__}")

        prepaid_only = src_dict["prepaid_only"]
        if not (type(prepaid_only) is bool):
            raise TypeError(f"prepaid_only: expected a boolean, not {type(prepaid_only).__name__}")

        _customize = src_dict.get("customize", UNSET)

        billing_updated_data_plan_change_plan_change_plan_license = cls(
            license_plan_id,
            version,
            included,
            prepaid_only,
            UNSET,
        )
        billing_updated_data_plan_change_plan_change_plan_license._src = src_dict
        if _customize is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_license.customize

        if len(src_dict) != 4 + ("customize" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_license.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "license_plan_id",
                    "version",
                    "included",
                    "prepaid_only",
                    "customize",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_license

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


from ..models.billing_updated_data_plan_change_plan_change_plan_license_customize import (
    BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_customize(data: Any) -> Any:
    _customize = data
    customize: BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize | Unset
    if isinstance(_customize, Unset):
        customize = UNSET
    else:
        customize = BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize.from_dict(_customize)

    return customize


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangePlanLicense._NESTED = {
    "customize": ("customize", _build_customize),
}
