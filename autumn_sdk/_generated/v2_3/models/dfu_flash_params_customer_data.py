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

T = TypeVar("T", bound="DfuFlashParamsCustomerData")


@_attrs_define
class DfuFlashParamsCustomerData:
    """Optional identity fields upserted onto the customer (applied to existing customers too)."""

    name: str | Unset = UNSET
    """ Display name for the customer. """
    email: str | Unset = UNSET
    """ Email address for the customer. """
    fingerprint: str | Unset = UNSET
    """ Anti-fraud fingerprint for the customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        email = src_dict.get("email", UNSET)
        if email is not UNSET and not (type(email) is str):
            raise TypeError(f"email: expected a string, not {type(email).__name__}")

        fingerprint = src_dict.get("fingerprint", UNSET)
        if fingerprint is not UNSET and not (type(fingerprint) is str):
            raise TypeError(f"fingerprint: expected a string, not {type(fingerprint).__name__}")

        dfu_flash_params_customer_data = cls(
            name,
            email,
            fingerprint,
        )

        if len(src_dict) != 0 + ("name" in src_dict) + ("email" in src_dict) + ("fingerprint" in src_dict):
            dfu_flash_params_customer_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "name",
                    "email",
                    "fingerprint",
                }
            }
        return dfu_flash_params_customer_data

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


# DfuFlashParamsCustomerData as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class DfuFlashParamsCustomerDataDict(TypedDict, total=False):
    name: str
    email: str
    fingerprint: str
