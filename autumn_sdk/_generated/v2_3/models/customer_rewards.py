# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerRewards")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CustomerRewards(_NestedFields):
    discounts: list[RewardDiscount]
    """ Array of active discounts applied to the customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discounts": discounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _discounts = src_dict["discounts"]

        customer_rewards = cls(
            _PENDING,
        )
        customer_rewards._src = src_dict
        del customer_rewards.discounts

        if len(src_dict) != 1:
            customer_rewards.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "discounts",
                }
            }
        return customer_rewards

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


from ..models.reward_discount import RewardDiscount  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_discounts(data: Any) -> Any:
    discounts = []
    _discounts = data
    for discounts_item_data in _discounts:
        discounts_item = RewardDiscount.from_dict(discounts_item_data)

        discounts.append(discounts_item)

    return discounts


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CustomerRewards._NESTED = {
    "discounts": ("discounts", _build_discounts),
}
