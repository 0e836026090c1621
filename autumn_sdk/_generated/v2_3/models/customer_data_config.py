# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerDataConfig")


@_attrs_define
class CustomerDataConfig:
    """Miscellaneous configurations for the customer."""

    disable_pooled_balance: bool | Unset = UNSET
    """ Whether to disable the shared customer-level pool for entities. """
    disable_overage_billing: bool | Unset = UNSET
    """ Stops Autumn from posting usage-overage line items to Stripe for this customer. Check/track and balance
    resets still behave normally. When set, this overrides the organization-level disable_overage_billing setting.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_pooled_balance = self.disable_pooled_balance

        disable_overage_billing = self.disable_overage_billing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_pooled_balance is not UNSET:
            field_dict["disable_pooled_balance"] = disable_pooled_balance
        if disable_overage_billing is not UNSET:
            field_dict["disable_overage_billing"] = disable_overage_billing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        disable_pooled_balance = src_dict.get("disable_pooled_balance", UNSET)
        if disable_pooled_balance is not UNSET and not (type(disable_pooled_balance) is bool):
            raise TypeError(
                f"disable_pooled_balance: expected a boolean, not {type(disable_pooled_balance).__name__}"
            )

        disable_overage_billing = src_dict.get("disable_overage_billing", UNSET)
        if disable_overage_billing is not UNSET and not (type(disable_overage_billing) is bool):
            raise TypeError(
                f"disable_overage_billing: expected a boolean, not {type(disable_overage_billing).__name__}"
            )

        customer_data_config = cls(
            disable_pooled_balance,
            disable_overage_billing,
        )

        if len(src_dict) != 0 + ("disable_pooled_balance" in src_dict) + (
            "disable_overage_billing" in src_dict
        ):
            customer_data_config.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "disable_pooled_balance",
                    "disable_overage_billing",
                }
            }
        return customer_data_config

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


# CustomerDataConfig as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CustomerDataConfigDict(TypedDict, total=False):
    disable_pooled_balance: bool
    disable_overage_billing: bool
