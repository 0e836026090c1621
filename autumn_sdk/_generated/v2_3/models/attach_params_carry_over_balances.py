# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    Any,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachParamsCarryOverBalances")


@_attrs_define
class AttachParamsCarryOverBalances:
    """Whether to carry over balances from the previous plan."""

    enabled: bool
    """ Whether to carry over balances from the previous plan. """
    feature_ids: list[str] | Unset = UNSET
    """ The IDs of the features to carry over balances from. If left undefined, all features will be carried over.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        feature_ids: list[str] | Unset = UNSET
        if not isinstance(self.feature_ids, Unset):
            feature_ids = self.feature_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if feature_ids is not UNSET:
            field_dict["feature_ids"] = feature_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict["enabled"]
        if not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        feature_ids = cast(list[str], src_dict.get("feature_ids", UNSET))

        attach_params_carry_over_balances = cls(
            enabled,
            feature_ids,
        )

        if len(src_dict) != 1 + ("feature_ids" in src_dict):
            attach_params_carry_over_balances.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "enabled",
                    "feature_ids",
                }
            }
        return attach_params_carry_over_balances

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


# AttachParamsCarryOverBalances as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class AttachParamsCarryOverBalancesDict(TypedDict, total=False):
    enabled: Required[bool]
    feature_ids: Sequence[str]
