# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityDataBillingControls")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class EntityDataBillingControls(_NestedFields):
    """Billing controls for the entity."""

    spend_limits: list[BillingControlsSpendLimit] | Unset = UNSET
    """ List of spend limits per feature. Each entry caps overage (overage_limit) and/or per-interval usage
    (usage_limit). """
    usage_limits: list[BillingControlsUsageLimit] | Unset = UNSET
    """ List of hard usage caps per feature for this entity. An entity entry overrides the customer's for that
    feature. """
    usage_alerts: list[BillingControlsUsageAlert] | Unset = UNSET
    """ List of usage alert configurations per feature. """
    overage_allowed: list[BillingControlsOverageAllowed] | Unset = UNSET
    """ List of overage allowed controls per feature. When enabled, usage can exceed balance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        _spend_limits = src_dict.get("spend_limits", UNSET)

        _usage_limits = src_dict.get("usage_limits", UNSET)

        _usage_alerts = src_dict.get("usage_alerts", UNSET)

        _overage_allowed = src_dict.get("overage_allowed", UNSET)

        entity_data_billing_controls = cls(
            UNSET,
            UNSET,
            UNSET,
            UNSET,
        )
        entity_data_billing_controls._src = src_dict
        if _spend_limits is not UNSET:
            del entity_data_billing_controls.spend_limits
        if _usage_limits is not UNSET:
            del entity_data_billing_controls.usage_limits
        if _usage_alerts is not UNSET:
            del entity_data_billing_controls.usage_alerts
        if _overage_allowed is not UNSET:
            del entity_data_billing_controls.overage_allowed

        if len(src_dict) != 0 + ("spend_limits" in src_dict) + ("usage_limits" in src_dict) + (
            "usage_alerts" in src_dict
        ) + ("overage_allowed" in src_dict):
            entity_data_billing_controls.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "spend_limits",
                    "usage_limits",
                    "usage_alerts",
                    "overage_allowed",
                }
            }
        return entity_data_billing_controls

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


# EntityDataBillingControls as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class EntityDataBillingControlsDict(TypedDict, total=False):
    spend_limits: Sequence[BillingControlsSpendLimit | BillingControlsSpendLimitDict]
    usage_limits: Sequence[BillingControlsUsageLimit | BillingControlsUsageLimitDict]
    usage_alerts: Sequence[BillingControlsUsageAlert | BillingControlsUsageAlertDict]
    overage_allowed: Sequence[BillingControlsOverageAllowed | BillingControlsOverageAllowedDict]


if TYPE_CHECKING:
    from ..models.billing_controls_overage_allowed import (
        BillingControlsOverageAllowed,
        BillingControlsOverageAllowedDict,
    )
    from ..models.billing_controls_spend_limit import BillingControlsSpendLimit, BillingControlsSpendLimitDict
    from ..models.billing_controls_usage_alert import BillingControlsUsageAlert, BillingControlsUsageAlertDict
    from ..models.billing_controls_usage_limit import BillingControlsUsageLimit, BillingControlsUsageLimitDict

from ..models.billing_controls_overage_allowed import BillingControlsOverageAllowed  # noqa: E402
from ..models.billing_controls_spend_limit import BillingControlsSpendLimit  # noqa: E402
from ..models.billing_controls_usage_alert import BillingControlsUsageAlert  # noqa: E402
from ..models.billing_controls_usage_limit import BillingControlsUsageLimit  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_spend_limits(data: Any) -> Any:
    _spend_limits = data
    spend_limits: list[BillingControlsSpendLimit] | Unset = UNSET
    if _spend_limits is not UNSET:
        spend_limits = []
        for spend_limits_item_data in _spend_limits:
            spend_limits_item = BillingControlsSpendLimit.from_dict(spend_limits_item_data)

            spend_limits.append(spend_limits_item)

    return spend_limits


def _build_usage_limits(data: Any) -> Any:
    _usage_limits = data
    usage_limits: list[BillingControlsUsageLimit] | Unset = UNSET
    if _usage_limits is not UNSET:
        usage_limits = []
        for usage_limits_item_data in _usage_limits:
            usage_limits_item = BillingControlsUsageLimit.from_dict(usage_limits_item_data)

            usage_limits.append(usage_limits_item)

    return usage_limits


def _build_usage_alerts(data: Any) -> Any:
    _usage_alerts = data
    usage_alerts: list[BillingControlsUsageAlert] | Unset = UNSET
    if _usage_alerts is not UNSET:
        usage_alerts = []
        for usage_alerts_item_data in _usage_alerts:
            usage_alerts_item = BillingControlsUsageAlert.from_dict(usage_alerts_item_data)

            usage_alerts.append(usage_alerts_item)

    return usage_alerts


def _build_overage_allowed(data: Any) -> Any:
    _overage_allowed = data
    overage_allowed: list[BillingControlsOverageAllowed] | Unset = UNSET
    if _overage_allowed is not UNSET:
        overage_allowed = []
        for overage_allowed_item_data in _overage_allowed:
            overage_allowed_item = BillingControlsOverageAllowed.from_dict(overage_allowed_item_data)

            overage_allowed.append(overage_allowed_item)

    return overage_allowed


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
EntityDataBillingControls._NESTED = {
    "spend_limits": ("spend_limits", _build_spend_limits),
    "usage_limits": ("usage_limits", _build_usage_limits),
    "usage_alerts": ("usage_alerts", _build_usage_alerts),
    "overage_allowed": ("overage_allowed", _build_overage_allowed),
}
