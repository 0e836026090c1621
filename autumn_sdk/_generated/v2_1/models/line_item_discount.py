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
    stripe_coupon_id: str | Unset = UNSET
    coupon_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_off = self.amount_off

        percent_off = self.percent_off

        stripe_coupon_id = self.stripe_coupon_id

        coupon_name = self.coupon_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountOff": amount_off,
            }
        )
        if percent_off is not UNSET:
            field_dict["percentOff"] = percent_off
        if stripe_coupon_id is not UNSET:
            field_dict["stripeCouponId"] = stripe_coupon_id
        if coupon_name is not UNSET:
            field_dict["couponName"] = coupon_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        amount_off = src_dict["amountOff"]
        if not (type(amount_off) is int or type(amount_off) is float):
            raise TypeError(f"amountOff: expected a number, not {type(amount_off).__name__}")

        percent_off = src_dict.get("percentOff", UNSET)
        if percent_off is not UNSET and not (type(percent_off) is int or type(percent_off) is float):
            raise TypeError(f"percentOff: expected a number, not {type(percent_off).__name__}")

        stripe_coupon_id = src_dict.get("stripeCouponId", UNSET)
        if stripe_coupon_id is not UNSET and not (type(stripe_coupon_id) is str):
            raise TypeError(f"stripeCouponId: expected a string, not {type(stripe_coupon_id).__name__}")

        coupon_name = src_dict.get("couponName", UNSET)
        if coupon_name is not UNSET and not (type(coupon_name) is str):
            raise TypeError(f"couponName: expected a string, not {type(coupon_name).__name__}")

        line_item_discount = cls(
            amount_off,
            percent_off,
            stripe_coupon_id,
            coupon_name,
        )

        if len(src_dict) != 1 + ("percentOff" in src_dict) + ("stripeCouponId" in src_dict) + (
            "couponName" in src_dict
        ):
            line_item_discount.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "amountOff",
                    "percentOff",
                    "stripeCouponId",
                    "couponName",
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
