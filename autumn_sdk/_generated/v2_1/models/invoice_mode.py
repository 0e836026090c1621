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

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceMode")


@_attrs_define
class InvoiceMode:
    """Invoice mode creates a draft or open invoice and sends it to the customer, instead of charging their card
    immediately. This uses Stripe's send_invoice collection method.

    """

    enabled: bool
    """ When true, creates an invoice and sends it to the customer instead of charging their card immediately. Uses
    Stripe's send_invoice collection method. """
    enable_plan_immediately: bool | Unset = False
    """ If true, enables the plan immediately even though the invoice is not paid yet. """
    finalize: bool | Unset = True
    """ If true, finalizes the invoice so it can be sent to the customer. If false, keeps it as a draft for manual
    review. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        enable_plan_immediately = self.enable_plan_immediately

        finalize = self.finalize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
            }
        )
        if enable_plan_immediately is not UNSET:
            field_dict["enable_plan_immediately"] = enable_plan_immediately
        if finalize is not UNSET:
            field_dict["finalize"] = finalize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        enabled = src_dict["enabled"]
        if not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        enable_plan_immediately = src_dict.get("enable_plan_immediately", UNSET)
        if enable_plan_immediately is not UNSET and not (type(enable_plan_immediately) is bool):
            raise TypeError(
                f"enable_plan_immediately: expected a boolean, not {type(enable_plan_immediately).__name__}"
            )

        finalize = src_dict.get("finalize", UNSET)
        if finalize is not UNSET and not (type(finalize) is bool):
            raise TypeError(f"finalize: expected a boolean, not {type(finalize).__name__}")

        invoice_mode = cls(
            enabled,
            enable_plan_immediately,
            finalize,
        )

        if len(src_dict) != 1 + ("enable_plan_immediately" in src_dict) + ("finalize" in src_dict):
            invoice_mode.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "enabled",
                    "enable_plan_immediately",
                    "finalize",
                }
            }
        return invoice_mode

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


# InvoiceMode as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class InvoiceModeDict(TypedDict, total=False):
    enabled: Required[bool]
    enable_plan_immediately: bool
    finalize: bool
