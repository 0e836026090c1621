# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DfuFlashParamsBillableLink")


@_attrs_define
class DfuFlashParamsBillableLink:
    """Existing processor billing object this billable is adopted from; omit for paid one-offs."""

    subscription_id: str | Unset = UNSET
    """ Existing processor subscription id this billable is adopted from. """
    schedule_id: str | Unset = UNSET
    """ Existing processor subscription-schedule id this billable is adopted from. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        schedule_id = self.schedule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        subscription_id = src_dict.get("subscription_id", UNSET)
        if subscription_id is not UNSET and not (type(subscription_id) is str):
            raise TypeError(f"subscription_id: expected a string, not {type(subscription_id).__name__}")

        schedule_id = src_dict.get("schedule_id", UNSET)
        if schedule_id is not UNSET and not (type(schedule_id) is str):
            raise TypeError(f"schedule_id: expected a string, not {type(schedule_id).__name__}")

        dfu_flash_params_billable_link = cls(
            subscription_id,
            schedule_id,
        )

        if len(src_dict) != 0 + ("subscription_id" in src_dict) + ("schedule_id" in src_dict):
            dfu_flash_params_billable_link.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "subscription_id",
                    "schedule_id",
                }
            }
        return dfu_flash_params_billable_link

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


# DfuFlashParamsBillableLink as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class DfuFlashParamsBillableLinkDict(TypedDict, total=False):
    subscription_id: str
    schedule_id: str
