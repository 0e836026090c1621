# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PreviewAttachResponseInvoiceCredits")


@_attrs_define
class PreviewAttachResponseInvoiceCredits:
    """Stripe customer invoice credits preview."""

    balance: float
    """ Stripe customer credit balance available, expressed as a positive number in major currency units. """
    currency: str
    """ Three-letter currency code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance = self.balance

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance": balance,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        balance = src_dict["balance"]
        if not (type(balance) is int or type(balance) is float):
            raise TypeError(f"balance: expected a number, not {type(balance).__name__}")

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        preview_attach_response_invoice_credits = cls(
            balance,
            currency,
        )

        if len(src_dict) != 2:
            preview_attach_response_invoice_credits.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "balance",
                    "currency",
                }
            }
        return preview_attach_response_invoice_credits

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
