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

from ..models.reward_discount_duration_type import RewardDiscountDurationType

T = TypeVar("T", bound="CreateRewardDurationResponse")


@_attrs_define
class CreateRewardDurationResponse:
    """How long the coupon applies once redeemed."""

    type_: RewardDiscountDurationType
    """ How long the discount lasts """
    length: float | None
    """ The number of `type` periods the duration lasts, or null when the type has no length (e.g. one_off,
    forever). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        length: float | None
        length = self.length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "length": length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = _RewardDiscountDurationType_VALUES.get(src_dict["type"]) or RewardDiscountDurationType(
            src_dict["type"]
        )

        length: float | None = src_dict["length"]
        if not (type(length) is int or type(length) is float or length is None):
            raise TypeError(f"length: unexpected {type(length).__name__}")

        create_reward_duration_response = cls(
            type_,
            length,
        )

        if len(src_dict) != 2:
            create_reward_duration_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "type",
                    "length",
                }
            }
        return create_reward_duration_response

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
    def type(self) -> RewardDiscountDurationType:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_RewardDiscountDurationType_VALUES = cast(
    "dict[object, RewardDiscountDurationType]", RewardDiscountDurationType._value2member_map_
)
