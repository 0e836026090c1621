# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
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

from ..models.purchase_limit_interval import PurchaseLimitInterval
from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoTopupPurchaseLimit")


@_attrs_define
class AutoTopupPurchaseLimit:
    """Optional rate limit to cap how often auto top-ups occur. Pass count to set the current window's consumed top-ups."""

    interval: PurchaseLimitInterval
    """ The time interval for the purchase limit window. """
    limit: float
    """ Maximum number of auto top-ups allowed within the interval. """
    interval_count: float | Unset = 1.0
    """ Number of intervals in the purchase limit window. """
    count: float | Unset = UNSET
    """ Set the current window's consumed auto top-up count. Omit to leave runtime state unchanged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        limit = self.limit

        interval_count = self.interval_count

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "limit": limit,
            }
        )
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interval = _PurchaseLimitInterval_VALUES.get(src_dict["interval"]) or PurchaseLimitInterval(
            src_dict["interval"]
        )

        limit = src_dict["limit"]
        if not (type(limit) is int or type(limit) is float):
            raise TypeError(f"limit: expected a number, not {type(limit).__name__}")

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        count = src_dict.get("count", UNSET)
        if count is not UNSET and not (type(count) is int or type(count) is float):
            raise TypeError(f"count: expected a number, not {type(count).__name__}")

        auto_topup_purchase_limit = cls(
            interval,
            limit,
            interval_count,
            count,
        )

        if len(src_dict) != 2 + ("interval_count" in src_dict) + ("count" in src_dict):
            auto_topup_purchase_limit.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "limit",
                    "interval_count",
                    "count",
                }
            }
        return auto_topup_purchase_limit

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


# AutoTopupPurchaseLimit as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class AutoTopupPurchaseLimitDict(TypedDict, total=False):
    interval: Required[Literal["hour", "day", "week", "month"] | PurchaseLimitInterval]
    limit: Required[float]
    interval_count: float
    count: float


if TYPE_CHECKING:
    from ..models.purchase_limit_interval import PurchaseLimitInterval


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_PurchaseLimitInterval_VALUES = cast(
    "dict[object, PurchaseLimitInterval]", PurchaseLimitInterval._value2member_map_
)
