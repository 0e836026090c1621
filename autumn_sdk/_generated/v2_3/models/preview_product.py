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

from ..models.environment import Environment
from ..models.preview_product_scenario import PreviewProductScenario
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewProduct")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class PreviewProduct(_NestedFields):
    id: str
    """ The ID of the product you set when creating the product """
    name: str
    """ The name of the product """
    group: None | str
    """ Product group which this product belongs to """
    env: Environment
    """ The environment this customer was created in. """
    is_add_on: bool
    """ Whether the product is an add-on and can be purchased alongside other products """
    is_default: bool
    """ Whether the product is the default product """
    archived: bool
    """ Whether this product has been archived and is no longer available """
    version: float
    """ The current version of the product """
    created_at: float
    """ The timestamp of when the product was created in milliseconds since epoch """
    items: list[ProductItem]
    """ Array of product items that define the product's features and pricing """
    free_trial: None | ProductFreeTrial
    """ Free trial configuration for this product, if available """
    base_variant_id: None | str
    """ ID of the base variant this product is derived from """
    billing_controls: PlanBillingControls | Unset = UNSET
    """ Plan-level billing controls used as customer defaults. """
    scenario: PreviewProductScenario | Unset = UNSET
    """ Scenario for when this product is used in attach flows """
    properties: ProductProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        group: None | str
        group = self.group

        env = self.env.value

        is_add_on = self.is_add_on

        is_default = self.is_default

        archived = self.archived

        version = self.version

        created_at = self.created_at

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        free_trial: dict[str, Any] | None
        if isinstance(self.free_trial, ProductFreeTrial):
            free_trial = self.free_trial.to_dict()
        else:
            free_trial = self.free_trial

        base_variant_id: None | str
        base_variant_id = self.base_variant_id

        billing_controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_controls, Unset):
            billing_controls = self.billing_controls.to_dict()

        scenario: str | Unset = UNSET
        if not isinstance(self.scenario, Unset):
            scenario = self.scenario.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "group": group,
                "env": env,
                "is_add_on": is_add_on,
                "is_default": is_default,
                "archived": archived,
                "version": version,
                "created_at": created_at,
                "items": items,
                "free_trial": free_trial,
                "base_variant_id": base_variant_id,
            }
        )
        if billing_controls is not UNSET:
            field_dict["billing_controls"] = billing_controls
        if scenario is not UNSET:
            field_dict["scenario"] = scenario
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        group: None | str = src_dict["group"]
        if not (type(group) is str or group is None):
            raise TypeError(f"group: unexpected {type(group).__name__}")

        env = _Environment_VALUES.get(src_dict["env"]) or Environment(src_dict["env"])

        is_add_on = src_dict["is_add_on"]
        if not (type(is_add_on) is bool):
            raise TypeError(f"is_add_on: expected a boolean, not {type(is_add_on).__name__}")

        is_default = src_dict["is_default"]
        if not (type(is_default) is bool):
            raise TypeError(f"is_default: expected a boolean, not {type(is_default).__name__}")

        archived = src_dict["archived"]
        if not (type(archived) is bool):
            raise TypeError(f"archived: expected a boolean, not {type(archived).__name__}")

        version = src_dict["version"]
        if not (type(version) is int or type(version) is float):
            raise TypeError(f"version: expected a number, not {type(version).__name__}")

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        _items = src_dict["items"]

        _free_trial = src_dict["free_trial"]

        base_variant_id: None | str = src_dict["base_variant_id"]
        if not (type(base_variant_id) is str or base_variant_id is None):
            raise TypeError(f"base_variant_id: unexpected {type(base_variant_id).__name__}")

        _billing_controls = src_dict.get("billing_controls", UNSET)

        _scenario = src_dict.get("scenario", UNSET)
        scenario: PreviewProductScenario | Unset
        if isinstance(_scenario, Unset):
            scenario = UNSET
        else:
            scenario = _PreviewProductScenario_VALUES.get(_scenario) or PreviewProductScenario(_scenario)

        _properties = src_dict.get("properties", UNSET)

        preview_product = cls(
            id,
            name,
            group,
            env,
            is_add_on,
            is_default,
            archived,
            version,
            created_at,
            _PENDING,
            _PENDING,
            base_variant_id,
            UNSET,
            scenario,
            UNSET,
        )
        preview_product._src = src_dict
        del preview_product.items
        if _free_trial is not None:
            del preview_product.free_trial
        if _billing_controls is not UNSET:
            del preview_product.billing_controls
        if _properties is not UNSET:
            del preview_product.properties

        if len(src_dict) != 12 + ("billing_controls" in src_dict) + ("scenario" in src_dict) + (
            "properties" in src_dict
        ):
            preview_product.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "group",
                    "env",
                    "is_add_on",
                    "is_default",
                    "archived",
                    "version",
                    "created_at",
                    "items",
                    "free_trial",
                    "base_variant_id",
                    "billing_controls",
                    "scenario",
                    "properties",
                }
            }
        return preview_product

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


from ..models.plan_billing_controls import PlanBillingControls  # noqa: E402
from ..models.product_free_trial import ProductFreeTrial  # noqa: E402
from ..models.product_item import ProductItem  # noqa: E402
from ..models.product_properties import ProductProperties  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_items(data: Any) -> Any:
    items = []
    _items = data
    for items_item_data in _items:
        items_item = ProductItem.from_dict(items_item_data)

        items.append(items_item)

    return items


def _build_free_trial(data: Any) -> Any:
    _free_trial = data
    free_trial: None | ProductFreeTrial
    if _free_trial is None:
        free_trial = None
    elif isinstance(_free_trial, dict):
        free_trial_type_0 = ProductFreeTrial.from_dict(_free_trial)

        free_trial = free_trial_type_0
    else:
        raise TypeError(f"free_trial: unexpected {type(_free_trial).__name__}")

    return free_trial


def _build_billing_controls(data: Any) -> Any:
    _billing_controls = data
    billing_controls: PlanBillingControls | Unset
    if isinstance(_billing_controls, Unset):
        billing_controls = UNSET
    else:
        billing_controls = PlanBillingControls.from_dict(_billing_controls)

    return billing_controls


def _build_properties(data: Any) -> Any:
    _properties = data
    properties: ProductProperties | Unset
    if isinstance(_properties, Unset):
        properties = UNSET
    else:
        properties = ProductProperties.from_dict(_properties)

    return properties


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PreviewProduct._NESTED = {
    "items": ("items", _build_items),
    "free_trial": ("free_trial", _build_free_trial),
    "billing_controls": ("billing_controls", _build_billing_controls),
    "properties": ("properties", _build_properties),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_Environment_VALUES = cast("dict[object, Environment]", Environment._value2member_map_)
_PreviewProductScenario_VALUES = cast(
    "dict[object, PreviewProductScenario]", PreviewProductScenario._value2member_map_
)
