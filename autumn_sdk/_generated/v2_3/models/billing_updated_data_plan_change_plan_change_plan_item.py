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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanItem")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanItem(_NestedFields):
    feature_id: str
    """ The ID of the feature this item configures. """
    included: float
    """ Number of free units included. For consumable features, balance resets to this number each interval. """
    unlimited: bool
    """ Whether the customer has unlimited access to this feature. """
    reset: ItemReset | None
    """ Reset configuration for consumable features. Null for non-consumable features like seats where usage
    persists across billing cycles. """
    price: BillingUpdatedDataPlanChangePlanChangePlanItemPrice | None
    """ Pricing configuration for usage beyond included units. Null if feature is entirely free. """
    feature: PlanItemDetailsFeature | Unset = UNSET
    """ The full feature object if expanded. """
    pooled: bool | Unset = False
    """ Whether entity-level grants contribute to a shared customer balance. """
    display: PriceDisplay | Unset = UNSET
    """ Display text for showing this price in pricing pages. """
    rollover: RolloverConfig | Unset = UNSET
    """ Rollover configuration for unused units. If set, unused included units roll over to the next period. """
    proration: BillingUpdatedDataPlanChangePlanChangePlanItemProration | Unset = UNSET
    entity_feature_id: str | Unset = UNSET
    entitlement_id: str | Unset = UNSET
    price_id: str | Unset = UNSET
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
        if isinstance(self.price, BillingUpdatedDataPlanChangePlanChangePlanItemPrice):
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

        proration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.proration, Unset):
            proration = self.proration.to_dict()

        entity_feature_id = self.entity_feature_id

        entitlement_id = self.entitlement_id

        price_id = self.price_id

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
        if proration is not UNSET:
            field_dict["proration"] = proration
        if entity_feature_id is not UNSET:
            field_dict["entity_feature_id"] = entity_feature_id
        if entitlement_id is not UNSET:
            field_dict["entitlement_id"] = entitlement_id
        if price_id is not UNSET:
            field_dict["price_id"] = price_id

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

        _proration = src_dict.get("proration", UNSET)

        entity_feature_id = src_dict.get("entity_feature_id", UNSET)
        if entity_feature_id is not UNSET and not (type(entity_feature_id) is str):
            raise TypeError(f"entity_feature_id: expected a string, not {type(entity_feature_id).__name__}")

        entitlement_id = src_dict.get("entitlement_id", UNSET)
        if entitlement_id is not UNSET and not (type(entitlement_id) is str):
            raise TypeError(f"entitlement_id: expected a string, not {type(entitlement_id).__name__}")

        price_id = src_dict.get("price_id", UNSET)
        if price_id is not UNSET and not (type(price_id) is str):
            raise TypeError(f"price_id: expected a string, not {type(price_id).__name__}")

        billing_updated_data_plan_change_plan_change_plan_item = cls(
            feature_id,
            included,
            unlimited,
            _PENDING,
            _PENDING,
            UNSET,
            pooled,
            UNSET,
            UNSET,
            UNSET,
            entity_feature_id,
            entitlement_id,
            price_id,
        )
        billing_updated_data_plan_change_plan_change_plan_item._src = src_dict
        if _reset is not None:
            del billing_updated_data_plan_change_plan_change_plan_item.reset
        if _price is not None:
            del billing_updated_data_plan_change_plan_change_plan_item.price
        if _feature is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_item.feature
        if _display is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_item.display
        if _rollover is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_item.rollover
        if _proration is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_item.proration

        if len(src_dict) != 5 + ("feature" in src_dict) + ("pooled" in src_dict) + ("display" in src_dict) + (
            "rollover" in src_dict
        ) + ("proration" in src_dict) + ("entity_feature_id" in src_dict) + ("entitlement_id" in src_dict) + (
            "price_id" in src_dict
        ):
            billing_updated_data_plan_change_plan_change_plan_item.additional_properties = {
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
                    "proration",
                    "entity_feature_id",
                    "entitlement_id",
                    "price_id",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_item

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


from ..models.billing_updated_data_plan_change_plan_change_plan_item_price import (
    BillingUpdatedDataPlanChangePlanChangePlanItemPrice,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_plan_item_proration import (
    BillingUpdatedDataPlanChangePlanChangePlanItemProration,  # noqa: E402
)
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
    price: BillingUpdatedDataPlanChangePlanChangePlanItemPrice | None
    if _price is None:
        price = None
    elif isinstance(_price, dict):
        price_type_0 = BillingUpdatedDataPlanChangePlanChangePlanItemPrice.from_dict(_price)

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


def _build_proration(data: Any) -> Any:
    _proration = data
    proration: BillingUpdatedDataPlanChangePlanChangePlanItemProration | Unset
    if isinstance(_proration, Unset):
        proration = UNSET
    else:
        proration = BillingUpdatedDataPlanChangePlanChangePlanItemProration.from_dict(_proration)

    return proration


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangePlanItem._NESTED = {
    "reset": ("reset", _build_reset),
    "price": ("price", _build_price),
    "feature": ("feature", _build_feature),
    "display": ("display", _build_display),
    "rollover": ("rollover", _build_rollover),
    "proration": ("proration", _build_proration),
}
