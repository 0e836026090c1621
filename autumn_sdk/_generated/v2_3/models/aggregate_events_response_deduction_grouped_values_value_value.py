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

T = TypeVar("T", bound="AggregateEventsResponseDeductionGroupedValuesValueValue")


@_attrs_define
class AggregateEventsResponseDeductionGroupedValuesValueValue:
    deducted: float
    credit_cost: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deducted = self.deducted

        credit_cost: float | None | Unset
        if isinstance(self.credit_cost, Unset):
            credit_cost = UNSET
        else:
            credit_cost = self.credit_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deducted": deducted,
            }
        )
        if credit_cost is not UNSET:
            field_dict["credit_cost"] = credit_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        deducted = src_dict["deducted"]
        if not (type(deducted) is int or type(deducted) is float):
            raise TypeError(f"deducted: expected a number, not {type(deducted).__name__}")

        credit_cost: float | None | Unset = src_dict.get("credit_cost", UNSET)
        if not (
            credit_cost is UNSET
            or type(credit_cost) is int
            or type(credit_cost) is float
            or credit_cost is None
        ):
            raise TypeError(f"credit_cost: unexpected {type(credit_cost).__name__}")

        aggregate_events_response_deduction_grouped_values_value_value = cls(
            deducted,
            credit_cost,
        )

        if len(src_dict) != 1 + ("credit_cost" in src_dict):
            aggregate_events_response_deduction_grouped_values_value_value.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "deducted",
                    "credit_cost",
                }
            }
        return aggregate_events_response_deduction_grouped_values_value_value

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
