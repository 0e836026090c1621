# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reset_interval import ResetInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceReset")


@_attrs_define
class BalanceReset:
    interval: Literal["multiple"] | ResetInterval
    """ The reset interval (hour, day, week, month, etc.) or 'multiple' if combined from different intervals. """
    resets_at: float | None
    """ Timestamp when the balance will next reset. """
    interval_count: float | Unset = UNSET
    """ Number of intervals between resets (eg. 2 for bi-monthly). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval: Literal["multiple"] | str
        if isinstance(self.interval, ResetInterval):
            interval = self.interval.value
        else:
            interval = self.interval

        resets_at: float | None
        resets_at = self.resets_at

        interval_count = self.interval_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "resets_at": resets_at,
            }
        )
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        def _parse_interval(data: object) -> Literal["multiple"] | ResetInterval:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                interval_type_0 = _ResetInterval_VALUES.get(data) or ResetInterval(data)

                return interval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if data == "multiple":
                interval_type_1 = cast(Literal["multiple"], data)
                if interval_type_1 != "multiple":
                    raise ValueError(f"interval_type_1 must match const 'multiple', got '{interval_type_1}'")
                return interval_type_1
            raise TypeError(f"interval: unexpected {type(data).__name__}")

        interval = _parse_interval(src_dict["interval"])

        resets_at: float | None = src_dict["resets_at"]
        if not (type(resets_at) is int or type(resets_at) is float or resets_at is None):
            raise TypeError(f"resets_at: unexpected {type(resets_at).__name__}")

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        balance_reset = cls(
            interval,
            resets_at,
            interval_count,
        )

        if len(src_dict) != 2 + ("interval_count" in src_dict):
            balance_reset.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "resets_at",
                    "interval_count",
                }
            }
        return balance_reset

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
_ResetInterval_VALUES = cast("dict[object, ResetInterval]", ResetInterval._value2member_map_)
