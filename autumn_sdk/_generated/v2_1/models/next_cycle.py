# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NextCycle")


@_attrs_define
class NextCycle:
    """Preview of the next billing cycle, if applicable. This shows what the customer will be charged in subsequent cycles."""

    starts_at: float
    """ Unix timestamp (milliseconds) when the next billing cycle starts. """
    total: float
    """ The total amount in cents for the next cycle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        starts_at = self.starts_at

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "starts_at": starts_at,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        starts_at = src_dict["starts_at"]
        if not (type(starts_at) is int or type(starts_at) is float):
            raise TypeError(f"starts_at: expected a number, not {type(starts_at).__name__}")

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        next_cycle = cls(
            starts_at,
            total,
        )

        if len(src_dict) != 2:
            next_cycle.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "starts_at",
                    "total",
                }
            }
        return next_cycle

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
