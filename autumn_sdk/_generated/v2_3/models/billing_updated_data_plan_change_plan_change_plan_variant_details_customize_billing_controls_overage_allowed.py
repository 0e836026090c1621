# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed",
)


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed:
    feature_id: str
    """ The feature ID this overage allowed control applies to. """
    enabled: bool = False
    """ Whether overage is allowed for this feature. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        enabled = src_dict["enabled"]
        if not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_overage_allowed = cls(
            feature_id,
            enabled,
        )

        if len(src_dict) != 2:
            billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_overage_allowed.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "enabled",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_overage_allowed

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
