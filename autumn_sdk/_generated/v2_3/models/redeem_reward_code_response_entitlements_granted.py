# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RedeemRewardCodeResponseEntitlementsGranted")


@_attrs_define
class RedeemRewardCodeResponseEntitlementsGranted:
    feature_id: str
    """ The ID of the feature granted by the reward """
    balance: float
    """ The balance granted for the feature """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "balance": balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        balance = src_dict["balance"]
        if not (type(balance) is int or type(balance) is float):
            raise TypeError(f"balance: expected a number, not {type(balance).__name__}")

        redeem_reward_code_response_entitlements_granted = cls(
            feature_id,
            balance,
        )

        if len(src_dict) != 2:
            redeem_reward_code_response_entitlements_granted.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "balance",
                }
            }
        return redeem_reward_code_response_entitlements_granted

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
