# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_item_feature_type import ProductItemFeatureType
from ..models.product_item_interval import ProductItemInterval
from ..models.product_item_type import ProductItemType
from ..models.tier_behavior import TierBehavior
from ..models.usage_model import UsageModel
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductItem")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class ProductItem(_NestedFields):
    """Product item defining features and pricing within a product"""

    type_: None | ProductItemType | Unset = UNSET
    """ The type of the product item """
    feature_id: None | str | Unset = UNSET
    """ The feature ID of the product item. If the item is a fixed price, should be `null` """
    feature_type: None | ProductItemFeatureType | Unset = UNSET
    """ Single use features are used once and then depleted, like API calls or credits. Continuous use features are
    those being used on an ongoing-basis, like storage or seats. """
    included_usage: float | Literal["inf"] | None | Unset = UNSET
    """ The amount of usage included for this feature. """
    interval: None | ProductItemInterval | Unset = UNSET
    """ The reset or billing interval of the product item. If null, feature will have no reset date, and if there's
    a price, it will be billed one-off. """
    interval_count: float | None | Unset = UNSET
    """ The interval count of the product item. """
    price: float | None | Unset = UNSET
    """ The price of the product item. Should be `null` if tiered pricing is set. """
    tiers: list[Any | None] | None | Unset = UNSET
    """ Tiered pricing for the product item. Not applicable for fixed price items. """
    tier_behavior: None | TierBehavior | Unset = UNSET
    """ How tiers are applied: graduated (split across bands) or volume (flat rate for the matched tier). Defaults
    to graduated. """
    usage_model: None | Unset | UsageModel = UNSET
    """ Whether the feature should be prepaid upfront or billed for how much they use end of billing period. """
    billing_units: float | None | Unset = UNSET
    """ The amount per billing unit (eg. $9 / 250 units) """
    reset_usage_when_enabled: bool | None | Unset = UNSET
    """ Whether the usage should be reset when the product is enabled. """
    entity_feature_id: None | str | Unset = UNSET
    """ The entity feature ID of the product item if applicable. """
    display: None | ProductItemDisplay | Unset = UNSET
    """ The display of the product item. """
    quantity: float | None | Unset = UNSET
    """ Used in customer context. Quantity of the feature the customer has prepaid for. """
    next_cycle_quantity: float | None | Unset = UNSET
    """ Used in customer context. Quantity of the feature the customer will prepay for in the next cycle. """
    config: None | ProductItemConfig | Unset = UNSET
    """ Configuration for rollover and proration behavior of the feature. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ProductItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        feature_type: None | str | Unset
        if isinstance(self.feature_type, Unset):
            feature_type = UNSET
        elif isinstance(self.feature_type, ProductItemFeatureType):
            feature_type = self.feature_type.value
        else:
            feature_type = self.feature_type

        included_usage: float | Literal["inf"] | None | Unset
        if isinstance(self.included_usage, Unset):
            included_usage = UNSET
        else:
            included_usage = self.included_usage

        interval: None | str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, ProductItemInterval):
            interval = self.interval.value
        else:
            interval = self.interval

        interval_count: float | None | Unset
        if isinstance(self.interval_count, Unset):
            interval_count = UNSET
        else:
            interval_count = self.interval_count

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        tiers: list[Any | None] | None | Unset
        if isinstance(self.tiers, Unset):
            tiers = UNSET
        elif isinstance(self.tiers, list):
            tiers = []
            for tiers_type_0_item_data in self.tiers:
                tiers_type_0_item: Any | None
                tiers_type_0_item = tiers_type_0_item_data
                tiers.append(tiers_type_0_item)

        else:
            tiers = self.tiers

        tier_behavior: None | str | Unset
        if isinstance(self.tier_behavior, Unset):
            tier_behavior = UNSET
        elif isinstance(self.tier_behavior, TierBehavior):
            tier_behavior = self.tier_behavior.value
        else:
            tier_behavior = self.tier_behavior

        usage_model: None | str | Unset
        if isinstance(self.usage_model, Unset):
            usage_model = UNSET
        elif isinstance(self.usage_model, UsageModel):
            usage_model = self.usage_model.value
        else:
            usage_model = self.usage_model

        billing_units: float | None | Unset
        if isinstance(self.billing_units, Unset):
            billing_units = UNSET
        else:
            billing_units = self.billing_units

        reset_usage_when_enabled: bool | None | Unset
        if isinstance(self.reset_usage_when_enabled, Unset):
            reset_usage_when_enabled = UNSET
        else:
            reset_usage_when_enabled = self.reset_usage_when_enabled

        entity_feature_id: None | str | Unset
        if isinstance(self.entity_feature_id, Unset):
            entity_feature_id = UNSET
        else:
            entity_feature_id = self.entity_feature_id

        display: dict[str, Any] | None | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, ProductItemDisplay):
            display = self.display.to_dict()
        else:
            display = self.display

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        next_cycle_quantity: float | None | Unset
        if isinstance(self.next_cycle_quantity, Unset):
            next_cycle_quantity = UNSET
        else:
            next_cycle_quantity = self.next_cycle_quantity

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ProductItemConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if feature_type is not UNSET:
            field_dict["feature_type"] = feature_type
        if included_usage is not UNSET:
            field_dict["included_usage"] = included_usage
        if interval is not UNSET:
            field_dict["interval"] = interval
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if price is not UNSET:
            field_dict["price"] = price
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if tier_behavior is not UNSET:
            field_dict["tier_behavior"] = tier_behavior
        if usage_model is not UNSET:
            field_dict["usage_model"] = usage_model
        if billing_units is not UNSET:
            field_dict["billing_units"] = billing_units
        if reset_usage_when_enabled is not UNSET:
            field_dict["reset_usage_when_enabled"] = reset_usage_when_enabled
        if entity_feature_id is not UNSET:
            field_dict["entity_feature_id"] = entity_feature_id
        if display is not UNSET:
            field_dict["display"] = display
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if next_cycle_quantity is not UNSET:
            field_dict["next_cycle_quantity"] = next_cycle_quantity
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _type_ = src_dict.get("type", UNSET)
        type_: None | ProductItemType | Unset
        if _type_ is None:
            type_ = None
        elif isinstance(_type_, Unset):
            type_ = UNSET
        elif isinstance(_type_, str):
            type_type_0 = _ProductItemType_VALUES.get(_type_) or ProductItemType(_type_)

            type_ = type_type_0
        else:
            raise TypeError(f"type: unexpected {type(_type_).__name__}")

        feature_id: None | str | Unset = src_dict.get("feature_id", UNSET)
        if not (feature_id is UNSET or type(feature_id) is str or feature_id is None):
            raise TypeError(f"feature_id: unexpected {type(feature_id).__name__}")

        _feature_type = src_dict.get("feature_type", UNSET)
        feature_type: None | ProductItemFeatureType | Unset
        if _feature_type is None:
            feature_type = None
        elif isinstance(_feature_type, Unset):
            feature_type = UNSET
        elif isinstance(_feature_type, str):
            feature_type_type_0 = _ProductItemFeatureType_VALUES.get(_feature_type) or ProductItemFeatureType(
                _feature_type
            )

            feature_type = feature_type_type_0
        else:
            raise TypeError(f"feature_type: unexpected {type(_feature_type).__name__}")

        _included_usage = src_dict.get("included_usage", UNSET)
        included_usage: float | Literal["inf"] | None | Unset
        if _included_usage is None:
            included_usage = None
        elif isinstance(_included_usage, Unset):
            included_usage = UNSET
        elif _included_usage == "inf":
            included_usage_type_0_type_1 = cast(Literal["inf"], _included_usage)
            if included_usage_type_0_type_1 != "inf":
                raise ValueError(
                    f"included_usage_type_0_type_1 must match const 'inf', got '{included_usage_type_0_type_1}'"
                )
            included_usage = included_usage_type_0_type_1
        else:
            included_usage = _included_usage

        _interval = src_dict.get("interval", UNSET)
        interval: None | ProductItemInterval | Unset
        if _interval is None:
            interval = None
        elif isinstance(_interval, Unset):
            interval = UNSET
        elif isinstance(_interval, str):
            interval_type_0 = _ProductItemInterval_VALUES.get(_interval) or ProductItemInterval(_interval)

            interval = interval_type_0
        else:
            raise TypeError(f"interval: unexpected {type(_interval).__name__}")

        interval_count: float | None | Unset = src_dict.get("interval_count", UNSET)
        if not (
            interval_count is UNSET
            or type(interval_count) is int
            or type(interval_count) is float
            or interval_count is None
        ):
            raise TypeError(f"interval_count: unexpected {type(interval_count).__name__}")

        price: float | None | Unset = src_dict.get("price", UNSET)
        if not (price is UNSET or type(price) is int or type(price) is float or price is None):
            raise TypeError(f"price: unexpected {type(price).__name__}")

        _tiers = src_dict.get("tiers", UNSET)
        tiers: list[Any | None] | None | Unset
        if _tiers is None:
            tiers = None
        elif isinstance(_tiers, Unset):
            tiers = UNSET
        elif isinstance(_tiers, list):
            tiers_type_0 = []
            _tiers_type_0 = _tiers
            for tiers_type_0_item_data in _tiers_type_0:
                tiers_type_0_item: Any | None = tiers_type_0_item_data

                tiers_type_0.append(tiers_type_0_item)

            tiers = tiers_type_0
        else:
            raise TypeError(f"tiers: unexpected {type(_tiers).__name__}")

        _tier_behavior = src_dict.get("tier_behavior", UNSET)
        tier_behavior: None | TierBehavior | Unset
        if _tier_behavior is None:
            tier_behavior = None
        elif isinstance(_tier_behavior, Unset):
            tier_behavior = UNSET
        elif isinstance(_tier_behavior, str):
            tier_behavior_type_0 = _TierBehavior_VALUES.get(_tier_behavior) or TierBehavior(_tier_behavior)

            tier_behavior = tier_behavior_type_0
        else:
            raise TypeError(f"tier_behavior: unexpected {type(_tier_behavior).__name__}")

        _usage_model = src_dict.get("usage_model", UNSET)
        usage_model: None | Unset | UsageModel
        if _usage_model is None:
            usage_model = None
        elif isinstance(_usage_model, Unset):
            usage_model = UNSET
        elif isinstance(_usage_model, str):
            usage_model_type_0 = _UsageModel_VALUES.get(_usage_model) or UsageModel(_usage_model)

            usage_model = usage_model_type_0
        else:
            raise TypeError(f"usage_model: unexpected {type(_usage_model).__name__}")

        billing_units: float | None | Unset = src_dict.get("billing_units", UNSET)
        if not (
            billing_units is UNSET
            or type(billing_units) is int
            or type(billing_units) is float
            or billing_units is None
        ):
            raise TypeError(f"billing_units: unexpected {type(billing_units).__name__}")

        reset_usage_when_enabled: bool | None | Unset = src_dict.get("reset_usage_when_enabled", UNSET)
        if not (
            reset_usage_when_enabled is UNSET
            or type(reset_usage_when_enabled) is bool
            or reset_usage_when_enabled is None
        ):
            raise TypeError(f"reset_usage_when_enabled: unexpected {type(reset_usage_when_enabled).__name__}")

        entity_feature_id: None | str | Unset = src_dict.get("entity_feature_id", UNSET)
        if not (entity_feature_id is UNSET or type(entity_feature_id) is str or entity_feature_id is None):
            raise TypeError(f"entity_feature_id: unexpected {type(entity_feature_id).__name__}")

        _display = src_dict.get("display", UNSET)

        quantity: float | None | Unset = src_dict.get("quantity", UNSET)
        if not (quantity is UNSET or type(quantity) is int or type(quantity) is float or quantity is None):
            raise TypeError(f"quantity: unexpected {type(quantity).__name__}")

        next_cycle_quantity: float | None | Unset = src_dict.get("next_cycle_quantity", UNSET)
        if not (
            next_cycle_quantity is UNSET
            or type(next_cycle_quantity) is int
            or type(next_cycle_quantity) is float
            or next_cycle_quantity is None
        ):
            raise TypeError(f"next_cycle_quantity: unexpected {type(next_cycle_quantity).__name__}")

        _config = src_dict.get("config", UNSET)

        product_item = cls(
            type_,
            feature_id,
            feature_type,
            included_usage,
            interval,
            interval_count,
            price,
            tiers,
            tier_behavior,
            usage_model,
            billing_units,
            reset_usage_when_enabled,
            entity_feature_id,
            _display if _display is None else UNSET,
            quantity,
            next_cycle_quantity,
            _config if _config is None else UNSET,
        )
        product_item._src = src_dict
        if _display is not None and _display is not UNSET:
            del product_item.display
        if _config is not None and _config is not UNSET:
            del product_item.config

        if len(src_dict) != 0 + ("type" in src_dict) + ("feature_id" in src_dict) + (
            "feature_type" in src_dict
        ) + ("included_usage" in src_dict) + ("interval" in src_dict) + ("interval_count" in src_dict) + (
            "price" in src_dict
        ) + ("tiers" in src_dict) + ("tier_behavior" in src_dict) + ("usage_model" in src_dict) + (
            "billing_units" in src_dict
        ) + ("reset_usage_when_enabled" in src_dict) + ("entity_feature_id" in src_dict) + (
            "display" in src_dict
        ) + ("quantity" in src_dict) + ("next_cycle_quantity" in src_dict) + ("config" in src_dict):
            product_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "type",
                    "feature_id",
                    "feature_type",
                    "included_usage",
                    "interval",
                    "interval_count",
                    "price",
                    "tiers",
                    "tier_behavior",
                    "usage_model",
                    "billing_units",
                    "reset_usage_when_enabled",
                    "entity_feature_id",
                    "display",
                    "quantity",
                    "next_cycle_quantity",
                    "config",
                }
            }
        return product_item

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
    def type(self) -> None | ProductItemType | Unset:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


from ..models.product_item_config import ProductItemConfig  # noqa: E402
from ..models.product_item_display import ProductItemDisplay  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_display(data: Any) -> Any:
    _display = data
    display: None | ProductItemDisplay | Unset
    if _display is None:
        display = None
    elif isinstance(_display, Unset):
        display = UNSET
    elif isinstance(_display, dict):
        display_type_0 = ProductItemDisplay.from_dict(_display)

        display = display_type_0
    else:
        raise TypeError(f"display: unexpected {type(_display).__name__}")

    return display


def _build_config(data: Any) -> Any:
    _config = data
    config: None | ProductItemConfig | Unset
    if _config is None:
        config = None
    elif isinstance(_config, Unset):
        config = UNSET
    elif isinstance(_config, dict):
        config_type_0 = ProductItemConfig.from_dict(_config)

        config = config_type_0
    else:
        raise TypeError(f"config: unexpected {type(_config).__name__}")

    return config


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
ProductItem._NESTED = {
    "display": ("display", _build_display),
    "config": ("config", _build_config),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_ProductItemFeatureType_VALUES = cast(
    "dict[object, ProductItemFeatureType]", ProductItemFeatureType._value2member_map_
)
_ProductItemInterval_VALUES = cast(
    "dict[object, ProductItemInterval]", ProductItemInterval._value2member_map_
)
_ProductItemType_VALUES = cast("dict[object, ProductItemType]", ProductItemType._value2member_map_)
_TierBehavior_VALUES = cast("dict[object, TierBehavior]", TierBehavior._value2member_map_)
_UsageModel_VALUES = cast("dict[object, UsageModel]", UsageModel._value2member_map_)
