# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AggregateTotal")


@_attrs_define
class AggregateTotal:
    count: float
    """ Number of events for this feature """
    sum_: float
    """ Sum of event values for this feature """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        sum_ = self.sum_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "sum": sum_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        count = src_dict["count"]
        if not (type(count) is int or type(count) is float):
            raise TypeError(f"count: expected a number, not {type(count).__name__}")

        sum_ = src_dict["sum"]
        if not (type(sum_) is int or type(sum_) is float):
            raise TypeError(f"sum: expected a number, not {type(sum_).__name__}")

        aggregate_total = cls(
            count,
            sum_,
        )

        if len(src_dict) != 2:
            aggregate_total.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "count",
                    "sum",
                }
            }
        return aggregate_total

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

    @property
    def sum(self) -> float:
        """The field as Autumn's SDK names it (also ``sum_``: keyword arguments keep the ``_``)."""
        return self.sum_
