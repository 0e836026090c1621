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

T = TypeVar("T", bound="PlanItemRollover")


@_attrs_define
class PlanItemRollover:
    """Rollover config for unused units. If set, unused included units carry over."""

    expiry_duration_type: RolloverDuration
    """ When rolled over units expire. """
    max_: float | Unset = UNSET
    """ Max rollover units. Omit for unlimited rollover. """
    max_percentage: float | Unset = UNSET
    """ Maximum rollover as a percentage (0-100) of included + prepaid grant. Mutually exclusive with max. """
    expiry_duration_length: float | Unset = UNSET
    """ Number of periods before expiry. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry_duration_type = self.expiry_duration_type.value

        max_ = self.max_

        max_percentage = self.max_percentage

        expiry_duration_length = self.expiry_duration_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expiry_duration_type": expiry_duration_type,
            }
        )
        if max_ is not UNSET:
            field_dict["max"] = max_
        if max_percentage is not UNSET:
            field_dict["max_percentage"] = max_percentage
        if expiry_duration_length is not UNSET:
            field_dict["expiry_duration_length"] = expiry_duration_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        expiry_duration_type = _RolloverDuration_VALUES.get(
            src_dict["expiry_duration_type"]
        ) or RolloverDuration(src_dict["expiry_duration_type"])

        max_ = src_dict.get("max", UNSET)
        if max_ is not UNSET and not (type(max_) is int or type(max_) is float):
            raise TypeError(f"max: expected a number, not {type(max_).__name__}")

        max_percentage = src_dict.get("max_percentage", UNSET)
        if max_percentage is not UNSET and not (type(max_percentage) is int or type(max_percentage) is float):
            raise TypeError(f"max_percentage: expected a number, not {type(max_percentage).__name__}")

        expiry_duration_length = src_dict.get("expiry_duration_length", UNSET)
        if expiry_duration_length is not UNSET and not (
            type(expiry_duration_length) is int or type(expiry_duration_length) is float
        ):
            raise TypeError(
                f"expiry_duration_length: expected a number, not {type(expiry_duration_length).__name__}"
            )

        plan_item_rollover = cls(
            expiry_duration_type,
            max_,
            max_percentage,
            expiry_duration_length,
        )

        if len(src_dict) != 1 + ("max" in src_dict) + ("max_percentage" in src_dict) + (
            "expiry_duration_length" in src_dict
        ):
            plan_item_rollover.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "expiry_duration_type",
                    "max",
                    "max_percentage",
                    "expiry_duration_length",
                }
            }
        return plan_item_rollover

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
    def max(self) -> float | Unset:
        """The field as Autumn's SDK names it (also ``max_``: keyword arguments keep the ``_``)."""
        return self.max_


# PlanItemRollover as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class PlanItemRolloverDict(TypedDict, total=False):
    expiry_duration_type: Required[Literal["month", "forever"] | RolloverDuration]
    max: float
    max_percentage: float
    expiry_duration_length: float


if TYPE_CHECKING:
    from ..models.rollover_duration import RolloverDuration


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_RolloverDuration_VALUES = cast("dict[object, RolloverDuration]", RolloverDuration._value2member_map_)
