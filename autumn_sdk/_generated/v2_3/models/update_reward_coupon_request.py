# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRewardCouponRequest")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class UpdateRewardCouponRequest(_NestedFields):
    name: str | Unset = UNSET
    plan_ids: list[str] | None | Unset = UNSET
    """ Plan IDs must be unique. Null applies the coupon to all plans. """
    promo_codes: list[CreateRewardCouponRequestPromoCode] | Unset = UNSET
    """ Replaces the existing promo codes when provided. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        plan_ids: list[str] | None | Unset
        if isinstance(self.plan_ids, Unset):
            plan_ids = UNSET
        elif isinstance(self.plan_ids, list):
            plan_ids = self.plan_ids

        else:
            plan_ids = self.plan_ids

        promo_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promo_codes, Unset):
            promo_codes = []
            for promo_codes_item_data in self.promo_codes:
                promo_codes_item = promo_codes_item_data.to_dict()
                promo_codes.append(promo_codes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if plan_ids is not UNSET:
            field_dict["plan_ids"] = plan_ids
        if promo_codes is not UNSET:
            field_dict["promo_codes"] = promo_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        _plan_ids = src_dict.get("plan_ids", UNSET)
        plan_ids: list[str] | None | Unset
        if _plan_ids is None:
            plan_ids = None
        elif isinstance(_plan_ids, Unset):
            plan_ids = UNSET
        elif isinstance(_plan_ids, list):
            plan_ids_type_0 = cast(list[str], _plan_ids)

            plan_ids = plan_ids_type_0
        else:
            raise TypeError(f"plan_ids: unexpected {type(_plan_ids).__name__}")

        _promo_codes = src_dict.get("promo_codes", UNSET)

        update_reward_coupon_request = cls(
            name,
            plan_ids,
            UNSET,
        )
        update_reward_coupon_request._src = src_dict
        if _promo_codes is not UNSET:
            del update_reward_coupon_request.promo_codes

        return update_reward_coupon_request


# UpdateRewardCouponRequest as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdateRewardCouponRequestDict(TypedDict, total=False):
    name: str
    plan_ids: Sequence[str] | None
    promo_codes: Sequence[CreateRewardCouponRequestPromoCode | CreateRewardCouponRequestPromoCodeDict]


if TYPE_CHECKING:
    from ..models.create_reward_coupon_request_promo_code import (
        CreateRewardCouponRequestPromoCode,
        CreateRewardCouponRequestPromoCodeDict,
    )

from ..models.create_reward_coupon_request_promo_code import CreateRewardCouponRequestPromoCode  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_promo_codes(data: Any) -> Any:
    _promo_codes = data
    promo_codes: list[CreateRewardCouponRequestPromoCode] | Unset = UNSET
    if _promo_codes is not UNSET:
        promo_codes = []
        for promo_codes_item_data in _promo_codes:
            promo_codes_item = CreateRewardCouponRequestPromoCode.from_dict(promo_codes_item_data)

            promo_codes.append(promo_codes_item)

    return promo_codes


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
UpdateRewardCouponRequest._NESTED = {
    "promo_codes": ("promo_codes", _build_promo_codes),
}
