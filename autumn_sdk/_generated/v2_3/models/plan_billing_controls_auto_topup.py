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

T = TypeVar("T", bound="PlanBillingControlsAutoTopup")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class PlanBillingControlsAutoTopup(_NestedFields):
    feature_id: str
    """ The ID of the feature (credit balance) to auto top-up. """
    threshold: float
    """ When the balance drops below this threshold, an auto top-up will be purchased. """
    quantity: float
    """ Amount of credits to add per auto top-up. """
    enabled: bool | Unset = False
    """ Whether auto top-up is enabled. """
    purchase_limit: CustomerBillingControlsAutoTopupPurchaseLimit2 | Unset = UNSET
    invoice_mode: bool | Unset = UNSET
    """ When true, auto top-up creates a send_invoice invoice instead of auto-charging. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        threshold = self.threshold

        quantity = self.quantity

        enabled = self.enabled

        purchase_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_limit, Unset):
            purchase_limit = self.purchase_limit.to_dict()

        invoice_mode = self.invoice_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "threshold": threshold,
                "quantity": quantity,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if purchase_limit is not UNSET:
            field_dict["purchase_limit"] = purchase_limit
        if invoice_mode is not UNSET:
            field_dict["invoice_mode"] = invoice_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        threshold = src_dict["threshold"]
        if not (type(threshold) is int or type(threshold) is float):
            raise TypeError(f"threshold: expected a number, not {type(threshold).__name__}")

        quantity = src_dict["quantity"]
        if not (type(quantity) is int or type(quantity) is float):
            raise TypeError(f"quantity: expected a number, not {type(quantity).__name__}")

        enabled = src_dict.get("enabled", UNSET)
        if enabled is not UNSET and not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        _purchase_limit = src_dict.get("purchase_limit", UNSET)

        invoice_mode = src_dict.get("invoice_mode", UNSET)
        if invoice_mode is not UNSET and not (type(invoice_mode) is bool):
            raise TypeError(f"invoice_mode: expected a boolean, not {type(invoice_mode).__name__}")

        plan_billing_controls_auto_topup = cls(
            feature_id,
            threshold,
            quantity,
            enabled,
            UNSET,
            invoice_mode,
        )
        plan_billing_controls_auto_topup._src = src_dict
        if _purchase_limit is not UNSET:
            del plan_billing_controls_auto_topup.purchase_limit

        if len(src_dict) != 3 + ("enabled" in src_dict) + ("purchase_limit" in src_dict) + (
            "invoice_mode" in src_dict
        ):
            plan_billing_controls_auto_topup.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "threshold",
                    "quantity",
                    "enabled",
                    "purchase_limit",
                    "invoice_mode",
                }
            }
        return plan_billing_controls_auto_topup

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


from ..models.customer_billing_controls_auto_topup_purchase_limit_2 import (
    CustomerBillingControlsAutoTopupPurchaseLimit2,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_purchase_limit(data: Any) -> Any:
    _purchase_limit = data
    purchase_limit: CustomerBillingControlsAutoTopupPurchaseLimit2 | Unset
    if isinstance(_purchase_limit, Unset):
        purchase_limit = UNSET
    else:
        purchase_limit = CustomerBillingControlsAutoTopupPurchaseLimit2.from_dict(_purchase_limit)

    return purchase_limit


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PlanBillingControlsAutoTopup._NESTED = {
    "purchase_limit": ("purchase_limit", _build_purchase_limit),
}
