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

T = TypeVar("T", bound="CreateRewardFeatureGrantRequestPromoCode")


@_attrs_define
class CreateRewardFeatureGrantRequestPromoCode:
    code: str
    max_uses: int | None
    """ A positive redemption limit, or null for unlimited uses. """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        max_uses: int | None
        max_uses = self.max_uses

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "max_uses": max_uses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]
        if not (type(code) is str):
            raise TypeError(f"code: expected a string, not {type(code).__name__}")

        max_uses: int | None = src_dict["max_uses"]
        if not (type(max_uses) is int or max_uses is None):
            raise TypeError(f"max_uses: unexpected {type(max_uses).__name__}")

        create_reward_feature_grant_request_promo_code = cls(
            code,
            max_uses,
        )

        return create_reward_feature_grant_request_promo_code


# CreateRewardFeatureGrantRequestPromoCode as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateRewardFeatureGrantRequestPromoCodeDict(TypedDict, total=False):
    code: Required[str]
    max_uses: Required[int | None]
