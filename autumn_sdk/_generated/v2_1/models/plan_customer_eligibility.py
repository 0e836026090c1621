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

from ..models.attach_scenario import AttachScenario
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanCustomerEligibility")


@_attrs_define
class PlanCustomerEligibility:
    scenario: AttachScenario
    """ The attach scenario for this customer (e.g. new_subscription, upgrade, downgrade). """
    trial_available: bool | Unset = UNSET
    """ Whether a free trial is available for this customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario = self.scenario.value

        trial_available = self.trial_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenario": scenario,
            }
        )
        if trial_available is not UNSET:
            field_dict["trial_available"] = trial_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        scenario = _AttachScenario_VALUES.get(src_dict["scenario"]) or AttachScenario(src_dict["scenario"])

        trial_available = src_dict.get("trial_available", UNSET)
        if trial_available is not UNSET and not (type(trial_available) is bool):
            raise TypeError(f"trial_available: expected a boolean, not {type(trial_available).__name__}")

        plan_customer_eligibility = cls(
            scenario,
            trial_available,
        )

        if len(src_dict) != 1 + ("trial_available" in src_dict):
            plan_customer_eligibility.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "scenario",
                    "trial_available",
                }
            }
        return plan_customer_eligibility

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
_AttachScenario_VALUES = cast("dict[object, AttachScenario]", AttachScenario._value2member_map_)
