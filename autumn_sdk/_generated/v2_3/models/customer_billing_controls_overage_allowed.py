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

from ..models.customer_billing_controls_auto_topup_source import CustomerBillingControlsAutoTopupSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBillingControlsOverageAllowed")


@_attrs_define
class CustomerBillingControlsOverageAllowed:
    feature_id: str
    """ The feature ID this overage allowed control applies to. """
    enabled: bool | Unset = False
    """ Whether overage is allowed for this feature. """
    source: CustomerBillingControlsAutoTopupSource | Unset = UNSET
    """ Response-only: whether the entry is a customer-level override or inherited from an attached plan's defaults.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        enabled = self.enabled

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        enabled = src_dict.get("enabled", UNSET)
        if enabled is not UNSET and not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        _source = src_dict.get("source", UNSET)
        source: CustomerBillingControlsAutoTopupSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = _CustomerBillingControlsAutoTopupSource_VALUES.get(
                _source
            ) or CustomerBillingControlsAutoTopupSource(_source)

        customer_billing_controls_overage_allowed = cls(
            feature_id,
            enabled,
            source,
        )

        if len(src_dict) != 1 + ("enabled" in src_dict) + ("source" in src_dict):
            customer_billing_controls_overage_allowed.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "enabled",
                    "source",
                }
            }
        return customer_billing_controls_overage_allowed

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
_CustomerBillingControlsAutoTopupSource_VALUES = cast(
    "dict[object, CustomerBillingControlsAutoTopupSource]",
    CustomerBillingControlsAutoTopupSource._value2member_map_,
)
