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

T = TypeVar("T", bound="PlanItemDetails")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class PlanItemDetails(_NestedFields):
    feature_id: str
    """ The ID of the feature this item configures. """
    included: float
    """ Number of free units included. For consumable features, balance resets to this number each interval. """
    unlimited: bool
    """ Whether the customer has unlimited access to this feature. """
    reset: ItemReset | None
    """ Reset configuration for consumable features. Null for non-consumable features like seats where usage
    persists across billing cycles. """
    price: ItemPrice | None
    """ Pricing configuration for usage beyond included units. Null if feature is entirely free. """
    feature: PlanItemDetailsFeature | Unset = UNSET
    """ The full feature object if expanded. """
    pooled: bool | Unset = False
    """ Whether entity-level grants contribute to a shared customer balance. """
    display: PriceDisplay | Unset = UNSET
    """ Display text for showing this price in pricing pages. """
    rollover: RolloverConfig | Unset = UNSET
    """ Rollover configuration for unused units. If set, unused included units roll over to the next period. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        included = self.included

        unlimited = self.unlimited

        reset: dict[str, Any] | None
        if isinstance(self.reset, ItemReset):
            reset = self.reset.to_dict()
        else:
            reset = self.reset

        price: dict[str, Any] | None
        if isinstance(self.price, ItemPrice):
            price = self.price.to_dict()
        else:
            price = self.price

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        pooled = self.pooled

        display: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.to_dict()

        rollover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rollover, Unset):
            rollover = self.rollover.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "included": included,
                "unlimited": unlimited,
                "reset": reset,
                "price": price,
            }
        )
        if feature is not UNSET:
            field_dict["feature"] = feature
        if pooled is not UNSET:
            field_dict["pooled"] = pooled
        if display is not UNSET:
            field_dict["display"] = display
        if rollover is not UNSET:
            field_dict["rollover"] = rollover

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        included = src_dict["included"]
        if not (type(included) is int or type(included) is float):
            raise TypeError(f"included: expected a number, not {type(included).__name__}")

        unlimited = src_dict["unlimited"]
        if not (type(unlimited) is bool):
            raise TypeError(f"unlimited: expected a boolean, not {type(unlimited).__name__}")

        _reset = src_dict["reset"]

        _price = src_dict["price"]

        _feature = src_dict.get("feature", UNSET)

        pooled = src_dict.get("pooled", UNSET)
        if pooled is not UNSET and not (type(pooled) is bool):
            raise TypeError(f"pooled: expected a boolean, not {type(pooled).__name__}")

        _display = src_dict.get("display", UNSET)

        _rollover = src_dict.get("rollover", UNSET)

        plan_item_details = cls(
            feature_id,
            included,
            unlimited,
            _PENDING,
            _PENDING,
            UNSET,
            pooled,
            UNSET,
            UNSET,
        )
        plan_item_details._src = src_dict
        if _reset is not None:
            del plan_item_details.reset
        if _price is not None:
            del plan_item_details.price
        if _feature is not UNSET:
            del plan_item_details.feature
        if _display is not UNSET:
            del plan_item_details.display
        if _rollover is not UNSET:
            del plan_item_details.rollover

        if len(src_dict) != 5 + ("feature" in src_dict) + ("pooled" in src_dict) + ("display" in src_dict) + (
            "rollover" in src_dict
        ):
            plan_item_details.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "included",
                    "unlimited",
                    "reset",
                    "price",
                    "feature",
                    "pooled",
                    "display",
                    "rollover",
                }
            }
        return plan_item_details

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


from ..models.item_price import ItemPrice  # noqa: E402
from ..models.item_reset import ItemReset  # noqa: E402
from ..models.plan_item_details_feature import PlanItemDetailsFeature  # noqa: E402
from ..models.price_display import PriceDisplay  # noqa: E402
from ..models.rollover_config import RolloverConfig  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_reset(data: Any) -> Any:
    _reset = data
    reset: ItemReset | None
    if _reset is None:
        reset = None
    elif isinstance(_reset, dict):
        reset_type_0 = ItemReset.from_dict(_reset)

        reset = reset_type_0
    else:
        raise TypeError(f"reset: unexpected {type(_reset).__name__}")

    return reset


def _build_price(data: Any) -> Any:
    _price = data
    price: ItemPrice | None
    if _price is None:
        price = None
    elif isinstance(_price, dict):
        price_type_0 = ItemPrice.from_dict(_price)

        price = price_type_0
    else:
        raise TypeError(f"price: unexpected {type(_price).__name__}")

    return price


def _build_feature(data: Any) -> Any:
    _feature = data
    feature: PlanItemDetailsFeature | Unset
    if isinstance(_feature, Unset):
        feature = UNSET
    else:
        feature = PlanItemDetailsFeature.from_dict(_feature)

    return feature


def _build_display(data: Any) -> Any:
    _display = data
    display: PriceDisplay | Unset
    if isinstance(_display, Unset):
        display = UNSET
    else:
        display = PriceDisplay.from_dict(_display)

    return display


def _build_rollover(data: Any) -> Any:
    _rollover = data
    rollover: RolloverConfig | Unset
    if isinstance(_rollover, Unset):
        rollover = UNSET
    else:
        rollover = RolloverConfig.from_dict(_rollover)

    return rollover


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PlanItemDetails._NESTED = {
    "reset": ("reset", _build_reset),
    "price": ("price", _build_price),
    "feature": ("feature", _build_feature),
    "display": ("display", _build_display),
    "rollover": ("rollover", _build_rollover),
}
