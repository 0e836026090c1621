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

from ..models.billing_auto_topup_failed_data_reason import BillingAutoTopupFailedDataReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingAutoTopupFailedData")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingAutoTopupFailedData(_NestedFields):
    customer_id: str
    """ The ID of the customer whose auto top-up failed. """
    feature_id: str
    """ The feature ID that Autumn attempted to auto top-up. """
    reason: BillingAutoTopupFailedDataReason
    """ Machine-readable reason the automatic top-up did not grant balance. """
    quantity: float | None | Unset = UNSET
    """ The normalized amount of balance Autumn attempted to grant, when a matching auto top-up config was
    available. """
    threshold: float | None | Unset = UNSET
    """ The configured balance threshold for the auto top-up, when available. """
    balance: float | None | Unset = UNSET
    """ The customer's remaining balance for the feature at the time the failure was detected, when available. """
    invoice_mode: bool | None | Unset = UNSET
    """ Whether the auto top-up was configured to create a send_invoice invoice instead of auto-charging. """
    error: BillingAutoTopupFailedDataError | None | Unset = UNSET
    """ Sanitized provider or Autumn error metadata, when the failure came from an exception or declined charge. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        feature_id = self.feature_id

        reason = self.reason.value

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        threshold: float | None | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        invoice_mode: bool | None | Unset
        if isinstance(self.invoice_mode, Unset):
            invoice_mode = UNSET
        else:
            invoice_mode = self.invoice_mode

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, BillingAutoTopupFailedDataError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "feature_id": feature_id,
                "reason": reason,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if balance is not UNSET:
            field_dict["balance"] = balance
        if invoice_mode is not UNSET:
            field_dict["invoice_mode"] = invoice_mode
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        reason = _BillingAutoTopupFailedDataReason_VALUES.get(
            src_dict["reason"]
        ) or BillingAutoTopupFailedDataReason(src_dict["reason"])

        quantity: float | None | Unset = src_dict.get("quantity", UNSET)
        if not (quantity is UNSET or type(quantity) is int or type(quantity) is float or quantity is None):
            raise TypeError(f"quantity: unexpected {type(quantity).__name__}")

        threshold: float | None | Unset = src_dict.get("threshold", UNSET)
        if not (
            threshold is UNSET or type(threshold) is int or type(threshold) is float or threshold is None
        ):
            raise TypeError(f"threshold: unexpected {type(threshold).__name__}")

        balance: float | None | Unset = src_dict.get("balance", UNSET)
        if not (balance is UNSET or type(balance) is int or type(balance) is float or balance is None):
            raise TypeError(f"balance: unexpected {type(balance).__name__}")

        invoice_mode: bool | None | Unset = src_dict.get("invoice_mode", UNSET)
        if not (invoice_mode is UNSET or type(invoice_mode) is bool or invoice_mode is None):
            raise TypeError(f"invoice_mode: unexpected {type(invoice_mode).__name__}")

        _error = src_dict.get("error", UNSET)

        billing_auto_topup_failed_data = cls(
            customer_id,
            feature_id,
            reason,
            quantity,
            threshold,
            balance,
            invoice_mode,
            _error if _error is None else UNSET,
        )
        billing_auto_topup_failed_data._src = src_dict
        if _error is not None and _error is not UNSET:
            del billing_auto_topup_failed_data.error

        if len(src_dict) != 3 + ("quantity" in src_dict) + ("threshold" in src_dict) + (
            "balance" in src_dict
        ) + ("invoice_mode" in src_dict) + ("error" in src_dict):
            billing_auto_topup_failed_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "feature_id",
                    "reason",
                    "quantity",
                    "threshold",
                    "balance",
                    "invoice_mode",
                    "error",
                }
            }
        return billing_auto_topup_failed_data

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


from ..models.billing_auto_topup_failed_data_error import BillingAutoTopupFailedDataError  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_error(data: Any) -> Any:
    _error = data
    error: BillingAutoTopupFailedDataError | None | Unset
    if _error is None:
        error = None
    elif isinstance(_error, Unset):
        error = UNSET
    elif isinstance(_error, dict):
        error_type_0 = BillingAutoTopupFailedDataError.from_dict(_error)

        error = error_type_0
    else:
        raise TypeError(f"error: unexpected {type(_error).__name__}")

    return error


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingAutoTopupFailedData._NESTED = {
    "error": ("error", _build_error),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingAutoTopupFailedDataReason_VALUES = cast(
    "dict[object, BillingAutoTopupFailedDataReason]", BillingAutoTopupFailedDataReason._value2member_map_
)
