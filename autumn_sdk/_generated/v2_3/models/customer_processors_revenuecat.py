# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerProcessorsRevenuecat")


@_attrs_define
class CustomerProcessorsRevenuecat:
    """RevenueCat processor connection for the customer."""

    id: None | str
    """ Customer's external ID, used as the RevenueCat app user ID. Null if the customer has no external ID set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: None | str = src_dict["id"]
        if not (type(id) is str or id is None):
            raise TypeError(f"id: unexpected {type(id).__name__}")

        customer_processors_revenuecat = cls(
            id,
        )

        if len(src_dict) != 1:
            customer_processors_revenuecat.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                }
            }
        return customer_processors_revenuecat

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
