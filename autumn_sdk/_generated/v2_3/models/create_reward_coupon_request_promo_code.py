# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRewardCouponRequestPromoCode")


@_attrs_define
class CreateRewardCouponRequestPromoCode:
    code: str
    global_max_redemption: int | None | Unset = UNSET
    first_time_transaction: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        global_max_redemption: int | None | Unset
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

        global_max_redemption: int | None | Unset = src_dict.get("global_max_redemption", UNSET)
        if not (
            global_max_redemption is UNSET
            or type(global_max_redemption) is int
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

        create_reward_coupon_request_promo_code = cls(
            code,
            global_max_redemption,
            first_time_transaction,
        )

        return create_reward_coupon_request_promo_code


# CreateRewardCouponRequestPromoCode as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateRewardCouponRequestPromoCodeDict(TypedDict, total=False):
    code: Required[str]
    global_max_redemption: int | None
    first_time_transaction: bool | None
