# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reset_interval import ResetInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemReset")


@_attrs_define
class ItemReset:
    interval: ResetInterval
    """ The interval at which the feature balance resets (e.g. 'month', 'year'). For consumable features, usage
    resets to 0 and included units are restored. """
    interval_count: float | Unset = UNSET
    """ Number of intervals between resets. Defaults to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        interval_count = self.interval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
            }
        )
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interval = _ResetInterval_VALUES.get(src_dict["interval"]) or ResetInterval(src_dict["interval"])

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        item_reset = cls(
            interval,
            interval_count,
        )

        if len(src_dict) != 1 + ("interval_count" in src_dict):
            item_reset.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "interval_count",
                }
            }
        return item_reset

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


# ItemReset as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class ItemResetDict(TypedDict, total=False):
    interval: Required[
        Literal["one_off", "minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year"]
        | ResetInterval
    ]
    interval_count: float


if TYPE_CHECKING:
    from ..models.reset_interval import ResetInterval


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_ResetInterval_VALUES = cast("dict[object, ResetInterval]", ResetInterval._value2member_map_)
