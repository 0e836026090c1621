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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControls")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControls(_NestedFields):
    """Override the plan's billing controls (auto top-ups, spend limits, usage limits, usage alerts, overage allowed) for
    this customer.

    """

    auto_topups: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup]
        | Unset
    ) = UNSET
    """ List of auto top-up configurations per feature. """
    spend_limits: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsSpendLimit]
        | Unset
    ) = UNSET
    """ List of overage spend limits per feature (caps overage spend). """
    usage_limits: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageLimit]
        | Unset
    ) = UNSET
    """ List of hard usage caps per feature (max units per interval). """
    usage_alerts: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert]
        | Unset
    ) = UNSET
    """ List of usage alert configurations per feature. """
    overage_allowed: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed]
        | Unset
    ) = UNSET
    """ List of overage allowed controls per feature. When enabled, usage can exceed balance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_topups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auto_topups, Unset):
            auto_topups = []
            for auto_topups_item_data in self.auto_topups:
                auto_topups_item = auto_topups_item_data.to_dict()
                auto_topups.append(auto_topups_item)

        spend_limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spend_limits, Unset):
            spend_limits = []
            for spend_limits_item_data in self.spend_limits:
                spend_limits_item = spend_limits_item_data.to_dict()
                spend_limits.append(spend_limits_item)

        usage_limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage_limits, Unset):
            usage_limits = []
            for usage_limits_item_data in self.usage_limits:
                usage_limits_item = usage_limits_item_data.to_dict()
                usage_limits.append(usage_limits_item)

        usage_alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.usage_alerts, Unset):
            usage_alerts = []
            for usage_alerts_item_data in self.usage_alerts:
                usage_alerts_item = usage_alerts_item_data.to_dict()
                usage_alerts.append(usage_alerts_item)

        overage_allowed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.overage_allowed, Unset):
            overage_allowed = []
            for overage_allowed_item_data in self.overage_allowed:
                overage_allowed_item = overage_allowed_item_data.to_dict()
                overage_allowed.append(overage_allowed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_topups is not UNSET:
            field_dict["auto_topups"] = auto_topups
        if spend_limits is not UNSET:
            field_dict["spend_limits"] = spend_limits
        if usage_limits is not UNSET:
            field_dict["usage_limits"] = usage_limits
        if usage_alerts is not UNSET:
            field_dict["usage_alerts"] = usage_alerts
        if overage_allowed is not UNSET:
            field_dict["overage_allowed"] = overage_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auto_topups = src_dict.get("auto_topups", UNSET)

        _spend_limits = src_dict.get("spend_limits", UNSET)

        _usage_limits = src_dict.get("usage_limits", UNSET)

        _usage_alerts = src_dict.get("usage_alerts", UNSET)

        _overage_allowed = src_dict.get("overage_allowed", UNSET)

        billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls = cls(
            UNSET,
            UNSET,
            UNSET,
            UNSET,
            UNSET,
        )
        billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls._src = (
            src_dict
        )
        if _auto_topups is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls.auto_topups
        if _spend_limits is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls.spend_limits
        if _usage_limits is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls.usage_limits
        if _usage_alerts is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls.usage_alerts
        if _overage_allowed is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls.overage_allowed

        if len(src_dict) != 0 + ("auto_topups" in src_dict) + ("spend_limits" in src_dict) + (
            "usage_limits" in src_dict
        ) + ("usage_alerts" in src_dict) + ("overage_allowed" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "auto_topups",
                    "spend_limits",
                    "usage_limits",
                    "usage_alerts",
                    "overage_allowed",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls

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


from ..models.billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup import (
    BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_overage_allowed import (
    BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_spend_limit import (
    BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsSpendLimit,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_alert import (
    BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_limit import (
    BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageLimit,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_auto_topups(data: Any) -> Any:
    _auto_topups = data
    auto_topups: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup]
        | Unset
    ) = UNSET
    if _auto_topups is not UNSET:
        auto_topups = []
        for auto_topups_item_data in _auto_topups:
            auto_topups_item = BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup.from_dict(
                auto_topups_item_data
            )

            auto_topups.append(auto_topups_item)

    return auto_topups


def _build_spend_limits(data: Any) -> Any:
    _spend_limits = data
    spend_limits: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsSpendLimit]
        | Unset
    ) = UNSET
    if _spend_limits is not UNSET:
        spend_limits = []
        for spend_limits_item_data in _spend_limits:
            spend_limits_item = BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsSpendLimit.from_dict(
                spend_limits_item_data
            )

            spend_limits.append(spend_limits_item)

    return spend_limits


def _build_usage_limits(data: Any) -> Any:
    _usage_limits = data
    usage_limits: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageLimit]
        | Unset
    ) = UNSET
    if _usage_limits is not UNSET:
        usage_limits = []
        for usage_limits_item_data in _usage_limits:
            usage_limits_item = BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageLimit.from_dict(
                usage_limits_item_data
            )

            usage_limits.append(usage_limits_item)

    return usage_limits


def _build_usage_alerts(data: Any) -> Any:
    _usage_alerts = data
    usage_alerts: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert]
        | Unset
    ) = UNSET
    if _usage_alerts is not UNSET:
        usage_alerts = []
        for usage_alerts_item_data in _usage_alerts:
            usage_alerts_item = BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert.from_dict(
                usage_alerts_item_data
            )

            usage_alerts.append(usage_alerts_item)

    return usage_alerts


def _build_overage_allowed(data: Any) -> Any:
    _overage_allowed = data
    overage_allowed: (
        list[BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed]
        | Unset
    ) = UNSET
    if _overage_allowed is not UNSET:
        overage_allowed = []
        for overage_allowed_item_data in _overage_allowed:
            overage_allowed_item = BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed.from_dict(
                overage_allowed_item_data
            )

            overage_allowed.append(overage_allowed_item)

    return overage_allowed


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControls._NESTED = {
    "auto_topups": ("auto_topups", _build_auto_topups),
    "spend_limits": ("spend_limits", _build_spend_limits),
    "usage_limits": ("usage_limits", _build_usage_limits),
    "usage_alerts": ("usage_alerts", _build_usage_alerts),
    "overage_allowed": ("overage_allowed", _build_overage_allowed),
}
