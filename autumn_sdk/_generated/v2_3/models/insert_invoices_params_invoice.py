# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.insert_invoices_params_invoice_status import InsertInvoicesParamsInvoiceStatus
from ..models.invoice_processor_type import InvoiceProcessorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InsertInvoicesParamsInvoice")


@_attrs_define
class InsertInvoicesParamsInvoice:
    customer_id: str
    """ The customer this invoice belongs to. """
    stripe_id: str
    """ The processor's stable invoice ID. """
    status: InsertInvoicesParamsInvoiceStatus
    """ The invoice status. """
    total: float
    """ The invoice total in major currency units. """
    created_at: float
    """ The invoice creation timestamp in milliseconds. """
    plan_ids: list[str] | Unset = UNSET
    """ Plan IDs represented by this invoice. """
    processor_type: InvoiceProcessorType | Unset = UNSET
    """ The billing processor that owns this invoice. """
    amount_paid: float | None | Unset = UNSET
    """ The amount paid in major currency units. """
    refunded_amount: float | Unset = 0.0
    """ The refunded amount in major currency units. """
    currency: str | Unset = UNSET
    """ The currency code. Defaults to the organization's default currency. """
    hosted_invoice_url: None | str | Unset = UNSET
    """ The hosted invoice URL, when available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        stripe_id = self.stripe_id

        status = self.status.value

        total = self.total

        created_at = self.created_at

        plan_ids: list[str] | Unset = UNSET
        if not isinstance(self.plan_ids, Unset):
            plan_ids = self.plan_ids

        processor_type: str | Unset = UNSET
        if not isinstance(self.processor_type, Unset):
            processor_type = self.processor_type.value

        amount_paid: float | None | Unset
        if isinstance(self.amount_paid, Unset):
            amount_paid = UNSET
        else:
            amount_paid = self.amount_paid

        refunded_amount = self.refunded_amount

        currency = self.currency

        hosted_invoice_url: None | str | Unset
        if isinstance(self.hosted_invoice_url, Unset):
            hosted_invoice_url = UNSET
        else:
            hosted_invoice_url = self.hosted_invoice_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "stripe_id": stripe_id,
                "status": status,
                "total": total,
                "created_at": created_at,
            }
        )
        if plan_ids is not UNSET:
            field_dict["plan_ids"] = plan_ids
        if processor_type is not UNSET:
            field_dict["processor_type"] = processor_type
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if hosted_invoice_url is not UNSET:
            field_dict["hosted_invoice_url"] = hosted_invoice_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        stripe_id = src_dict["stripe_id"]
        if not (type(stripe_id) is str):
            raise TypeError(f"stripe_id: expected a string, not {type(stripe_id).__name__}")

        status = _InsertInvoicesParamsInvoiceStatus_VALUES.get(
            src_dict["status"]
        ) or InsertInvoicesParamsInvoiceStatus(src_dict["status"])

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        plan_ids = cast(list[str], src_dict.get("plan_ids", UNSET))

        _processor_type = src_dict.get("processor_type", UNSET)
        processor_type: InvoiceProcessorType | Unset
        if isinstance(_processor_type, Unset):
            processor_type = UNSET
        else:
            processor_type = _InvoiceProcessorType_VALUES.get(_processor_type) or InvoiceProcessorType(
                _processor_type
            )

        amount_paid: float | None | Unset = src_dict.get("amount_paid", UNSET)
        if not (
            amount_paid is UNSET
            or type(amount_paid) is int
            or type(amount_paid) is float
            or amount_paid is None
        ):
            raise TypeError(f"amount_paid: unexpected {type(amount_paid).__name__}")

        refunded_amount = src_dict.get("refunded_amount", UNSET)
        if refunded_amount is not UNSET and not (
            type(refunded_amount) is int or type(refunded_amount) is float
        ):
            raise TypeError(f"refunded_amount: expected a number, not {type(refunded_amount).__name__}")

        currency = src_dict.get("currency", UNSET)
        if currency is not UNSET and not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        hosted_invoice_url: None | str | Unset = src_dict.get("hosted_invoice_url", UNSET)
        if not (hosted_invoice_url is UNSET or type(hosted_invoice_url) is str or hosted_invoice_url is None):
            raise TypeError(f"hosted_invoice_url: unexpected {type(hosted_invoice_url).__name__}")

        insert_invoices_params_invoice = cls(
            customer_id,
            stripe_id,
            status,
            total,
            created_at,
            plan_ids,
            processor_type,
            amount_paid,
            refunded_amount,
            currency,
            hosted_invoice_url,
        )

        if len(src_dict) != 5 + ("plan_ids" in src_dict) + ("processor_type" in src_dict) + (
            "amount_paid" in src_dict
        ) + ("refunded_amount" in src_dict) + ("currency" in src_dict) + ("hosted_invoice_url" in src_dict):
            insert_invoices_params_invoice.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "stripe_id",
                    "status",
                    "total",
                    "created_at",
                    "plan_ids",
                    "processor_type",
                    "amount_paid",
                    "refunded_amount",
                    "currency",
                    "hosted_invoice_url",
                }
            }
        return insert_invoices_params_invoice

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


# InsertInvoicesParamsInvoice as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class InsertInvoicesParamsInvoiceDict(TypedDict, total=False):
    customer_id: Required[str]
    stripe_id: Required[str]
    status: Required[
        Literal["draft", "open", "void", "paid", "uncollectible"] | InsertInvoicesParamsInvoiceStatus
    ]
    total: Required[float]
    created_at: Required[float]
    plan_ids: Sequence[str]
    processor_type: Literal["stripe", "revenuecat"] | InvoiceProcessorType
    amount_paid: float | None
    refunded_amount: float
    currency: str
    hosted_invoice_url: str | None


if TYPE_CHECKING:
    from ..models.insert_invoices_params_invoice_status import InsertInvoicesParamsInvoiceStatus
    from ..models.invoice_processor_type import InvoiceProcessorType


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_InsertInvoicesParamsInvoiceStatus_VALUES = cast(
    "dict[object, InsertInvoicesParamsInvoiceStatus]", InsertInvoicesParamsInvoiceStatus._value2member_map_
)
_InvoiceProcessorType_VALUES = cast(
    "dict[object, InvoiceProcessorType]", InvoiceProcessorType._value2member_map_
)
