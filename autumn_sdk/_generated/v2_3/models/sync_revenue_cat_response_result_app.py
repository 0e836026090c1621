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

from ..models.sync_revenue_cat_response_result_app_price import SyncRevenueCatResponseResultAppPrice
from ..models.sync_revenue_cat_response_result_app_product import SyncRevenueCatResponseResultAppProduct
from ..models.sync_revenue_cat_response_result_app_store_push import SyncRevenueCatResponseResultAppStorePush
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncRevenueCatResponseResultApp")


@_attrs_define
class SyncRevenueCatResponseResultApp:
    app_id: str
    app_type: str
    product: SyncRevenueCatResponseResultAppProduct
    store_push: SyncRevenueCatResponseResultAppStorePush | Unset = UNSET
    price: SyncRevenueCatResponseResultAppPrice | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_type = self.app_type

        product = self.product.value

        store_push: str | Unset = UNSET
        if not isinstance(self.store_push, Unset):
            store_push = self.store_push.value

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "app_type": app_type,
                "product": product,
            }
        )
        if store_push is not UNSET:
            field_dict["store_push"] = store_push
        if price is not UNSET:
            field_dict["price"] = price
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        app_id = src_dict["app_id"]
        if not (type(app_id) is str):
            raise TypeError(f"app_id: expected a string, not {type(app_id).__name__}")

        app_type = src_dict["app_type"]
        if not (type(app_type) is str):
            raise TypeError(f"app_type: expected a string, not {type(app_type).__name__}")

        product = _SyncRevenueCatResponseResultAppProduct_VALUES.get(
            src_dict["product"]
        ) or SyncRevenueCatResponseResultAppProduct(src_dict["product"])

        _store_push = src_dict.get("store_push", UNSET)
        store_push: SyncRevenueCatResponseResultAppStorePush | Unset
        if isinstance(_store_push, Unset):
            store_push = UNSET
        else:
            store_push = _SyncRevenueCatResponseResultAppStorePush_VALUES.get(
                _store_push
            ) or SyncRevenueCatResponseResultAppStorePush(_store_push)

        _price = src_dict.get("price", UNSET)
        price: SyncRevenueCatResponseResultAppPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = _SyncRevenueCatResponseResultAppPrice_VALUES.get(
                _price
            ) or SyncRevenueCatResponseResultAppPrice(_price)

        message = src_dict.get("message", UNSET)
        if message is not UNSET and not (type(message) is str):
            raise TypeError(f"message: expected a string, not {type(message).__name__}")

        sync_revenue_cat_response_result_app = cls(
            app_id,
            app_type,
            product,
            store_push,
            price,
            message,
        )

        if len(src_dict) != 3 + ("store_push" in src_dict) + ("price" in src_dict) + ("message" in src_dict):
            sync_revenue_cat_response_result_app.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "app_id",
                    "app_type",
                    "product",
                    "store_push",
                    "price",
                    "message",
                }
            }
        return sync_revenue_cat_response_result_app

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


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_SyncRevenueCatResponseResultAppPrice_VALUES = cast(
    "dict[object, SyncRevenueCatResponseResultAppPrice]",
    SyncRevenueCatResponseResultAppPrice._value2member_map_,
)
_SyncRevenueCatResponseResultAppProduct_VALUES = cast(
    "dict[object, SyncRevenueCatResponseResultAppProduct]",
    SyncRevenueCatResponseResultAppProduct._value2member_map_,
)
_SyncRevenueCatResponseResultAppStorePush_VALUES = cast(
    "dict[object, SyncRevenueCatResponseResultAppStorePush]",
    SyncRevenueCatResponseResultAppStorePush._value2member_map_,
)
