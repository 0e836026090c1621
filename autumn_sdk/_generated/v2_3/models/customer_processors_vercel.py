# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerProcessorsVercel")


@_attrs_define
class CustomerProcessorsVercel:
    """Vercel processor connection for the customer (public-safe subset)."""

    installation_id: str
    """ Vercel marketplace installation ID for this customer. """
    account_id: str
    """ Vercel account ID associated with the installation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installation_id = self.installation_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installation_id": installation_id,
                "account_id": account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        installation_id = src_dict["installation_id"]
        if not (type(installation_id) is str):
            raise TypeError(f"installation_id: expected a string, not {type(installation_id).__name__}")

        account_id = src_dict["account_id"]
        if not (type(account_id) is str):
            raise TypeError(f"account_id: expected a string, not {type(account_id).__name__}")

        customer_processors_vercel = cls(
            installation_id,
            account_id,
        )

        if len(src_dict) != 2:
            customer_processors_vercel.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "installation_id",
                    "account_id",
                }
            }
        return customer_processors_vercel

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
