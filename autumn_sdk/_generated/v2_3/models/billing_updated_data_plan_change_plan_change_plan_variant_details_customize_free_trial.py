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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeFreeTrial")


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeFreeTrial:
    """Free trial configuration for a plan."""

    duration_length: float
    """ Number of duration_type periods the trial lasts. """
    duration_type: FreeTrialDuration
    """ Unit of time for the trial duration ('day', 'month', 'year'). """
    card_required: bool = True
    """ If true, payment method required to start trial. Customer is charged after trial ends. """
    on_end: FreeTrialOnEnd | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_length = self.duration_length

        duration_type = self.duration_type.value

        card_required = self.card_required

        on_end: str | Unset = UNSET
        if not isinstance(self.on_end, Unset):
            on_end = self.on_end.value

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
        on_end: FreeTrialOnEnd | Unset
        if isinstance(_on_end, Unset):
            on_end = UNSET
        else:
            on_end = _FreeTrialOnEnd_VALUES.get(_on_end) or FreeTrialOnEnd(_on_end)

        billing_updated_data_plan_change_plan_change_plan_variant_details_customize_free_trial = cls(
            duration_length,
            duration_type,
            card_required,
            on_end,
        )

        if len(src_dict) != 3 + ("on_end" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_variant_details_customize_free_trial.additional_properties = {
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
        return billing_updated_data_plan_change_plan_change_plan_variant_details_customize_free_trial

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
