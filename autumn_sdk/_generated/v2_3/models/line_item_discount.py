# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LineItemDiscount")


@_attrs_define
class LineItemDiscount:
    amount_off: float
    percent_off: float | Unset = UNSET
    reward_id: str | Unset = UNSET
    reward_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_off = self.amount_off

        percent_off = self.percent_off

        reward_id = self.reward_id

        reward_name = self.reward_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount_off": amount_off,
            }
        )
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if reward_id is not UNSET:
            field_dict["reward_id"] = reward_id
        if reward_name is not UNSET:
            field_dict["reward_name"] = reward_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        amount_off = src_dict["amount_off"]
        if not (type(amount_off) is int or type(amount_off) is float):
            raise TypeError(f"amount_off: expected a number, not {type(amount_off).__name__}")

        percent_off = src_dict.get("percent_off", UNSET)
        if percent_off is not UNSET and not (type(percent_off) is int or type(percent_off) is float):
            raise TypeError(f"percent_off: expected a number, not {type(percent_off).__name__}")

        reward_id = src_dict.get("reward_id", UNSET)
        if reward_id is not UNSET and not (type(reward_id) is str):
            raise TypeError(f"reward_id: expected a string, not {type(reward_id).__name__}")

        reward_name = src_dict.get("reward_name", UNSET)
        if reward_name is not UNSET and not (type(reward_name) is str):
            raise TypeError(f"reward_name: expected a string, not {type(reward_name).__name__}")

        line_item_discount = cls(
            amount_off,
            percent_off,
            reward_id,
            reward_name,
        )

        if len(src_dict) != 1 + ("percent_off" in src_dict) + ("reward_id" in src_dict) + (
            "reward_name" in src_dict
        ):
            line_item_discount.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "amount_off",
                    "percent_off",
                    "reward_id",
                    "reward_name",
                }
            }
        return line_item_discount

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
