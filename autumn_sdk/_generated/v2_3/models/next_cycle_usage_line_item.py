# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NextCycleUsageLineItem")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class NextCycleUsageLineItem(_NestedFields):
    display_name: str
    """ The name of the line item to display to the customer if you're building a UI. It will either be the plan
    name or the feature name. """
    plan_id: str
    """ The ID of the plan that this line item belongs to. """
    feature_id: None | str
    """ The ID of the feature that this line item belongs to. """
    period: AggregateCustomRange | Unset = UNSET
    """ The period of time that this line item is being charged for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        plan_id = self.plan_id

        feature_id: None | str
        feature_id = self.feature_id

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_name": display_name,
                "plan_id": plan_id,
                "feature_id": feature_id,
            }
        )
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        display_name = src_dict["display_name"]
        if not (type(display_name) is str):
            raise TypeError(f"display_name: expected a string, not {type(display_name).__name__}")

        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        feature_id: None | str = src_dict["feature_id"]
        if not (type(feature_id) is str or feature_id is None):
            raise TypeError(f"feature_id: unexpected {type(feature_id).__name__}")

        _period = src_dict.get("period", UNSET)

        next_cycle_usage_line_item = cls(
            display_name,
            plan_id,
            feature_id,
            UNSET,
        )
        next_cycle_usage_line_item._src = src_dict
        if _period is not UNSET:
            del next_cycle_usage_line_item.period

        if len(src_dict) != 3 + ("period" in src_dict):
            next_cycle_usage_line_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "display_name",
                    "plan_id",
                    "feature_id",
                    "period",
                }
            }
        return next_cycle_usage_line_item

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


from ..models.aggregate_custom_range import AggregateCustomRange  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_period(data: Any) -> Any:
    _period = data
    period: AggregateCustomRange | Unset
    if isinstance(_period, Unset):
        period = UNSET
    else:
        period = AggregateCustomRange.from_dict(_period)

    return period


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
NextCycleUsageLineItem._NESTED = {
    "period": ("period", _build_period),
}
