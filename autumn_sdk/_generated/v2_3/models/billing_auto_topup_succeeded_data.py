# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingAutoTopupSucceededData")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingAutoTopupSucceededData(_NestedFields):
    customer_id: str
    """ The ID of the customer whose balance was topped up. """
    feature_id: str
    """ The feature ID that was automatically topped up. """
    quantity_granted: float
    """ The normalized amount of balance granted by the top-up. """
    threshold: float
    """ The configured balance threshold that triggered the top-up. """
    balance_after: float
    """ The customer's remaining balance for the feature after the top-up. """
    invoice_mode: bool
    """ Whether the auto top-up created a send_invoice invoice instead of auto-charging. """
    invoice: BillingAutoTopupSucceededDataInvoice
    """ The invoice created for the auto top-up. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        feature_id = self.feature_id

        quantity_granted = self.quantity_granted

        threshold = self.threshold

        balance_after = self.balance_after

        invoice_mode = self.invoice_mode

        invoice = self.invoice.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "feature_id": feature_id,
                "quantity_granted": quantity_granted,
                "threshold": threshold,
                "balance_after": balance_after,
                "invoice_mode": invoice_mode,
                "invoice": invoice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        quantity_granted = src_dict["quantity_granted"]
        if not (type(quantity_granted) is int or type(quantity_granted) is float):
            raise TypeError(f"quantity_granted: expected a number, not {type(quantity_granted).__name__}")

        threshold = src_dict["threshold"]
        if not (type(threshold) is int or type(threshold) is float):
            raise TypeError(f"threshold: expected a number, not {type(threshold).__name__}")

        balance_after = src_dict["balance_after"]
        if not (type(balance_after) is int or type(balance_after) is float):
            raise TypeError(f"balance_after: expected a number, not {type(balance_after).__name__}")

        invoice_mode = src_dict["invoice_mode"]
        if not (type(invoice_mode) is bool):
            raise TypeError(f"invoice_mode: expected a boolean, not {type(invoice_mode).__name__}")

        _invoice = src_dict["invoice"]

        billing_auto_topup_succeeded_data = cls(
            customer_id,
            feature_id,
            quantity_granted,
            threshold,
            balance_after,
            invoice_mode,
            _PENDING,
        )
        billing_auto_topup_succeeded_data._src = src_dict
        del billing_auto_topup_succeeded_data.invoice

        if len(src_dict) != 7:
            billing_auto_topup_succeeded_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "feature_id",
                    "quantity_granted",
                    "threshold",
                    "balance_after",
                    "invoice_mode",
                    "invoice",
                }
            }
        return billing_auto_topup_succeeded_data

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


from ..models.billing_auto_topup_succeeded_data_invoice import BillingAutoTopupSucceededDataInvoice  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_invoice(data: Any) -> Any:
    invoice = BillingAutoTopupSucceededDataInvoice.from_dict(data)

    return invoice


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingAutoTopupSucceededData._NESTED = {
    "invoice": ("invoice", _build_invoice),
}
