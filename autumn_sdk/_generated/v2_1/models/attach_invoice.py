# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachInvoice")


@_attrs_define
class AttachInvoice:
    """Invoice details if an invoice was created. Only present when a charge was made."""

    status: None | str
    """ The status of the invoice (e.g., 'paid', 'open', 'draft'). """
    stripe_id: str
    """ The Stripe invoice ID. """
    total: float
    """ The total amount of the invoice in cents. """
    currency: str
    """ The three-letter ISO currency code (e.g., 'usd'). """
    hosted_invoice_url: None | str
    """ URL to the hosted invoice page where the customer can view and pay the invoice. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: None | str
        status = self.status

        stripe_id = self.stripe_id

        total = self.total

        currency = self.currency

        hosted_invoice_url: None | str
        hosted_invoice_url = self.hosted_invoice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "stripe_id": stripe_id,
                "total": total,
                "currency": currency,
                "hosted_invoice_url": hosted_invoice_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status: None | str = src_dict["status"]
        if not (type(status) is str or status is None):
            raise TypeError(f"status: unexpected {type(status).__name__}")

        stripe_id = src_dict["stripe_id"]
        if not (type(stripe_id) is str):
            raise TypeError(f"stripe_id: expected a string, not {type(stripe_id).__name__}")

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        hosted_invoice_url: None | str = src_dict["hosted_invoice_url"]
        if not (type(hosted_invoice_url) is str or hosted_invoice_url is None):
            raise TypeError(f"hosted_invoice_url: unexpected {type(hosted_invoice_url).__name__}")

        attach_invoice = cls(
            status,
            stripe_id,
            total,
            currency,
            hosted_invoice_url,
        )

        if len(src_dict) != 5:
            attach_invoice.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "status",
                    "stripe_id",
                    "total",
                    "currency",
                    "hosted_invoice_url",
                }
            }
        return attach_invoice

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
