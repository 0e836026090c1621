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

T = TypeVar("T", bound="CreateRewardCouponPromoCodeResponse")


@_attrs_define
class CreateRewardCouponPromoCodeResponse:
    code: str
    """ The promo code customers enter to redeem the coupon. """
    global_max_redemption: float | None | Unset = UNSET
    """ Maximum number of times this promo code can be redeemed across all customers, or null for unlimited. """
    first_time_transaction: bool | None | Unset = UNSET
    """ Whether this promo code can only be applied to a customer's first transaction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        global_max_redemption: float | None | Unset
        if isinstance(self.global_max_redemption, Unset):
            global_max_redemption = UNSET
        else:
            global_max_redemption = self.global_max_redemption

        first_time_transaction: bool | None | Unset
        if isinstance(self.first_time_transaction, Unset):
            first_time_transaction = UNSET
        else:
            first_time_transaction = self.first_time_transaction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if global_max_redemption is not UNSET:
            field_dict["global_max_redemption"] = global_max_redemption
        if first_time_transaction is not UNSET:
            field_dict["first_time_transaction"] = first_time_transaction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]
        if not (type(code) is str):
            raise TypeError(f"code: expected a string, not {type(code).__name__}")

        global_max_redemption: float | None | Unset = src_dict.get("global_max_redemption", UNSET)
        if not (
            global_max_redemption is UNSET
            or type(global_max_redemption) is int
            or type(global_max_redemption) is float
            or global_max_redemption is None
        ):
            raise TypeError(f"global_max_redemption: unexpected {type(global_max_redemption).__name__}")

        first_time_transaction: bool | None | Unset = src_dict.get("first_time_transaction", UNSET)
        if not (
            first_time_transaction is UNSET
            or type(first_time_transaction) is bool
            or first_time_transaction is None
        ):
            raise TypeError(f"first_time_transaction: unexpected {type(first_time_transaction).__name__}")

        create_reward_coupon_promo_code_response = cls(
            code,
            global_max_redemption,
            first_time_transaction,
        )

        if len(src_dict) != 1 + ("global_max_redemption" in src_dict) + (
            "first_time_transaction" in src_dict
        ):
            create_reward_coupon_promo_code_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "code",
                    "global_max_redemption",
                    "first_time_transaction",
                }
            }
        return create_reward_coupon_promo_code_response

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
