# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachDiscount")


@_attrs_define
class AttachDiscount:
    """A discount to apply. Can be either a reward ID or a promotion code."""

    reward_id: str | Unset = UNSET
    """ The ID of the reward to apply as a discount. """
    promotion_code: str | Unset = UNSET
    """ The promotion code to apply as a discount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reward_id = self.reward_id

        promotion_code = self.promotion_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reward_id is not UNSET:
            field_dict["reward_id"] = reward_id
        if promotion_code is not UNSET:
            field_dict["promotion_code"] = promotion_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        reward_id = src_dict.get("reward_id", UNSET)
        if reward_id is not UNSET and not (type(reward_id) is str):
            raise TypeError(f"reward_id: expected a string, not {type(reward_id).__name__}")

        promotion_code = src_dict.get("promotion_code", UNSET)
        if promotion_code is not UNSET and not (type(promotion_code) is str):
            raise TypeError(f"promotion_code: expected a string, not {type(promotion_code).__name__}")

        attach_discount = cls(
            reward_id,
            promotion_code,
        )

        if len(src_dict) != 0 + ("reward_id" in src_dict) + ("promotion_code" in src_dict):
            attach_discount.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "reward_id",
                    "promotion_code",
                }
            }
        return attach_discount

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


# AttachDiscount as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class AttachDiscountDict(TypedDict, total=False):
    reward_id: str
    promotion_code: str
