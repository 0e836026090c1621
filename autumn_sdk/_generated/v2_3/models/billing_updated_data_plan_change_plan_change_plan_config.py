# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanConfig")


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanConfig:
    """Miscellaneous plan-level configuration flags."""

    ignore_past_due: bool = False
    """ If true, entitlements attached to this plan will still reset on schedule even when the customer's product is
    in a past_due state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignore_past_due = self.ignore_past_due

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ignore_past_due": ignore_past_due,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ignore_past_due = src_dict["ignore_past_due"]
        if not (type(ignore_past_due) is bool):
            raise TypeError(f"ignore_past_due: expected a boolean, not {type(ignore_past_due).__name__}")

        billing_updated_data_plan_change_plan_change_plan_config = cls(
            ignore_past_due,
        )

        if len(src_dict) != 1:
            billing_updated_data_plan_change_plan_change_plan_config.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "ignore_past_due",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_config

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
