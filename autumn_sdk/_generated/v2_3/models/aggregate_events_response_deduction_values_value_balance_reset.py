# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AggregateEventsResponseDeductionValuesValueBalanceReset")


@_attrs_define
class AggregateEventsResponseDeductionValuesValueBalanceReset:
    interval: str
    resets_at: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        resets_at: float | None
        resets_at = self.resets_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "resets_at": resets_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interval = src_dict["interval"]
        if not (type(interval) is str):
            raise TypeError(f"interval: expected a string, not {type(interval).__name__}")

        resets_at: float | None = src_dict["resets_at"]
        if not (type(resets_at) is int or type(resets_at) is float or resets_at is None):
            raise TypeError(f"resets_at: unexpected {type(resets_at).__name__}")

        aggregate_events_response_deduction_values_value_balance_reset = cls(
            interval,
            resets_at,
        )

        if len(src_dict) != 2:
            aggregate_events_response_deduction_values_value_balance_reset.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "resets_at",
                }
            }
        return aggregate_events_response_deduction_values_value_balance_reset

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
