# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AggregateEventsResponseTotal")


@_attrs_define
class AggregateEventsResponseTotal:
    """Total aggregations per feature. Keys are feature IDs, values contain count and sum."""

    additional_properties: dict[str, AggregateTotal] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        aggregate_events_response_total = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = AggregateTotal.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        aggregate_events_response_total.additional_properties = additional_properties
        return aggregate_events_response_total

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AggregateTotal:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AggregateTotal) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.aggregate_total import AggregateTotal  # noqa: E402
