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

T = TypeVar("T", bound="RolloverConfig")


@_attrs_define
class RolloverConfig:
    """Rollover configuration for unused units. If set, unused included units roll over to the next period."""

    max_: float | None
    """ Maximum rollover units. Null for unlimited rollover. """
    expiry_duration_type: RolloverDuration
    """ When rolled over units expire. """
    expiry_duration_length: float | Unset = UNSET
    """ Number of periods before expiry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_: float | None
        max_ = self.max_

        expiry_duration_type = self.expiry_duration_type.value

        expiry_duration_length = self.expiry_duration_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "expiry_duration_type": expiry_duration_type,
            }
        )
        if expiry_duration_length is not UNSET:
            field_dict["expiry_duration_length"] = expiry_duration_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        max_: float | None = src_dict["max"]
        if not (type(max_) is int or type(max_) is float or max_ is None):
            raise TypeError(f"max: unexpected {type(max_).__name__}")

        expiry_duration_type = _RolloverDuration_VALUES.get(
            src_dict["expiry_duration_type"]
        ) or RolloverDuration(src_dict["expiry_duration_type"])

        expiry_duration_length = src_dict.get("expiry_duration_length", UNSET)
        if expiry_duration_length is not UNSET and not (
            type(expiry_duration_length) is int or type(expiry_duration_length) is float
        ):
            raise TypeError(
                f"expiry_duration_length: expected a number, not {type(expiry_duration_length).__name__}"
            )

        rollover_config = cls(
            max_,
            expiry_duration_type,
            expiry_duration_length,
        )

        if len(src_dict) != 2 + ("expiry_duration_length" in src_dict):
            rollover_config.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "max",
                    "expiry_duration_type",
                    "expiry_duration_length",
                }
            }
        return rollover_config

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
