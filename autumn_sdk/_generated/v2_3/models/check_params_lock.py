# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckParamsLock")


@_attrs_define
class CheckParamsLock:
    """Reserve units of a feature upfront by passing a lock_id, then call balances.finalize to confirm or release the hold."""

    lock_id: str
    """ A unique identifier for this lock. Used to finalize the lock later via balances.finalize. """
    enabled: Literal[True]
    """ Must be true to enable locking. """
    expires_at: float | Unset = UNSET
    """ Unix timestamp (ms) when the lock automatically expires and releases the held balance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lock_id = self.lock_id

        enabled = self.enabled

        expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lock_id": lock_id,
                "enabled": enabled,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        lock_id = src_dict["lock_id"]
        if not (type(lock_id) is str):
            raise TypeError(f"lock_id: expected a string, not {type(lock_id).__name__}")

        enabled = cast(Literal[True], src_dict["enabled"])
        if enabled != True:
            raise ValueError(f"enabled must match const True, got '{enabled}'")

        expires_at = src_dict.get("expires_at", UNSET)
        if expires_at is not UNSET and not (type(expires_at) is int or type(expires_at) is float):
            raise TypeError(f"expires_at: expected a number, not {type(expires_at).__name__}")

        check_params_lock = cls(
            lock_id,
            enabled,
            expires_at,
        )

        if len(src_dict) != 2 + ("expires_at" in src_dict):
            check_params_lock.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "lock_id",
                    "enabled",
                    "expires_at",
                }
            }
        return check_params_lock

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


# CheckParamsLock as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CheckParamsLockDict(TypedDict, total=False):
    lock_id: Required[str]
    enabled: Required[Literal[True]]
    expires_at: float
