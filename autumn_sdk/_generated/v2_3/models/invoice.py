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

from ..models.invoice_processor_type import InvoiceProcessorType
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
    processor_type: InvoiceProcessorType | Unset = UNSET
    """ The billing processor that owns this invoice. """
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

        processor_type: str | Unset = UNSET
        if not isinstance(self.processor_type, Unset):
            processor_type = self.processor_type.value

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
        if processor_type is not UNSET:
            field_dict["processor_type"] = processor_type
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

        _processor_type = src_dict.get("processor_type", UNSET)
        processor_type: InvoiceProcessorType | Unset
        if isinstance(_processor_type, Unset):
            processor_type = UNSET
        else:
            processor_type = _InvoiceProcessorType_VALUES.get(_processor_type) or InvoiceProcessorType(
                _processor_type
            )

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
            processor_type,
            hosted_invoice_url,
        )

        if len(src_dict) != 6 + ("processor_type" in src_dict) + ("hosted_invoice_url" in src_dict):
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
                    "processor_type",
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


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_InvoiceProcessorType_VALUES = cast(
    "dict[object, InvoiceProcessorType]", InvoiceProcessorType._value2member_map_
)
