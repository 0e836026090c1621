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

from ..models.reward_discount_duration_type import RewardDiscountDurationType

T = TypeVar("T", bound="CreateRewardCouponRequestDuration")


@_attrs_define
class CreateRewardCouponRequestDuration:
    """Use a positive integer length for months, and null for one_off or forever."""

    type_: RewardDiscountDurationType
    """ How long the discount lasts """
    length: int | None

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        length: int | None
        length = self.length

        field_dict: dict[str, Any] = {}

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

        length: int | None = src_dict["length"]
        if not (type(length) is int or length is None):
            raise TypeError(f"length: unexpected {type(length).__name__}")

        create_reward_coupon_request_duration = cls(
            type_,
            length,
        )

        return create_reward_coupon_request_duration

    @property
    def type(self) -> RewardDiscountDurationType:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


# CreateRewardCouponRequestDuration as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateRewardCouponRequestDurationDict(TypedDict, total=False):
    type: Required[Literal["one_off", "months", "forever"] | RewardDiscountDurationType]
    length: Required[int | None]


if TYPE_CHECKING:
    from ..models.reward_discount_duration_type import RewardDiscountDurationType


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_RewardDiscountDurationType_VALUES = cast(
    "dict[object, RewardDiscountDurationType]", RewardDiscountDurationType._value2member_map_
)
