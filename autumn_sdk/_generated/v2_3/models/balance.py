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

T = TypeVar("T", bound="Balance")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Balance(_NestedFields):
    feature_id: str
    """ The feature ID this balance is for. """
    granted: float
    """ Total balance granted (included + prepaid). """
    remaining: float
    """ Remaining balance available for use. """
    usage: float
    """ Total usage consumed in the current period. """
    unlimited: bool
    """ Whether this feature has unlimited usage. """
    overage_allowed: bool
    """ Whether usage beyond the granted balance is allowed (with overage charges). """
    max_purchase: float | None
    """ Maximum quantity that can be purchased as a top-up, or null for unlimited. """
    next_reset_at: float | None
    """ Timestamp when the balance will reset, or null for no reset. """
    feature: Feature | Unset = UNSET
    """ The full feature object if expanded. """
    breakdown: list[BalanceBreakdown] | Unset = UNSET
    """ Detailed breakdown of balance sources when stacking multiple plans or grants. """
    rollovers: list[BalanceRollover] | Unset = UNSET
    """ Rollover balances carried over from previous periods. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        granted = self.granted

        remaining = self.remaining

        usage = self.usage

        unlimited = self.unlimited

        overage_allowed = self.overage_allowed

        max_purchase: float | None
        max_purchase = self.max_purchase

        next_reset_at: float | None
        next_reset_at = self.next_reset_at

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        breakdown: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breakdown, Unset):
            breakdown = []
            for breakdown_item_data in self.breakdown:
                breakdown_item = breakdown_item_data.to_dict()
                breakdown.append(breakdown_item)

        rollovers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rollovers, Unset):
            rollovers = []
            for rollovers_item_data in self.rollovers:
                rollovers_item = rollovers_item_data.to_dict()
                rollovers.append(rollovers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "granted": granted,
                "remaining": remaining,
                "usage": usage,
                "unlimited": unlimited,
                "overage_allowed": overage_allowed,
                "max_purchase": max_purchase,
                "next_reset_at": next_reset_at,
            }
        )
        if feature is not UNSET:
            field_dict["feature"] = feature
        if breakdown is not UNSET:
            field_dict["breakdown"] = breakdown
        if rollovers is not UNSET:
            field_dict["rollovers"] = rollovers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        granted = src_dict["granted"]
        if not (type(granted) is int or type(granted) is float):
            raise TypeError(f"granted: expected a number, not {type(granted).__name__}")

        remaining = src_dict["remaining"]
        if not (type(remaining) is int or type(remaining) is float):
            raise TypeError(f"remaining: expected a number, not {type(remaining).__name__}")

        usage = src_dict["usage"]
        if not (type(usage) is int or type(usage) is float):
            raise TypeError(f"usage: expected a number, not {type(usage).__name__}")

        unlimited = src_dict["unlimited"]
        if not (type(unlimited) is bool):
            raise TypeError(f"unlimited: expected a boolean, not {type(unlimited).__name__}")

        overage_allowed = src_dict["overage_allowed"]
        if not (type(overage_allowed) is bool):
            raise TypeError(f"overage_allowed: expected a boolean, not {type(overage_allowed).__name__}")

        max_purchase: float | None = src_dict["max_purchase"]
        if not (type(max_purchase) is int or type(max_purchase) is float or max_purchase is None):
            raise TypeError(f"max_purchase: unexpected {type(max_purchase).__name__}")

        next_reset_at: float | None = src_dict["next_reset_at"]
        if not (type(next_reset_at) is int or type(next_reset_at) is float or next_reset_at is None):
            raise TypeError(f"next_reset_at: unexpected {type(next_reset_at).__name__}")

        _feature = src_dict.get("feature", UNSET)

        _breakdown = src_dict.get("breakdown", UNSET)

        _rollovers = src_dict.get("rollovers", UNSET)

        balance = cls(
            feature_id,
            granted,
            remaining,
            usage,
            unlimited,
            overage_allowed,
            max_purchase,
            next_reset_at,
            UNSET,
            UNSET,
            UNSET,
        )
        balance._src = src_dict
        if _feature is not UNSET:
            del balance.feature
        if _breakdown is not UNSET:
            del balance.breakdown
        if _rollovers is not UNSET:
            del balance.rollovers

        if len(src_dict) != 8 + ("feature" in src_dict) + ("breakdown" in src_dict) + (
            "rollovers" in src_dict
        ):
            balance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "granted",
                    "remaining",
                    "usage",
                    "unlimited",
                    "overage_allowed",
                    "max_purchase",
                    "next_reset_at",
                    "feature",
                    "breakdown",
                    "rollovers",
                }
            }
        return balance

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


from ..models.balance_breakdown import BalanceBreakdown  # noqa: E402
from ..models.balance_rollover import BalanceRollover  # noqa: E402
from ..models.feature import Feature  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_feature(data: Any) -> Any:
    _feature = data
    feature: Feature | Unset
    if isinstance(_feature, Unset):
        feature = UNSET
    else:
        feature = Feature.from_dict(_feature)

    return feature


def _build_breakdown(data: Any) -> Any:
    _breakdown = data
    breakdown: list[BalanceBreakdown] | Unset = UNSET
    if _breakdown is not UNSET:
        breakdown = []
        for breakdown_item_data in _breakdown:
            breakdown_item = BalanceBreakdown.from_dict(breakdown_item_data)

            breakdown.append(breakdown_item)

    return breakdown


def _build_rollovers(data: Any) -> Any:
    _rollovers = data
    rollovers: list[BalanceRollover] | Unset = UNSET
    if _rollovers is not UNSET:
        rollovers = []
        for rollovers_item_data in _rollovers:
            rollovers_item = BalanceRollover.from_dict(rollovers_item_data)

            rollovers.append(rollovers_item)

    return rollovers


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Balance._NESTED = {
    "feature": ("feature", _build_feature),
    "breakdown": ("breakdown", _build_breakdown),
    "rollovers": ("rollovers", _build_rollovers),
}
