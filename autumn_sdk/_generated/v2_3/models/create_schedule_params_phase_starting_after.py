# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_schedule_params_phase_starting_after_duration_type import (
    CreateScheduleParamsPhaseStartingAfterDurationType,
)

T = TypeVar("T", bound="CreateScheduleParamsPhaseStartingAfter")


@_attrs_define
class CreateScheduleParamsPhaseStartingAfter:
    """Relative start offset from the previous resolved schedule phase."""

    duration_type: CreateScheduleParamsPhaseStartingAfterDurationType
    """ The duration unit to offset this phase from the prior phase. """
    duration_count: int
    """ How many duration_type periods after the prior phase to start. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_type = self.duration_type.value

        duration_count = self.duration_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration_type": duration_type,
                "duration_count": duration_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        duration_type = _CreateScheduleParamsPhaseStartingAfterDurationType_VALUES.get(
            src_dict["duration_type"]
        ) or CreateScheduleParamsPhaseStartingAfterDurationType(src_dict["duration_type"])

        duration_count = src_dict["duration_count"]
        if not (type(duration_count) is int):
            raise TypeError(f"duration_count: expected an integer, not {type(duration_count).__name__}")

        create_schedule_params_phase_starting_after = cls(
            duration_type,
            duration_count,
        )

        if len(src_dict) != 2:
            create_schedule_params_phase_starting_after.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "duration_type",
                    "duration_count",
                }
            }
        return create_schedule_params_phase_starting_after

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


# CreateScheduleParamsPhaseStartingAfter as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateScheduleParamsPhaseStartingAfterDict(TypedDict, total=False):
    duration_type: Required[Literal["month", "year"] | CreateScheduleParamsPhaseStartingAfterDurationType]
    duration_count: Required[int]


if TYPE_CHECKING:
    from ..models.create_schedule_params_phase_starting_after_duration_type import (
        CreateScheduleParamsPhaseStartingAfterDurationType,
    )


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_CreateScheduleParamsPhaseStartingAfterDurationType_VALUES = cast(
    "dict[object, CreateScheduleParamsPhaseStartingAfterDurationType]",
    CreateScheduleParamsPhaseStartingAfterDurationType._value2member_map_,
)
