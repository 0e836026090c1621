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

from ..models.reset_interval import ResetInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePlanItem")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class UpdatePlanItem(_NestedFields):
    """Deprecated. Use remove_items and add_items to replace plan items."""

    filter_: BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem
    """ Filter for matching plan items. All provided fields must match (AND). """
    included: float | Unset = UNSET
    """ Override the matched item's included usage / allowance. Existing usage carries forward. """
    interval: ResetInterval | Unset = UNSET
    """ The interval at which the feature balance resets (e.g. 'month', 'year'). For consumable features, usage
    resets to 0 and included units are restored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        included = self.included

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _filter_ = src_dict["filter"]

        included = src_dict.get("included", UNSET)
        if included is not UNSET and not (type(included) is int or type(included) is float):
            raise TypeError(f"included: expected a number, not {type(included).__name__}")

        _interval = src_dict.get("interval", UNSET)
        interval: ResetInterval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = _ResetInterval_VALUES.get(_interval) or ResetInterval(_interval)

        update_plan_item = cls(
            _PENDING,
            included,
            interval,
        )
        update_plan_item._src = src_dict
        del update_plan_item.filter_

        if len(src_dict) != 1 + ("included" in src_dict) + ("interval" in src_dict):
            update_plan_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "filter",
                    "included",
                    "interval",
                }
            }
        return update_plan_item

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

    @property
    def filter(self) -> BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem:
        """The field as Autumn's SDK names it (also ``filter_``: keyword arguments keep the ``_``)."""
        return self.filter_


from ..models.billing_updated_data_plan_change_plan_change_plan_license_customize_remove_item import (
    BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_filter_(data: Any) -> Any:
    filter_ = BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem.from_dict(data)

    return filter_


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
UpdatePlanItem._NESTED = {
    "filter_": ("filter", _build_filter_),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_ResetInterval_VALUES = cast("dict[object, ResetInterval]", ResetInterval._value2member_map_)
