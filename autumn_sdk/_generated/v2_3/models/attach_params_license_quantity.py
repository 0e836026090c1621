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

T = TypeVar("T", bound="AttachParamsLicenseQuantity")


@_attrs_define
class AttachParamsLicenseQuantity:
    license_plan_id: str
    """ The license plan to set seat quantity for. """
    quantity: int
    """ Total seats for the license, inclusive of the plan's included amount — seats beyond it are paid. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_plan_id = self.license_plan_id

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "license_plan_id": license_plan_id,
                "quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        license_plan_id = src_dict["license_plan_id"]
        if not (type(license_plan_id) is str):
            raise TypeError(f"license_plan_id: expected a string, not {type(license_plan_id).__name__}")

        quantity = src_dict["quantity"]
        if not (type(quantity) is int):
            raise TypeError(f"quantity: expected an integer, not {type(quantity).__name__}")

        attach_params_license_quantity = cls(
            license_plan_id,
            quantity,
        )

        if len(src_dict) != 2:
            attach_params_license_quantity.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "license_plan_id",
                    "quantity",
                }
            }
        return attach_params_license_quantity

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


# AttachParamsLicenseQuantity as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class AttachParamsLicenseQuantityDict(TypedDict, total=False):
    license_plan_id: Required[str]
    quantity: Required[int]
