# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties")


@_attrs_define
class UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties:
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        update_plan_params_variant_customize_billing_controls_usage_limit_filter_properties = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property: Any = prop_dict

            additional_properties[prop_name] = additional_property

        update_plan_params_variant_customize_billing_controls_usage_limit_filter_properties.additional_properties = additional_properties
        return update_plan_params_variant_customize_billing_controls_usage_limit_filter_properties

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


# UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterPropertiesDict(TypedDict, total=False):
    pass
