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
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateSubscriptionParamsRecalculateBalances")


@_attrs_define
class UpdateSubscriptionParamsRecalculateBalances:
    """Controls whether balances should be recalculated during the subscription update."""

    enabled: bool
    """ If true, recalculates balances during the subscription update. Only applicable when updating feature
    quantities. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict["enabled"]
        if not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        update_subscription_params_recalculate_balances = cls(
            enabled,
        )

        if len(src_dict) != 1:
            update_subscription_params_recalculate_balances.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "enabled",
                }
            }
        return update_subscription_params_recalculate_balances

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


# UpdateSubscriptionParamsRecalculateBalances as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdateSubscriptionParamsRecalculateBalancesDict(TypedDict, total=False):
    enabled: Required[bool]
