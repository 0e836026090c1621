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

T = TypeVar(
    "T", bound="BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup"
)


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup(
    _NestedFields
):
    feature_id: str
    """ The ID of the feature (credit balance) to auto top-up. """
    threshold: float
    """ When the balance drops below this threshold, an auto top-up will be purchased. """
    quantity: float
    """ Amount of credits to add per auto top-up. """
    enabled: bool = False
    """ Whether auto top-up is enabled. """
    purchase_limit: (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopupPurchaseLimit
        | Unset
    ) = UNSET
    """ Optional rate limit to cap how often auto top-ups occur. Pass count to set the current window's consumed
    top-ups. """
    invoice_mode: bool | Unset = UNSET
    """ When true, auto top-up creates a send_invoice invoice instead of auto-charging. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        enabled = self.enabled

        threshold = self.threshold

        quantity = self.quantity

        purchase_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase_limit, Unset):
            purchase_limit = self.purchase_limit.to_dict()

        invoice_mode = self.invoice_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "enabled": enabled,
                "threshold": threshold,
                "quantity": quantity,
            }
        )
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

        enabled = src_dict["enabled"]
        if not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        threshold = src_dict["threshold"]
        if not (type(threshold) is int or type(threshold) is float):
            raise TypeError(f"threshold: expected a number, not {type(threshold).__name__}")

        quantity = src_dict["quantity"]
        if not (type(quantity) is int or type(quantity) is float):
            raise TypeError(f"quantity: expected a number, not {type(quantity).__name__}")

        _purchase_limit = src_dict.get("purchase_limit", UNSET)

        invoice_mode = src_dict.get("invoice_mode", UNSET)
        if invoice_mode is not UNSET and not (type(invoice_mode) is bool):
            raise TypeError(f"invoice_mode: expected a boolean, not {type(invoice_mode).__name__}")

        billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup = cls(
            feature_id,
            threshold,
            quantity,
            enabled,
            UNSET,
            invoice_mode,
        )
        billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup._src = src_dict
        if _purchase_limit is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup.purchase_limit

        if len(src_dict) != 4 + ("purchase_limit" in src_dict) + ("invoice_mode" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "enabled",
                    "threshold",
                    "quantity",
                    "purchase_limit",
                    "invoice_mode",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup

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


from ..models.billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup_purchase_limit import (
    BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopupPurchaseLimit,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_purchase_limit(data: Any) -> Any:
    _purchase_limit = data
    purchase_limit: (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopupPurchaseLimit
        | Unset
    )
    if isinstance(_purchase_limit, Unset):
        purchase_limit = UNSET
    else:
        purchase_limit = BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopupPurchaseLimit.from_dict(
            _purchase_limit
        )

    return purchase_limit


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup._NESTED = {
    "purchase_limit": ("purchase_limit", _build_purchase_limit),
}
