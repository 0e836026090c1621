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

from ..models.purchase_limit_interval import PurchaseLimitInterval

T = TypeVar("T", bound="CustomerBillingControlsAutoTopupPurchaseLimit1")


@_attrs_define
class CustomerBillingControlsAutoTopupPurchaseLimit1:
    interval: None | PurchaseLimitInterval
    """ The time interval for the purchase limit window. Null when no purchase limit is configured. """
    interval_count: float | None
    """ Number of intervals in the purchase limit window. Null when no purchase limit is configured. """
    limit: float | None
    """ Maximum number of auto top-ups allowed within the interval. Null when no purchase limit is configured. """
    count: float
    """ Number of auto top-ups already consumed in the current window. """
    next_reset_at: float
    """ Unix ms timestamp when the current purchase window ends and the count resets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval: None | str
        if isinstance(self.interval, PurchaseLimitInterval):
            interval = self.interval.value
        else:
            interval = self.interval

        interval_count: float | None
        interval_count = self.interval_count

        limit: float | None
        limit = self.limit

        count = self.count

        next_reset_at = self.next_reset_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "interval_count": interval_count,
                "limit": limit,
                "count": count,
                "next_reset_at": next_reset_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _interval = src_dict["interval"]
        interval: None | PurchaseLimitInterval
        if _interval is None:
            interval = None
        elif isinstance(_interval, str):
            interval_type_0 = _PurchaseLimitInterval_VALUES.get(_interval) or PurchaseLimitInterval(_interval)

            interval = interval_type_0
        else:
            raise TypeError(f"interval: unexpected {type(_interval).__name__}")

        interval_count: float | None = src_dict["interval_count"]
        if not (type(interval_count) is int or type(interval_count) is float or interval_count is None):
            raise TypeError(f"interval_count: unexpected {type(interval_count).__name__}")

        limit: float | None = src_dict["limit"]
        if not (type(limit) is int or type(limit) is float or limit is None):
            raise TypeError(f"limit: unexpected {type(limit).__name__}")

        count = src_dict["count"]
        if not (type(count) is int or type(count) is float):
            raise TypeError(f"count: expected a number, not {type(count).__name__}")

        next_reset_at = src_dict["next_reset_at"]
        if not (type(next_reset_at) is int or type(next_reset_at) is float):
            raise TypeError(f"next_reset_at: expected a number, not {type(next_reset_at).__name__}")

        customer_billing_controls_auto_topup_purchase_limit_1 = cls(
            interval,
            interval_count,
            limit,
            count,
            next_reset_at,
        )

        if len(src_dict) != 5:
            customer_billing_controls_auto_topup_purchase_limit_1.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "interval_count",
                    "limit",
                    "count",
                    "next_reset_at",
                }
            }
        return customer_billing_controls_auto_topup_purchase_limit_1

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
_PurchaseLimitInterval_VALUES = cast(
    "dict[object, PurchaseLimitInterval]", PurchaseLimitInterval._value2member_map_
)
