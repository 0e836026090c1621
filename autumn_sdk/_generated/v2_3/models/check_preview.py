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

from ..models.preview_scenario import PreviewScenario

T = TypeVar("T", bound="CheckPreview")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CheckPreview(_NestedFields):
    """Upgrade/upsell information when access is denied. Only present if with_preview was true and allowed is false."""

    scenario: PreviewScenario
    """ The reason access was denied. 'usage_limit' means the customer exceeded their balance, 'feature_flag' means
    the feature is not included in their plan. """
    title: str
    """ A title suitable for displaying in a paywall or upgrade modal. """
    message: str
    """ A message explaining why access was denied. """
    feature_id: str
    """ The ID of the feature that was checked. """
    feature_name: str
    """ The display name of the feature. """
    products: list[PreviewProduct]
    """ Products that would grant access to this feature. Use to display upgrade options. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scenario = self.scenario.value

        title = self.title

        message = self.message

        feature_id = self.feature_id

        feature_name = self.feature_name

        products = []
        for products_item_data in self.products:
            products_item = products_item_data.to_dict()
            products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scenario": scenario,
                "title": title,
                "message": message,
                "feature_id": feature_id,
                "feature_name": feature_name,
                "products": products,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        scenario = _PreviewScenario_VALUES.get(src_dict["scenario"]) or PreviewScenario(src_dict["scenario"])

        title = src_dict["title"]
        if not (type(title) is str):
            raise TypeError(f"title: expected a string, not {type(title).__name__}")

        message = src_dict["message"]
        if not (type(message) is str):
            raise TypeError(f"message: expected a string, not {type(message).__name__}")

        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        feature_name = src_dict["feature_name"]
        if not (type(feature_name) is str):
            raise TypeError(f"feature_name: expected a string, not {type(feature_name).__name__}")

        _products = src_dict["products"]

        check_preview = cls(
            scenario,
            title,
            message,
            feature_id,
            feature_name,
            _PENDING,
        )
        check_preview._src = src_dict
        del check_preview.products

        if len(src_dict) != 6:
            check_preview.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "scenario",
                    "title",
                    "message",
                    "feature_id",
                    "feature_name",
                    "products",
                }
            }
        return check_preview

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


from ..models.preview_product import PreviewProduct  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_products(data: Any) -> Any:
    products = []
    _products = data
    for products_item_data in _products:
        products_item = PreviewProduct.from_dict(products_item_data)

        products.append(products_item)

    return products


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CheckPreview._NESTED = {
    "products": ("products", _build_products),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_PreviewScenario_VALUES = cast("dict[object, PreviewScenario]", PreviewScenario._value2member_map_)
