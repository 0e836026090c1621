# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetRevenueCatKeysResponseApp")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class GetRevenueCatKeysResponseApp(_NestedFields):
    app_id: str
    app_type: str
    """ RevenueCat store type, e.g. test_store / app_store / play_store """
    name: str
    api_keys: list[GetRevenueCatKeysResponseAppApiKey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_type = self.app_type

        name = self.name

        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_id": app_id,
                "app_type": app_type,
                "name": name,
                "api_keys": api_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        app_id = src_dict["app_id"]
        if not (type(app_id) is str):
            raise TypeError(f"app_id: expected a string, not {type(app_id).__name__}")

        app_type = src_dict["app_type"]
        if not (type(app_type) is str):
            raise TypeError(f"app_type: expected a string, not {type(app_type).__name__}")

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        _api_keys = src_dict["api_keys"]

        get_revenue_cat_keys_response_app = cls(
            app_id,
            app_type,
            name,
            _PENDING,
        )
        get_revenue_cat_keys_response_app._src = src_dict
        del get_revenue_cat_keys_response_app.api_keys

        if len(src_dict) != 4:
            get_revenue_cat_keys_response_app.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "app_id",
                    "app_type",
                    "name",
                    "api_keys",
                }
            }
        return get_revenue_cat_keys_response_app

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


from ..models.get_revenue_cat_keys_response_app_api_key import GetRevenueCatKeysResponseAppApiKey  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_api_keys(data: Any) -> Any:
    api_keys = []
    _api_keys = data
    for api_keys_item_data in _api_keys:
        api_keys_item = GetRevenueCatKeysResponseAppApiKey.from_dict(api_keys_item_data)

        api_keys.append(api_keys_item)

    return api_keys


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
GetRevenueCatKeysResponseApp._NESTED = {
    "api_keys": ("api_keys", _build_api_keys),
}
