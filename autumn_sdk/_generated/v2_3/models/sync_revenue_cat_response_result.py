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

from ..models.sync_revenue_cat_response_result_status import SyncRevenueCatResponseResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SyncRevenueCatResponseResult")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class SyncRevenueCatResponseResult(_NestedFields):
    plan_id: str
    status: SyncRevenueCatResponseResultStatus
    store_identifier: str | Unset = UNSET
    apps: list[SyncRevenueCatResponseResultApp] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        status = self.status.value

        store_identifier = self.store_identifier

        apps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apps, Unset):
            apps = []
            for apps_item_data in self.apps:
                apps_item = apps_item_data.to_dict()
                apps.append(apps_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "status": status,
            }
        )
        if store_identifier is not UNSET:
            field_dict["store_identifier"] = store_identifier
        if apps is not UNSET:
            field_dict["apps"] = apps
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        status = _SyncRevenueCatResponseResultStatus_VALUES.get(
            src_dict["status"]
        ) or SyncRevenueCatResponseResultStatus(src_dict["status"])

        store_identifier = src_dict.get("store_identifier", UNSET)
        if store_identifier is not UNSET and not (type(store_identifier) is str):
            raise TypeError(f"store_identifier: expected a string, not {type(store_identifier).__name__}")

        _apps = src_dict.get("apps", UNSET)

        message = src_dict.get("message", UNSET)
        if message is not UNSET and not (type(message) is str):
            raise TypeError(f"message: expected a string, not {type(message).__name__}")

        sync_revenue_cat_response_result = cls(
            plan_id,
            status,
            store_identifier,
            UNSET,
            message,
        )
        sync_revenue_cat_response_result._src = src_dict
        if _apps is not UNSET:
            del sync_revenue_cat_response_result.apps

        if len(src_dict) != 2 + ("store_identifier" in src_dict) + ("apps" in src_dict) + (
            "message" in src_dict
        ):
            sync_revenue_cat_response_result.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "status",
                    "store_identifier",
                    "apps",
                    "message",
                }
            }
        return sync_revenue_cat_response_result

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


from ..models.sync_revenue_cat_response_result_app import SyncRevenueCatResponseResultApp  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_apps(data: Any) -> Any:
    _apps = data
    apps: list[SyncRevenueCatResponseResultApp] | Unset = UNSET
    if _apps is not UNSET:
        apps = []
        for apps_item_data in _apps:
            apps_item = SyncRevenueCatResponseResultApp.from_dict(apps_item_data)

            apps.append(apps_item)

    return apps


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
SyncRevenueCatResponseResult._NESTED = {
    "apps": ("apps", _build_apps),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_SyncRevenueCatResponseResultStatus_VALUES = cast(
    "dict[object, SyncRevenueCatResponseResultStatus]", SyncRevenueCatResponseResultStatus._value2member_map_
)
