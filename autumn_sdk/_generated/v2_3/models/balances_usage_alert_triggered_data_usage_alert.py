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

from ..models.billing_controls_usage_alert_threshold_type import BillingControlsUsageAlertThresholdType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalancesUsageAlertTriggeredDataUsageAlert")


@_attrs_define
class BalancesUsageAlertTriggeredDataUsageAlert:
    """Details of the usage alert that was triggered."""

    threshold: float
    """ The threshold value that was crossed. """
    threshold_type: BillingControlsUsageAlertThresholdType
    """ Whether the threshold is an absolute count or a percentage of the usage allowance or remaining balance. """
    name: str | Unset = UNSET
    """ User-defined label for the alert, if provided. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold = self.threshold

        threshold_type = self.threshold_type.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threshold": threshold,
                "threshold_type": threshold_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        threshold = src_dict["threshold"]
        if not (type(threshold) is int or type(threshold) is float):
            raise TypeError(f"threshold: expected a number, not {type(threshold).__name__}")

        threshold_type = _BillingControlsUsageAlertThresholdType_VALUES.get(
            src_dict["threshold_type"]
        ) or BillingControlsUsageAlertThresholdType(src_dict["threshold_type"])

        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        balances_usage_alert_triggered_data_usage_alert = cls(
            threshold,
            threshold_type,
            name,
        )

        if len(src_dict) != 2 + ("name" in src_dict):
            balances_usage_alert_triggered_data_usage_alert.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "threshold",
                    "threshold_type",
                    "name",
                }
            }
        return balances_usage_alert_triggered_data_usage_alert

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
_BillingControlsUsageAlertThresholdType_VALUES = cast(
    "dict[object, BillingControlsUsageAlertThresholdType]",
    BillingControlsUsageAlertThresholdType._value2member_map_,
)
