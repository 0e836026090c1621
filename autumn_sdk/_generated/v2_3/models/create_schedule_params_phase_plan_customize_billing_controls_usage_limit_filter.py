# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilter")


@_attrs_define
class CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilter:
    """When set, only usage from events whose properties match counts toward this cap. Omit to count all usage of the
    feature.

    """

    properties: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        properties = src_dict["properties"]

        create_schedule_params_phase_plan_customize_billing_controls_usage_limit_filter = cls(
            properties,
        )

        if len(src_dict) != 1:
            create_schedule_params_phase_plan_customize_billing_controls_usage_limit_filter.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "properties",
                }
            }
        return create_schedule_params_phase_plan_customize_billing_controls_usage_limit_filter

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


# CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilter as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilterDict(TypedDict, total=False):
    properties: Required[Any]
