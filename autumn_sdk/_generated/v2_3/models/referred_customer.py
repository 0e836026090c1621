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

T = TypeVar("T", bound="ReferredCustomer")


@_attrs_define
class ReferredCustomer:
    id: str
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        name: None | str | Unset = src_dict.get("name", UNSET)
        if not (name is UNSET or type(name) is str or name is None):
            raise TypeError(f"name: unexpected {type(name).__name__}")

        email: None | str | Unset = src_dict.get("email", UNSET)
        if not (email is UNSET or type(email) is str or email is None):
            raise TypeError(f"email: unexpected {type(email).__name__}")

        referred_customer = cls(
            id,
            name,
            email,
        )

        if len(src_dict) != 1 + ("name" in src_dict) + ("email" in src_dict):
            referred_customer.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "email",
                }
            }
        return referred_customer

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
