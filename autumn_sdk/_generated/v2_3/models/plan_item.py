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

T = TypeVar("T", bound="PlanItem")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class PlanItem(_NestedFields):
    """Configuration for a feature item in a plan, including usage limits, pricing, and rollover settings."""

    feature_id: str
    """ The ID of the feature to configure. """
    included: float | Unset = UNSET
    """ Number of free units included. Balance resets to this each interval for consumable features. """
    unlimited: bool | Unset = UNSET
    """ If true, customer has unlimited access to this feature. """
    pooled: bool | Unset = False
    """ Whether entity-level grants contribute to a shared customer balance. """
    reset: ItemReset | Unset = UNSET
    price: PlanItemPrice | Unset = UNSET
    """ Pricing for usage beyond included units. Omit for free features. """
    proration: PlanItemProration | Unset = UNSET
    """ Proration settings for prepaid features. Controls mid-cycle quantity change billing. """
    rollover: PlanItemRollover | Unset = UNSET
    """ Rollover config for unused units. If set, unused included units carry over. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        included = self.included

        unlimited = self.unlimited

        pooled = self.pooled

        reset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reset, Unset):
            reset = self.reset.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        proration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proration, Unset):
            proration = self.proration.to_dict()

        rollover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rollover, Unset):
            rollover = self.rollover.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included
        if unlimited is not UNSET:
            field_dict["unlimited"] = unlimited
        if pooled is not UNSET:
            field_dict["pooled"] = pooled
        if reset is not UNSET:
            field_dict["reset"] = reset
        if price is not UNSET:
            field_dict["price"] = price
        if proration is not UNSET:
            field_dict["proration"] = proration
        if rollover is not UNSET:
            field_dict["rollover"] = rollover

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        included = src_dict.get("included", UNSET)
        if included is not UNSET and not (type(included) is int or type(included) is float):
            raise TypeError(f"included: expected a number, not {type(included).__name__}")

        unlimited = src_dict.get("unlimited", UNSET)
        if unlimited is not UNSET and not (type(unlimited) is bool):
            raise TypeError(f"unlimited: expected a boolean, not {type(unlimited).__name__}")

        pooled = src_dict.get("pooled", UNSET)
        if pooled is not UNSET and not (type(pooled) is bool):
            raise TypeError(f"pooled: expected a boolean, not {type(pooled).__name__}")

        _reset = src_dict.get("reset", UNSET)

        _price = src_dict.get("price", UNSET)

        _proration = src_dict.get("proration", UNSET)

        _rollover = src_dict.get("rollover", UNSET)

        plan_item = cls(
            feature_id,
            included,
            unlimited,
            pooled,
            UNSET,
            UNSET,
            UNSET,
            UNSET,
        )
        plan_item._src = src_dict
        if _reset is not UNSET:
            del plan_item.reset
        if _price is not UNSET:
            del plan_item.price
        if _proration is not UNSET:
            del plan_item.proration
        if _rollover is not UNSET:
            del plan_item.rollover

        if len(src_dict) != 1 + ("included" in src_dict) + ("unlimited" in src_dict) + (
            "pooled" in src_dict
        ) + ("reset" in src_dict) + ("price" in src_dict) + ("proration" in src_dict) + (
            "rollover" in src_dict
        ):
            plan_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "included",
                    "unlimited",
                    "pooled",
                    "reset",
                    "price",
                    "proration",
                    "rollover",
                }
            }
        return plan_item

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


from ..models.item_reset import ItemReset  # noqa: E402
from ..models.plan_item_price import PlanItemPrice  # noqa: E402
from ..models.plan_item_proration import PlanItemProration  # noqa: E402
from ..models.plan_item_rollover import PlanItemRollover  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_reset(data: Any) -> Any:
    _reset = data
    reset: ItemReset | Unset
    if isinstance(_reset, Unset):
        reset = UNSET
    else:
        reset = ItemReset.from_dict(_reset)

    return reset


def _build_price(data: Any) -> Any:
    _price = data
    price: PlanItemPrice | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = PlanItemPrice.from_dict(_price)

    return price


def _build_proration(data: Any) -> Any:
    _proration = data
    proration: PlanItemProration | Unset
    if isinstance(_proration, Unset):
        proration = UNSET
    else:
        proration = PlanItemProration.from_dict(_proration)

    return proration


def _build_rollover(data: Any) -> Any:
    _rollover = data
    rollover: PlanItemRollover | Unset
    if isinstance(_rollover, Unset):
        rollover = UNSET
    else:
        rollover = PlanItemRollover.from_dict(_rollover)

    return rollover


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PlanItem._NESTED = {
    "reset": ("reset", _build_reset),
    "price": ("price", _build_price),
    "proration": ("proration", _build_proration),
    "rollover": ("rollover", _build_rollover),
}
