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

from ..models.billing_controls_usage_limit_anchor import BillingControlsUsageLimitAnchor
from ..models.billing_controls_usage_limit_interval import BillingControlsUsageLimitInterval
from ..models.customer_billing_controls_auto_topup_source import CustomerBillingControlsAutoTopupSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBillingControlsUsageLimit")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CustomerBillingControlsUsageLimit(_NestedFields):
    feature_id: str
    """ The feature this usage limit applies to. """
    limit: float
    """ Maximum units allowed per interval. """
    interval: BillingControlsUsageLimitInterval
    """ Interval for the cap, aligned to the customer's billing cycle. """
    enabled: bool | Unset = True
    """ Whether this usage limit is enabled. """
    anchor: BillingControlsUsageLimitAnchor | Unset = UNSET
    """ Window alignment. 'billing_cycle' phases the interval to the customer's renewal time; 'utc' aligns to the
    UTC calendar. """
    filter_: CustomerBillingControlsUsageLimitFilter | Unset = UNSET
    """ When set, only usage from events whose properties match counts toward this cap. Omit to count all usage of
    the feature. """
    usage: float | Unset = UNSET
    """ Current usage already consumed in the active interval. Response-only; not stored on billing controls. """
    source: CustomerBillingControlsAutoTopupSource | Unset = UNSET
    """ Response-only: whether the entry is a customer-level override or inherited from an attached plan's defaults.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        limit = self.limit

        interval = self.interval.value

        enabled = self.enabled

        anchor: str | Unset = UNSET
        if not isinstance(self.anchor, Unset):
            anchor = self.anchor.value

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        usage = self.usage

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "limit": limit,
                "interval": interval,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if usage is not UNSET:
            field_dict["usage"] = usage
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        limit = src_dict["limit"]
        if not (type(limit) is int or type(limit) is float):
            raise TypeError(f"limit: expected a number, not {type(limit).__name__}")

        interval = _BillingControlsUsageLimitInterval_VALUES.get(
            src_dict["interval"]
        ) or BillingControlsUsageLimitInterval(src_dict["interval"])

        enabled = src_dict.get("enabled", UNSET)
        if enabled is not UNSET and not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        _anchor = src_dict.get("anchor", UNSET)
        anchor: BillingControlsUsageLimitAnchor | Unset
        if isinstance(_anchor, Unset):
            anchor = UNSET
        else:
            anchor = _BillingControlsUsageLimitAnchor_VALUES.get(_anchor) or BillingControlsUsageLimitAnchor(
                _anchor
            )

        _filter_ = src_dict.get("filter", UNSET)

        usage = src_dict.get("usage", UNSET)
        if usage is not UNSET and not (type(usage) is int or type(usage) is float):
            raise TypeError(f"usage: expected a number, not {type(usage).__name__}")

        _source = src_dict.get("source", UNSET)
        source: CustomerBillingControlsAutoTopupSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = _CustomerBillingControlsAutoTopupSource_VALUES.get(
                _source
            ) or CustomerBillingControlsAutoTopupSource(_source)

        customer_billing_controls_usage_limit = cls(
            feature_id,
            limit,
            interval,
            enabled,
            anchor,
            UNSET,
            usage,
            source,
        )
        customer_billing_controls_usage_limit._src = src_dict
        if _filter_ is not UNSET:
            del customer_billing_controls_usage_limit.filter_

        if len(src_dict) != 3 + ("enabled" in src_dict) + ("anchor" in src_dict) + ("filter" in src_dict) + (
            "usage" in src_dict
        ) + ("source" in src_dict):
            customer_billing_controls_usage_limit.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "limit",
                    "interval",
                    "enabled",
                    "anchor",
                    "filter",
                    "usage",
                    "source",
                }
            }
        return customer_billing_controls_usage_limit

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

    @property
    def filter(self) -> CustomerBillingControlsUsageLimitFilter | Unset:
        """The field as Autumn's SDK names it (also ``filter_``: keyword arguments keep the ``_``)."""
        return self.filter_


from ..models.customer_billing_controls_usage_limit_filter import CustomerBillingControlsUsageLimitFilter  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_filter_(data: Any) -> Any:
    _filter_ = data
    filter_: CustomerBillingControlsUsageLimitFilter | Unset
    if isinstance(_filter_, Unset):
        filter_ = UNSET
    else:
        filter_ = CustomerBillingControlsUsageLimitFilter.from_dict(_filter_)

    return filter_


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CustomerBillingControlsUsageLimit._NESTED = {
    "filter_": ("filter", _build_filter_),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingControlsUsageLimitAnchor_VALUES = cast(
    "dict[object, BillingControlsUsageLimitAnchor]", BillingControlsUsageLimitAnchor._value2member_map_
)
_BillingControlsUsageLimitInterval_VALUES = cast(
    "dict[object, BillingControlsUsageLimitInterval]", BillingControlsUsageLimitInterval._value2member_map_
)
_CustomerBillingControlsAutoTopupSource_VALUES = cast(
    "dict[object, CustomerBillingControlsAutoTopupSource]",
    CustomerBillingControlsAutoTopupSource._value2member_map_,
)
