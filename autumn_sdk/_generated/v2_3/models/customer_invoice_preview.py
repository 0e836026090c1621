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

T = TypeVar("T", bound="CustomerInvoicePreview")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CustomerInvoicePreview(_NestedFields):
    plan_ids: list[str]
    """ Plan IDs contributing line items to this invoice. """
    invoice_at: float
    """ Unix timestamp (milliseconds) when this invoice will be created. """
    currency: str
    """ The three-letter ISO currency code. All amounts are in the currency's major unit (e.g., dollars for USD).
    """
    subtotal: float
    """ The total before discounts. """
    total: float
    """ The total after discounts. """
    line_items: list[LineItem]
    """ The line items this invoice will contain: usage accrued in the closing cycle, plus recurring charges for the
    opening cycle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_ids = self.plan_ids

        invoice_at = self.invoice_at

        currency = self.currency

        subtotal = self.subtotal

        total = self.total

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_ids": plan_ids,
                "invoice_at": invoice_at,
                "currency": currency,
                "subtotal": subtotal,
                "total": total,
                "line_items": line_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_ids = cast(list[str], src_dict["plan_ids"])

        invoice_at = src_dict["invoice_at"]
        if not (type(invoice_at) is int or type(invoice_at) is float):
            raise TypeError(f"invoice_at: expected a number, not {type(invoice_at).__name__}")

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        subtotal = src_dict["subtotal"]
        if not (type(subtotal) is int or type(subtotal) is float):
            raise TypeError(f"subtotal: expected a number, not {type(subtotal).__name__}")

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        _line_items = src_dict["line_items"]

        customer_invoice_preview = cls(
            plan_ids,
            invoice_at,
            currency,
            subtotal,
            total,
            _PENDING,
        )
        customer_invoice_preview._src = src_dict
        del customer_invoice_preview.line_items

        if len(src_dict) != 6:
            customer_invoice_preview.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_ids",
                    "invoice_at",
                    "currency",
                    "subtotal",
                    "total",
                    "line_items",
                }
            }
        return customer_invoice_preview

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


from ..models.line_item import LineItem  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_line_items(data: Any) -> Any:
    line_items = []
    _line_items = data
    for line_items_item_data in _line_items:
        line_items_item = LineItem.from_dict(line_items_item_data)

        line_items.append(line_items_item)

    return line_items


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CustomerInvoicePreview._NESTED = {
    "line_items": ("line_items", _build_line_items),
}
