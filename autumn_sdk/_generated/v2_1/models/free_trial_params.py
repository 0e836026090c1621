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

from ..models.free_trial_duration import FreeTrialDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="FreeTrialParams")


@_attrs_define
class FreeTrialParams:
    """Free trial configuration. Customers can try this plan before being charged."""

    duration_length: float
    """ Number of duration_type periods the trial lasts. """
    duration_type: FreeTrialDuration | Unset = UNSET
    """ Unit of time for the trial duration ('day', 'month', 'year'). """
    card_required: bool | Unset = True
    """ If true, payment method required to start trial. Customer is charged after trial ends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_length = self.duration_length

        duration_type: str | Unset = UNSET
        if not isinstance(self.duration_type, Unset):
            duration_type = self.duration_type.value

        card_required = self.card_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration_length": duration_length,
            }
        )
        if duration_type is not UNSET:
            field_dict["duration_type"] = duration_type
        if card_required is not UNSET:
            field_dict["card_required"] = card_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        duration_length = src_dict["duration_length"]
        if not (type(duration_length) is int or type(duration_length) is float):
            raise TypeError(f"duration_length: expected a number, not {type(duration_length).__name__}")

        _duration_type = src_dict.get("duration_type", UNSET)
        duration_type: FreeTrialDuration | Unset
        if isinstance(_duration_type, Unset):
            duration_type = UNSET
        else:
            duration_type = _FreeTrialDuration_VALUES.get(_duration_type) or FreeTrialDuration(_duration_type)

        card_required = src_dict.get("card_required", UNSET)
        if card_required is not UNSET and not (type(card_required) is bool):
            raise TypeError(f"card_required: expected a boolean, not {type(card_required).__name__}")

        free_trial_params = cls(
            duration_length,
            duration_type,
            card_required,
        )

        if len(src_dict) != 1 + ("duration_type" in src_dict) + ("card_required" in src_dict):
            free_trial_params.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "duration_length",
                    "duration_type",
                    "card_required",
                }
            }
        return free_trial_params

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


# FreeTrialParams as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class FreeTrialParamsDict(TypedDict, total=False):
    duration_length: Required[float]
    duration_type: Literal["day", "month", "year"] | FreeTrialDuration
    card_required: bool


if TYPE_CHECKING:
    from ..models.free_trial_duration import FreeTrialDuration


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_FreeTrialDuration_VALUES = cast("dict[object, FreeTrialDuration]", FreeTrialDuration._value2member_map_)
