# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BalanceRollover")


@_attrs_define
class BalanceRollover:
    granted: float
    """ Amount originally rolled over from a previous period, before any of it was consumed. """
    balance: float
    """ Amount of balance rolled over from a previous period. """
    expires_at: float
    """ Timestamp when the rollover balance expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granted = self.granted

        balance = self.balance

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "granted": granted,
                "balance": balance,
                "expires_at": expires_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        granted = src_dict["granted"]
        if not (type(granted) is int or type(granted) is float):
            raise TypeError(f"granted: expected a number, not {type(granted).__name__}")

        balance = src_dict["balance"]
        if not (type(balance) is int or type(balance) is float):
            raise TypeError(f"balance: expected a number, not {type(balance).__name__}")

        expires_at = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float):
            raise TypeError(f"expires_at: expected a number, not {type(expires_at).__name__}")

        balance_rollover = cls(
            granted,
            balance,
            expires_at,
        )

        if len(src_dict) != 3:
            balance_rollover.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "granted",
                    "balance",
                    "expires_at",
                }
            }
        return balance_rollover

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
