# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingAutoTopupSucceededDataInvoice")


@_attrs_define
class BillingAutoTopupSucceededDataInvoice:
    """The invoice created for the auto top-up."""

    stripe_id: str
    """ The Stripe invoice ID. Use this as a stable dedupe key. """
    total: float
    """ The total amount of the invoice in the smallest currency unit (e.g. cents for USD), matching Stripe's
    invoice.total. """
    currency: str
    """ The ISO currency code for the invoice. """
    status: None | str | Unset = UNSET
    """ The status of the invoice. "paid" for auto-charged top-ups; "open" for invoice-mode top-ups where credits
    were granted but the invoice has not yet been paid. """
    hosted_invoice_url: None | str | Unset = UNSET
    """ URL to the hosted invoice page, if available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe_id = self.stripe_id

        total = self.total

        currency = self.currency

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        hosted_invoice_url: None | str | Unset
        if isinstance(self.hosted_invoice_url, Unset):
            hosted_invoice_url = UNSET
        else:
            hosted_invoice_url = self.hosted_invoice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stripe_id": stripe_id,
                "total": total,
                "currency": currency,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if hosted_invoice_url is not UNSET:
            field_dict["hosted_invoice_url"] = hosted_invoice_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        stripe_id = src_dict["stripe_id"]
        if not (type(stripe_id) is str):
            raise TypeError(f"stripe_id: expected a string, not {type(stripe_id).__name__}")

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        status: None | str | Unset = src_dict.get("status", UNSET)
        if not (status is UNSET or type(status) is str or status is None):
            raise TypeError(f"status: unexpected {type(status).__name__}")

        hosted_invoice_url: None | str | Unset = src_dict.get("hosted_invoice_url", UNSET)
        if not (hosted_invoice_url is UNSET or type(hosted_invoice_url) is str or hosted_invoice_url is None):
            raise TypeError(f"hosted_invoice_url: unexpected {type(hosted_invoice_url).__name__}")

        billing_auto_topup_succeeded_data_invoice = cls(
            stripe_id,
            total,
            currency,
            status,
            hosted_invoice_url,
        )

        if len(src_dict) != 3 + ("status" in src_dict) + ("hosted_invoice_url" in src_dict):
            billing_auto_topup_succeeded_data_invoice.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stripe_id",
                    "total",
                    "currency",
                    "status",
                    "hosted_invoice_url",
                }
            }
        return billing_auto_topup_succeeded_data_invoice

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
