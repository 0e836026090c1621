# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    plan_ids: list[str]
    """ Array of plan IDs included in this invoice """
    stripe_id: str
    """ The Stripe invoice ID """
    status: str
    """ The status of the invoice """
    total: float
    """ The total amount of the invoice """
    currency: str
    """ The currency code for the invoice """
    created_at: float
    """ Timestamp when the invoice was created """
    hosted_invoice_url: None | str | Unset = UNSET
    """ URL to the Stripe-hosted invoice page """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_ids = self.plan_ids

        stripe_id = self.stripe_id

        status = self.status

        total = self.total

        currency = self.currency

        created_at = self.created_at

        hosted_invoice_url: None | str | Unset
        if isinstance(self.hosted_invoice_url, Unset):
            hosted_invoice_url = UNSET
        else:
            hosted_invoice_url = self.hosted_invoice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_ids": plan_ids,
                "stripe_id": stripe_id,
                "status": status,
                "total": total,
                "currency": currency,
                "created_at": created_at,
            }
        )
        if hosted_invoice_url is not UNSET:
            field_dict["hosted_invoice_url"] = hosted_invoice_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_ids = cast(list[str], src_dict["plan_ids"])

        stripe_id = src_dict["stripe_id"]
        if not (type(stripe_id) is str):
            raise TypeError(f"stripe_id: expected a string, not {type(stripe_id).__name__}")

        status = src_dict["status"]
        if not (type(status) is str):
            raise TypeError(f"status: expected a string, not {type(status).__name__}")

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        hosted_invoice_url: None | str | Unset = src_dict.get("hosted_invoice_url", UNSET)
        if not (hosted_invoice_url is UNSET or type(hosted_invoice_url) is str or hosted_invoice_url is None):
            raise TypeError(f"hosted_invoice_url: unexpected {type(hosted_invoice_url).__name__}")

        invoice = cls(
            plan_ids,
            stripe_id,
            status,
            total,
            currency,
            created_at,
            hosted_invoice_url,
        )

        if len(src_dict) != 6 + ("hosted_invoice_url" in src_dict):
            invoice.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_ids",
                    "stripe_id",
                    "status",
                    "total",
                    "currency",
                    "created_at",
                    "hosted_invoice_url",
                }
            }
        return invoice

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
