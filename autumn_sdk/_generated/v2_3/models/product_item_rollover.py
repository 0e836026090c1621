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

from ..models.rollover_duration import RolloverDuration
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductItemRollover")


@_attrs_define
class ProductItemRollover:
    """Rollover configuration for the balance."""

    length: float
    max_: float | None | Unset = UNSET
    max_percentage: float | None | Unset = UNSET
    duration: RolloverDuration | Unset = UNSET
    """ When rolled over units expire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        max_percentage: float | None | Unset
        if isinstance(self.max_percentage, Unset):
            max_percentage = UNSET
        else:
            max_percentage = self.max_percentage

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "length": length,
            }
        )
        if max_ is not UNSET:
            field_dict["max"] = max_
        if max_percentage is not UNSET:
            field_dict["max_percentage"] = max_percentage
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        length = src_dict["length"]
        if not (type(length) is int or type(length) is float):
            raise TypeError(f"length: expected a number, not {type(length).__name__}")

        max_: float | None | Unset = src_dict.get("max", UNSET)
        if not (max_ is UNSET or type(max_) is int or type(max_) is float or max_ is None):
            raise TypeError(f"max: unexpected {type(max_).__name__}")

        max_percentage: float | None | Unset = src_dict.get("max_percentage", UNSET)
        if not (
            max_percentage is UNSET
            or type(max_percentage) is int
            or type(max_percentage) is float
            or max_percentage is None
        ):
            raise TypeError(f"max_percentage: unexpected {type(max_percentage).__name__}")

        _duration = src_dict.get("duration", UNSET)
        duration: RolloverDuration | Unset
        if isinstance(_duration, Unset):
            duration = UNSET
        else:
            duration = _RolloverDuration_VALUES.get(_duration) or RolloverDuration(_duration)

        product_item_rollover = cls(
            length,
            max_,
            max_percentage,
            duration,
        )

        if len(src_dict) != 1 + ("max" in src_dict) + ("max_percentage" in src_dict) + (
            "duration" in src_dict
        ):
            product_item_rollover.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "length",
                    "max",
                    "max_percentage",
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
    def max(self) -> float | None | Unset:
        """The field as Autumn's SDK names it (also ``max_``: keyword arguments keep the ``_``)."""
        return self.max_


# ProductItemRollover as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class ProductItemRolloverDict(TypedDict, total=False):
    length: Required[float]
    max: float | None
    max_percentage: float | None
    duration: Literal["month", "forever"] | RolloverDuration


if TYPE_CHECKING:
    from ..models.rollover_duration import RolloverDuration


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_RolloverDuration_VALUES = cast("dict[object, RolloverDuration]", RolloverDuration._value2member_map_)
