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

from ..models.on_decrease import OnDecrease
from ..models.on_increase import OnIncrease
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanItemProration")


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanItemProration:
    on_increase: OnIncrease | Unset = UNSET
    """ Billing behavior when quantity increases mid-cycle. """
    on_decrease: OnDecrease | Unset = UNSET
    """ Credit behavior when quantity decreases mid-cycle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_increase: str | Unset = UNSET
        if not isinstance(self.on_increase, Unset):
            on_increase = self.on_increase.value

        on_decrease: str | Unset = UNSET
        if not isinstance(self.on_decrease, Unset):
            on_decrease = self.on_decrease.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if on_increase is not UNSET:
            field_dict["on_increase"] = on_increase
        if on_decrease is not UNSET:
            field_dict["on_decrease"] = on_decrease

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _on_increase = src_dict.get("on_increase", UNSET)
        on_increase: OnIncrease | Unset
        if isinstance(_on_increase, Unset):
            on_increase = UNSET
        else:
            on_increase = _OnIncrease_VALUES.get(_on_increase) or OnIncrease(_on_increase)

        _on_decrease = src_dict.get("on_decrease", UNSET)
        on_decrease: OnDecrease | Unset
        if isinstance(_on_decrease, Unset):
            on_decrease = UNSET
        else:
            on_decrease = _OnDecrease_VALUES.get(_on_decrease) or OnDecrease(_on_decrease)

        billing_updated_data_plan_change_plan_change_plan_item_proration = cls(
            on_increase,
            on_decrease,
        )

        if len(src_dict) != 0 + ("on_increase" in src_dict) + ("on_decrease" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_item_proration.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "on_increase",
                    "on_decrease",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_item_proration

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
_OnDecrease_VALUES = cast("dict[object, OnDecrease]", OnDecrease._value2member_map_)
_OnIncrease_VALUES = cast("dict[object, OnIncrease]", OnIncrease._value2member_map_)
