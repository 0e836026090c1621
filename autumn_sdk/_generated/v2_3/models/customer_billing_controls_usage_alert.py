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
from ..models.customer_billing_controls_auto_topup_source import CustomerBillingControlsAutoTopupSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBillingControlsUsageAlert")


@_attrs_define
class CustomerBillingControlsUsageAlert:
    threshold: float
    """ The threshold value that triggers the alert. For usage or remaining, this is an absolute count. For
    usage_percentage or remaining_percentage, this is a percentage (0-100). """
    threshold_type: BillingControlsUsageAlertThresholdType
    """ Whether the threshold is an absolute count or a percentage of the usage allowance or remaining balance. """
    feature_id: str | Unset = UNSET
    """ The feature ID this alert applies to. """
    enabled: bool | Unset = True
    """ Whether this usage alert is enabled. """
    name: str | Unset = UNSET
    """ Optional user-defined label to distinguish multiple alerts on the same feature. """
    source: CustomerBillingControlsAutoTopupSource | Unset = UNSET
    """ Response-only: whether the entry is a customer-level override or inherited from an attached plan's defaults.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threshold = self.threshold

        threshold_type = self.threshold_type.value

        feature_id = self.feature_id

        enabled = self.enabled

        name = self.name

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "threshold": threshold,
                "threshold_type": threshold_type,
            }
        )
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        threshold = src_dict["threshold"]
        if not (type(threshold) is int or type(threshold) is float):
            raise TypeError(f"threshold: expected a number, not {type(threshold).__name__}")

        threshold_type = _BillingControlsUsageAlertThresholdType_VALUES.get(
            src_dict["threshold_type"]
        ) or BillingControlsUsageAlertThresholdType(src_dict["threshold_type"])

        feature_id = src_dict.get("feature_id", UNSET)
        if feature_id is not UNSET and not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        enabled = src_dict.get("enabled", UNSET)
        if enabled is not UNSET and not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        _source = src_dict.get("source", UNSET)
        source: CustomerBillingControlsAutoTopupSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = _CustomerBillingControlsAutoTopupSource_VALUES.get(
                _source
            ) or CustomerBillingControlsAutoTopupSource(_source)

        customer_billing_controls_usage_alert = cls(
            threshold,
            threshold_type,
            feature_id,
            enabled,
            name,
            source,
        )

        if len(src_dict) != 2 + ("feature_id" in src_dict) + ("enabled" in src_dict) + (
            "name" in src_dict
        ) + ("source" in src_dict):
            customer_billing_controls_usage_alert.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "threshold",
                    "threshold_type",
                    "feature_id",
                    "enabled",
                    "name",
                    "source",
                }
            }
        return customer_billing_controls_usage_alert

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
_CustomerBillingControlsAutoTopupSource_VALUES = cast(
    "dict[object, CustomerBillingControlsAutoTopupSource]",
    CustomerBillingControlsAutoTopupSource._value2member_map_,
)
