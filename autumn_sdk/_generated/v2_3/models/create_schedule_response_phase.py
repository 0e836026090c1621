# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateScheduleResponsePhase")


@_attrs_define
class CreateScheduleResponsePhase:
    phase_id: str
    """ The ID of the persisted phase row. """
    starts_at: float
    """ When this phase starts, in epoch milliseconds. """
    customer_product_ids: list[str]
    """ Customer products materialized for this phase. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase_id = self.phase_id

        starts_at = self.starts_at

        customer_product_ids = self.customer_product_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phase_id": phase_id,
                "starts_at": starts_at,
                "customer_product_ids": customer_product_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        phase_id = src_dict["phase_id"]
        if not (type(phase_id) is str):
            raise TypeError(f"phase_id: expected a string, not {type(phase_id).__name__}")

        starts_at = src_dict["starts_at"]
        if not (type(starts_at) is int or type(starts_at) is float):
            raise TypeError(f"starts_at: expected a number, not {type(starts_at).__name__}")

        customer_product_ids = cast(list[str], src_dict["customer_product_ids"])

        create_schedule_response_phase = cls(
            phase_id,
            starts_at,
            customer_product_ids,
        )

        if len(src_dict) != 3:
            create_schedule_response_phase.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "phase_id",
                    "starts_at",
                    "customer_product_ids",
                }
            }
        return create_schedule_response_phase

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
