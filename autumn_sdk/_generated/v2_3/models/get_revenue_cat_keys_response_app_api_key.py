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

T = TypeVar("T", bound="GetRevenueCatKeysResponseAppApiKey")


@_attrs_define
class GetRevenueCatKeysResponseAppApiKey:
    id: str
    key: str
    """ The public SDK API key value """
    environment: None | str | Unset = UNSET
    """ e.g. "production" / "sandbox" """
    app_id: None | str | Unset = UNSET
    created_at: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        key = src_dict["key"]
        if not (type(key) is str):
            raise TypeError(f"key: expected a string, not {type(key).__name__}")

        environment: None | str | Unset = src_dict.get("environment", UNSET)
        if not (environment is UNSET or type(environment) is str or environment is None):
            raise TypeError(f"environment: unexpected {type(environment).__name__}")

        app_id: None | str | Unset = src_dict.get("app_id", UNSET)
        if not (app_id is UNSET or type(app_id) is str or app_id is None):
            raise TypeError(f"app_id: unexpected {type(app_id).__name__}")

        created_at = src_dict.get("created_at", UNSET)
        if created_at is not UNSET and not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        get_revenue_cat_keys_response_app_api_key = cls(
            id,
            key,
            environment,
            app_id,
            created_at,
        )

        if len(src_dict) != 2 + ("environment" in src_dict) + ("app_id" in src_dict) + (
            "created_at" in src_dict
        ):
            get_revenue_cat_keys_response_app_api_key.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "key",
                    "environment",
                    "app_id",
                    "created_at",
                }
            }
        return get_revenue_cat_keys_response_app_api_key

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
