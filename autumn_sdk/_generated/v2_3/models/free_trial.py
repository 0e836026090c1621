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

from ..models.free_trial_duration import FreeTrialDuration
from ..models.free_trial_on_end import FreeTrialOnEnd
from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeTrial")


@_attrs_define
class FreeTrial:
    """Free trial configuration. If set, new customers can try this plan before being charged."""

    duration_length: float
    """ Number of duration_type periods the trial lasts. """
    duration_type: FreeTrialDuration
    """ Unit of time for the trial duration ('day', 'month', 'year'). """
    card_required: bool
    """ Whether a payment method is required to start the trial. If true, customer will be charged after trial ends.
    """
    on_end: FreeTrialOnEnd | None | Unset = UNSET
    """ Behavior when the trial ends. 'bill' charges the customer (default). 'revert' expires the trial and restores
    the customer's previous plan. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_length = self.duration_length

        duration_type = self.duration_type.value

        card_required = self.card_required

        on_end: None | str | Unset
        if isinstance(self.on_end, Unset):
            on_end = UNSET
        elif isinstance(self.on_end, FreeTrialOnEnd):
            on_end = self.on_end.value
        else:
            on_end = self.on_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration_length": duration_length,
                "duration_type": duration_type,
                "card_required": card_required,
            }
        )
        if on_end is not UNSET:
            field_dict["on_end"] = on_end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        duration_length = src_dict["duration_length"]
        if not (type(duration_length) is int or type(duration_length) is float):
            raise TypeError(f"duration_length: expected a number, not {type(duration_length).__name__}")

        duration_type = _FreeTrialDuration_VALUES.get(src_dict["duration_type"]) or FreeTrialDuration(
            src_dict["duration_type"]
        )

        card_required = src_dict["card_required"]
        if not (type(card_required) is bool):
            raise TypeError(f"card_required: expected a boolean, not {type(card_required).__name__}")

        _on_end = src_dict.get("on_end", UNSET)
        on_end: FreeTrialOnEnd | None | Unset
        if _on_end is None:
            on_end = None
        elif isinstance(_on_end, Unset):
            on_end = UNSET
        elif isinstance(_on_end, str):
            on_end_type_0 = _FreeTrialOnEnd_VALUES.get(_on_end) or FreeTrialOnEnd(_on_end)

            on_end = on_end_type_0
        else:
            raise TypeError(f"on_end: unexpected {type(_on_end).__name__}")

        free_trial = cls(
            duration_length,
            duration_type,
            card_required,
            on_end,
        )

        if len(src_dict) != 3 + ("on_end" in src_dict):
            free_trial.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "duration_length",
                    "duration_type",
                    "card_required",
                    "on_end",
                }
            }
        return free_trial

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


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_FreeTrialDuration_VALUES = cast("dict[object, FreeTrialDuration]", FreeTrialDuration._value2member_map_)
_FreeTrialOnEnd_VALUES = cast("dict[object, FreeTrialOnEnd]", FreeTrialOnEnd._value2member_map_)
