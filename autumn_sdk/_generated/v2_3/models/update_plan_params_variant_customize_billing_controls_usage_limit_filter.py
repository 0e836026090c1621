# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilter")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilter(_NestedFields):
    """When set, only usage from events whose properties match counts toward this cap. Omit to count all usage of the
    feature.

    """

    properties: UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        properties = self.properties.to_dict()

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
        _properties = src_dict["properties"]

        update_plan_params_variant_customize_billing_controls_usage_limit_filter = cls(
            _PENDING,
        )
        update_plan_params_variant_customize_billing_controls_usage_limit_filter._src = src_dict
        del update_plan_params_variant_customize_billing_controls_usage_limit_filter.properties

        if len(src_dict) != 1:
            update_plan_params_variant_customize_billing_controls_usage_limit_filter.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "properties",
                }
            }
        return update_plan_params_variant_customize_billing_controls_usage_limit_filter

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


# UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilter as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterDict(TypedDict, total=False):
    properties: Required[Mapping[str, Any]]


if TYPE_CHECKING:
    from ..models.update_plan_params_variant_customize_billing_controls_usage_limit_filter_properties import (
        UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties,
    )

from ..models.update_plan_params_variant_customize_billing_controls_usage_limit_filter_properties import (
    UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_properties(data: Any) -> Any:
    properties = UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties.from_dict(data)

    return properties


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilter._NESTED = {
    "properties": ("properties", _build_properties),
}
