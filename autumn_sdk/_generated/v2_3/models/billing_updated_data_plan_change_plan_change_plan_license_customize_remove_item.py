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

from ..models.billing_interval import BillingInterval
from ..models.billing_method import BillingMethod
from ..models.reset_interval import ResetInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem")


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem:
    """Filter for matching plan items. All provided fields must match (AND)."""

    feature_id: str | Unset = UNSET
    """ Match items linked to this feature. """
    billing_method: BillingMethod | Unset = UNSET
    """ 'prepaid' for features like seats where customers pay upfront, 'usage_based' for pay-as-you-go after
    included usage. """
    interval: BillingInterval | ResetInterval | Unset = UNSET
    """ Match items with this interval. Accepts either a BillingInterval (price-side) or a ResetInterval (reset-
    side, includes day/hour/minute) so price-less items keyed by reset.interval can be disambiguated. """
    interval_count: int | Unset = UNSET
    """ Match items with this interval_count. Disambiguates between items that share an interval but differ in
    count. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        billing_method: str | Unset = UNSET
        if not isinstance(self.billing_method, Unset):
            billing_method = self.billing_method.value

        interval: str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, BillingInterval):
            interval = self.interval.value
        else:
            interval = self.interval.value

        interval_count = self.interval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if billing_method is not UNSET:
            field_dict["billing_method"] = billing_method
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict.get("feature_id", UNSET)
        if feature_id is not UNSET and not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        _billing_method = src_dict.get("billing_method", UNSET)
        billing_method: BillingMethod | Unset
        if isinstance(_billing_method, Unset):
            billing_method = UNSET
        else:
            billing_method = _BillingMethod_VALUES.get(_billing_method) or BillingMethod(_billing_method)

        def _parse_interval(data: object) -> BillingInterval | ResetInterval | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interval_type_0 = _BillingInterval_VALUES.get(data) or BillingInterval(data)

                return interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if isinstance(data, str):
                interval_type_1 = _ResetInterval_VALUES.get(data) or ResetInterval(data)

                return interval_type_1
            raise TypeError(f"interval: unexpected {type(data).__name__}")

        interval = _parse_interval(src_dict.get("interval", UNSET))

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int):
            raise TypeError(f"interval_count: expected an integer, not {type(interval_count).__name__}")

        billing_updated_data_plan_change_plan_change_plan_license_customize_remove_item = cls(
            feature_id,
            billing_method,
            interval,
            interval_count,
        )

        if len(src_dict) != 0 + ("feature_id" in src_dict) + ("billing_method" in src_dict) + (
            "interval" in src_dict
        ) + ("interval_count" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_license_customize_remove_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "billing_method",
                    "interval",
                    "interval_count",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_license_customize_remove_item

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
_BillingInterval_VALUES = cast("dict[object, BillingInterval]", BillingInterval._value2member_map_)
_BillingMethod_VALUES = cast("dict[object, BillingMethod]", BillingMethod._value2member_map_)
_ResetInterval_VALUES = cast("dict[object, ResetInterval]", ResetInterval._value2member_map_)
