# generated from openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reset_interval import ResetInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceReset")


@_attrs_define
class BalanceReset:
    interval: ResetInterval
    """ How often a balance resets; multiple when the stacked grants reset at different intervals. """
    resets_at: float | None
    """ The next reset, in epoch milliseconds. """
    interval_count: float | Unset = UNSET
    """ How many intervals pass between resets (2 with month is every two months). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

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
        d = dict(src_dict)
        interval = ResetInterval(d.pop("interval"))

        resets_at: float | None = d.pop("resets_at")

        interval_count = d.pop("interval_count", UNSET)

        balance_reset = cls(
            interval,
            resets_at,
            interval_count,
        )

        balance_reset.additional_properties = d
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
