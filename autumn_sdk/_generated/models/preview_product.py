# generated from openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment import Environment
from ..models.product_scenario import ProductScenario
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewProduct")


@_attrs_define
class PreviewProduct:
    """A product that grants the checked feature."""

    id: str
    """ The product's ID. """
    name: str
    """ The product's display name. """
    group: None | str
    """ The product group it belongs to. """
    env: Environment
    """ The Autumn environment, set by the secret key in use. """
    is_add_on: bool
    """ True when it can be bought alongside other products. """
    is_default: bool
    """ True for the product customers get by default. """
    archived: bool
    """ True when the product can no longer be bought. """
    version: float
    """ The product's current version. """
    created_at: float
    """ When the product was created, in epoch milliseconds. """
    items: list[ProductItem]
    """ The features and prices the product is made of. """
    free_trial: FreeTrial | None
    """ The product's free trial, if it has one. """
    base_variant_id: None | str
    """ The product this one is a variant of. """
    scenario: ProductScenario | Unset = UNSET
    """ What attaching this product would mean for the customer. """
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
        if isinstance(self.free_trial, FreeTrial):
            free_trial = self.free_trial.to_dict()
        else:
            free_trial = self.free_trial

        base_variant_id: None | str
        base_variant_id = self.base_variant_id

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
        if scenario is not UNSET:
            field_dict["scenario"] = scenario
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        group: None | str = d.pop("group")

        env = Environment(d.pop("env"))

        is_add_on = d.pop("is_add_on")

        is_default = d.pop("is_default")

        archived = d.pop("archived")

        version = d.pop("version")

        created_at = d.pop("created_at")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ProductItem.from_dict(items_item_data)

            items.append(items_item)

        _free_trial = d.pop("free_trial")
        free_trial: FreeTrial | None
        if _free_trial is None:
            free_trial = None
        elif isinstance(_free_trial, dict):
            free_trial_type_0 = FreeTrial.from_dict(_free_trial)

            free_trial = free_trial_type_0
        else:
            raise TypeError(f"free_trial: unexpected {type(_free_trial).__name__}")

        base_variant_id: None | str = d.pop("base_variant_id")

        _scenario = d.pop("scenario", UNSET)
        scenario: ProductScenario | Unset
        if isinstance(_scenario, Unset):
            scenario = UNSET
        else:
            scenario = ProductScenario(_scenario)

        _properties = d.pop("properties", UNSET)
        properties: ProductProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ProductProperties.from_dict(_properties)

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
            items,
            free_trial,
            base_variant_id,
            scenario,
            properties,
        )

        preview_product.additional_properties = d
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


from ..models.free_trial import FreeTrial  # noqa: E402
from ..models.product_item import ProductItem  # noqa: E402
from ..models.product_properties import ProductProperties  # noqa: E402
