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

from ..models.rollover_duration import RolloverDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductItemRollover")


@_attrs_define
class ProductItemRollover:
    max_: float | None
    length: float
    duration: RolloverDuration | Unset = UNSET
    """ When rolled over units expire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_: float | None
        max_ = self.max_

        length = self.length

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "length": length,
            }
        )
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        max_: float | None = src_dict["max"]
        if not (type(max_) is int or type(max_) is float or max_ is None):
            raise TypeError(f"max: unexpected {type(max_).__name__}")

        length = src_dict["length"]
        if not (type(length) is int or type(length) is float):
            raise TypeError(f"length: expected a number, not {type(length).__name__}")

        _duration = src_dict.get("duration", UNSET)
        duration: RolloverDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = _RolloverDuration_VALUES.get(_duration) or RolloverDuration(_duration)

        product_item_rollover = cls(
            max_,
            length,
            duration,
        )

        if len(src_dict) != 2 + ("duration" in src_dict):
            product_item_rollover.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "max",
                    "length",
                    "duration",
                }
            }
        return product_item_rollover

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
    def max(self) -> float | None:
        """The field as Autumn's SDK names it (also ``max_``: keyword arguments keep the ``_``)."""
        return self.max_


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_RolloverDuration_VALUES = cast("dict[object, RolloverDuration]", RolloverDuration._value2member_map_)
