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

T = TypeVar("T", bound="AggregateCustomRange")


@_attrs_define
class AggregateCustomRange:
    """Custom time range to aggregate events for. If provided, range must not be provided"""

    start: float
    end: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        start = src_dict["start"]
        if not (type(start) is int or type(start) is float):
            raise TypeError(f"start: expected a number, not {type(start).__name__}")

        end = src_dict["end"]
        if not (type(end) is int or type(end) is float):
            raise TypeError(f"end: expected a number, not {type(end).__name__}")

        aggregate_custom_range = cls(
            start,
            end,
        )

        if len(src_dict) != 2:
            aggregate_custom_range.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "start",
                    "end",
                }
            }
        return aggregate_custom_range

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


# AggregateCustomRange as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class AggregateCustomRangeDict(TypedDict, total=False):
    start: Required[float]
    end: Required[float]
