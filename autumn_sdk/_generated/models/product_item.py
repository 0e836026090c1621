# generated from openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.product_item_feature_type import ProductItemFeatureType
from ..models.product_item_interval import ProductItemInterval
from ..models.product_item_type import ProductItemType
from ..models.tier_behavior import TierBehavior
from ..models.usage_model import UsageModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_item_config import ProductItemConfig
    from ..models.product_item_display import ProductItemDisplay


T = TypeVar("T", bound="ProductItem")


@_attrs_define
class ProductItem:
    """One feature or price of a product."""

    type_: None | ProductItemType | Unset = UNSET
    feature_id: None | str | Unset = UNSET
    """ The feature the item grants; null for a fixed price. """
    feature_type: None | ProductItemFeatureType | Unset = UNSET
    included_usage: float | Literal["inf"] | None | Unset = UNSET
    """ The usage the item includes; "inf" for unlimited. """
    interval: None | ProductItemInterval | Unset = UNSET
    interval_count: float | None | Unset = UNSET
    """ How many intervals make one period. """
    price: float | None | Unset = UNSET
    """ The item's price; null when it has tiers. """
    tiers: list[Any] | None | Unset = UNSET
    """ Tiered pricing; not used by fixed-price items. """
    tier_behavior: None | TierBehavior | Unset = UNSET
    usage_model: None | Unset | UsageModel = UNSET
    billing_units: float | None | Unset = UNSET
    """ How many units one price covers (e.g. $9 per 250 units). """
    reset_usage_when_enabled: bool | None | Unset = UNSET
    """ True when usage resets as the product is enabled. """
    entity_feature_id: None | str | Unset = UNSET
    """ The entity feature the item applies to, if any. """
    display: None | ProductItemDisplay | Unset = UNSET
    quantity: float | None | Unset = UNSET
    """ For a customer, the prepaid quantity. """
    next_cycle_quantity: float | None | Unset = UNSET
    """ For a customer, the prepaid quantity of the next cycle. """
    config: None | ProductItemConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.product_item_config import ProductItemConfig  # noqa: PLC0415
        from ..models.product_item_display import ProductItemDisplay  # noqa: PLC0415

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

        tiers: list[Any] | None | Unset
        if isinstance(self.tiers, Unset):
            tiers = UNSET
        elif isinstance(self.tiers, list):
            tiers = self.tiers

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
        from ..models.product_item_config import ProductItemConfig  # noqa: PLC0415
        from ..models.product_item_display import ProductItemDisplay  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> None | ProductItemType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                type_type_0 = ProductItemType(data)

                return type_type_0
            raise TypeError(f"type: unexpected {type(data).__name__}")

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_feature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        feature_id = _parse_feature_id(d.pop("feature_id", UNSET))

        def _parse_feature_type(data: object) -> None | ProductItemFeatureType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                feature_type_type_0 = ProductItemFeatureType(data)

                return feature_type_type_0
            raise TypeError(f"feature_type: unexpected {type(data).__name__}")

        feature_type = _parse_feature_type(d.pop("feature_type", UNSET))

        def _parse_included_usage(data: object) -> float | Literal["inf"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if data == "inf":
                included_usage_type_1 = cast(Literal["inf"], data)
                if included_usage_type_1 != "inf":
                    raise ValueError(
                        f"included_usage_type_1 must match const 'inf', got '{included_usage_type_1}'"
                    )
                return included_usage_type_1
            return cast(float | Literal["inf"] | None | Unset, data)

        included_usage = _parse_included_usage(d.pop("included_usage", UNSET))

        def _parse_interval(data: object) -> None | ProductItemInterval | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                interval_type_0 = ProductItemInterval(data)

                return interval_type_0
            raise TypeError(f"interval: unexpected {type(data).__name__}")

        interval = _parse_interval(d.pop("interval", UNSET))

        def _parse_interval_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        interval_count = _parse_interval_count(d.pop("interval_count", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_tiers(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, list):
                tiers_type_0 = cast(list[Any], data)

                return tiers_type_0
            raise TypeError(f"tiers: unexpected {type(data).__name__}")

        tiers = _parse_tiers(d.pop("tiers", UNSET))

        def _parse_tier_behavior(data: object) -> None | TierBehavior | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                tier_behavior_type_0 = TierBehavior(data)

                return tier_behavior_type_0
            raise TypeError(f"tier_behavior: unexpected {type(data).__name__}")

        tier_behavior = _parse_tier_behavior(d.pop("tier_behavior", UNSET))

        def _parse_usage_model(data: object) -> None | Unset | UsageModel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, str):
                usage_model_type_0 = UsageModel(data)

                return usage_model_type_0
            raise TypeError(f"usage_model: unexpected {type(data).__name__}")

        usage_model = _parse_usage_model(d.pop("usage_model", UNSET))

        def _parse_billing_units(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        billing_units = _parse_billing_units(d.pop("billing_units", UNSET))

        def _parse_reset_usage_when_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        reset_usage_when_enabled = _parse_reset_usage_when_enabled(d.pop("reset_usage_when_enabled", UNSET))

        def _parse_entity_feature_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entity_feature_id = _parse_entity_feature_id(d.pop("entity_feature_id", UNSET))

        def _parse_display(data: object) -> None | ProductItemDisplay | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                display_type_0 = ProductItemDisplay.from_dict(data)

                return display_type_0
            raise TypeError(f"display: unexpected {type(data).__name__}")

        display = _parse_display(d.pop("display", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_next_cycle_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        next_cycle_quantity = _parse_next_cycle_quantity(d.pop("next_cycle_quantity", UNSET))

        def _parse_config(data: object) -> None | ProductItemConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if isinstance(data, dict):
                config_type_0 = ProductItemConfig.from_dict(data)

                return config_type_0
            raise TypeError(f"config: unexpected {type(data).__name__}")

        config = _parse_config(d.pop("config", UNSET))

        product_item = cls(
            type_=type_,
            feature_id=feature_id,
            feature_type=feature_type,
            included_usage=included_usage,
            interval=interval,
            interval_count=interval_count,
            price=price,
            tiers=tiers,
            tier_behavior=tier_behavior,
            usage_model=usage_model,
            billing_units=billing_units,
            reset_usage_when_enabled=reset_usage_when_enabled,
            entity_feature_id=entity_feature_id,
            display=display,
            quantity=quantity,
            next_cycle_quantity=next_cycle_quantity,
            config=config,
        )

        product_item.additional_properties = d
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
