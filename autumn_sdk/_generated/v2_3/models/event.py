# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Event")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Event(_NestedFields):
    id: str
    """ Event ID (KSUID) """
    timestamp: float
    """ Event timestamp (epoch milliseconds) """
    feature_id: str
    """ ID of the feature that the event belongs to """
    customer_id: str
    """ Customer identifier """
    value: float
    """ Event value/count """
    properties: Any
    """ Event properties (JSON) """
    deductions: list[TrackResponseDeduction] | None
    """ Per-balance breakdown of what this event deducted. Null for events ingested before deductions were tracked;
    an empty array means the event was accepted but no balance moved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp

        feature_id = self.feature_id

        customer_id = self.customer_id

        value = self.value

        properties = self.properties

        deductions: list[dict[str, Any]] | None
        if isinstance(self.deductions, list):
            deductions = []
            for deductions_type_0_item_data in self.deductions:
                deductions_type_0_item = deductions_type_0_item_data.to_dict()
                deductions.append(deductions_type_0_item)

        else:
            deductions = self.deductions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
                "feature_id": feature_id,
                "customer_id": customer_id,
                "value": value,
                "properties": properties,
                "deductions": deductions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        timestamp = src_dict["timestamp"]
        if not (type(timestamp) is int or type(timestamp) is float):
            raise TypeError(f"timestamp: expected a number, not {type(timestamp).__name__}")

        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        value = src_dict["value"]
        if not (type(value) is int or type(value) is float):
            raise TypeError(f"value: expected a number, not {type(value).__name__}")

        properties = src_dict["properties"]

        _deductions = src_dict["deductions"]

        event = cls(
            id,
            timestamp,
            feature_id,
            customer_id,
            value,
            properties,
            _PENDING,
        )
        event._src = src_dict
        if _deductions is not None:
            del event.deductions

        if len(src_dict) != 7:
            event.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "timestamp",
                    "feature_id",
                    "customer_id",
                    "value",
                    "properties",
                    "deductions",
                }
            }
        return event

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


from ..models.track_response_deduction import TrackResponseDeduction  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_deductions(data: Any) -> Any:
    _deductions = data
    deductions: list[TrackResponseDeduction] | None
    if _deductions is None:
        deductions = None
    elif isinstance(_deductions, list):
        deductions_type_0 = []
        _deductions_type_0 = _deductions
        for deductions_type_0_item_data in _deductions_type_0:
            deductions_type_0_item = TrackResponseDeduction.from_dict(deductions_type_0_item_data)

            deductions_type_0.append(deductions_type_0_item)

        deductions = deductions_type_0
    else:
        raise TypeError(f"deductions: unexpected {type(_deductions).__name__}")

    return deductions


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Event._NESTED = {
    "deductions": ("deductions", _build_deductions),
}
