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

T = TypeVar(
    "T", bound="BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert"
)


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert:
    threshold: float
    """ The threshold value that triggers the alert. For usage or remaining, this is an absolute count. For
    usage_percentage or remaining_percentage, this is a percentage (0-100). """
    threshold_type: BillingControlsUsageAlertThresholdType
    """ Whether the threshold is an absolute count or a percentage of the usage allowance or remaining balance. """
    enabled: bool = True
    """ Whether this usage alert is enabled. """
    feature_id: str | Unset = UNSET
    """ The feature ID this alert applies to. """
    name: str | Unset = UNSET
    """ Optional user-defined label to distinguish multiple alerts on the same feature. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        threshold = self.threshold

        threshold_type = self.threshold_type.value

        feature_id = self.feature_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "threshold": threshold,
                "threshold_type": threshold_type,
            }
        )
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict["enabled"]
        if not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        threshold = src_dict["threshold"]
        if not (type(threshold) is int or type(threshold) is float):
            raise TypeError(f"threshold: expected a number, not {type(threshold).__name__}")

        threshold_type = _BillingControlsUsageAlertThresholdType_VALUES.get(
            src_dict["threshold_type"]
        ) or BillingControlsUsageAlertThresholdType(src_dict["threshold_type"])

        feature_id = src_dict.get("feature_id", UNSET)
        if feature_id is not UNSET and not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_alert = cls(
            threshold,
            threshold_type,
            enabled,
            feature_id,
            name,
        )

        if len(src_dict) != 3 + ("feature_id" in src_dict) + ("name" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_alert.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "enabled",
                    "threshold",
                    "threshold_type",
                    "feature_id",
                    "name",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_alert

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
