# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateRewardFeatureGrantPromoCodeResponse")


@_attrs_define
class CreateRewardFeatureGrantPromoCodeResponse:
    code: str
    """ The promo code customers enter to redeem the feature grant. """
    max_uses: float | None
    """ Maximum number of times this promo code can be redeemed, or null for unlimited. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        max_uses: float | None
        max_uses = self.max_uses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        max_uses: float | None = src_dict["max_uses"]
        if not (type(max_uses) is int or type(max_uses) is float or max_uses is None):
            raise TypeError(f"max_uses: unexpected {type(max_uses).__name__}")

        create_reward_feature_grant_promo_code_response = cls(
            code,
            max_uses,
        )

        if len(src_dict) != 2:
            create_reward_feature_grant_promo_code_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "code",
                    "max_uses",
                }
            }
        return create_reward_feature_grant_promo_code_response

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
