# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
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
    max_percentage: float | None | Unset = UNSET
    """ Maximum rollover as a percentage (0-100) of included + prepaid grant. Mutually exclusive with max. """
    expiry_duration_length: float | Unset = UNSET
    """ Number of periods before expiry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_: float | None
        max_ = self.max_

        expiry_duration_type = self.expiry_duration_type.value

        max_percentage: float | None | Unset
        if isinstance(self.max_percentage, Unset):
            max_percentage = UNSET
        else:
            max_percentage = self.max_percentage

        expiry_duration_length = self.expiry_duration_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max": max_,
                "expiry_duration_type": expiry_duration_type,
            }
        )
        if max_percentage is not UNSET:
            field_dict["max_percentage"] = max_percentage
        if expiry_duration_length is not UNSET:
            field_dict["expiry_duration_length"] = expiry_duration_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_: float | None = d.pop("max")
        if not (type(max_) is float or type(max_) is int or max_ is None):
            raise TypeError(f"max: unexpected {type(max_).__name__}")

        expiry_duration_type = RolloverDuration(d.pop("expiry_duration_type"))

        max_percentage: float | None | Unset = d.pop("max_percentage", UNSET)
        if not (
            max_percentage is UNSET
            or type(max_percentage) is float
            or type(max_percentage) is int
            or max_percentage is None
        ):
            raise TypeError(f"max_percentage: unexpected {type(max_percentage).__name__}")

        expiry_duration_length = d.pop("expiry_duration_length", UNSET)
        if expiry_duration_length is not UNSET and not (
            type(expiry_duration_length) is float or type(expiry_duration_length) is int
        ):
            raise TypeError(
                f"expiry_duration_length: expected a number, not {type(expiry_duration_length).__name__}"
            )

        rollover_config = cls(
            max_,
            expiry_duration_type,
            max_percentage,
            expiry_duration_length,
        )

        rollover_config.additional_properties = d
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
