# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VercelWebhooksEventData")


@_attrs_define
class VercelWebhooksEventData:
    installation_id: str
    """ The Vercel integration configuration ID. """
    event: Any
    """ The raw Vercel webhook event payload. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        installation_id = self.installation_id

        event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "installation_id": installation_id,
                "event": event,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        installation_id = src_dict["installation_id"]
        if not (type(installation_id) is str):
            raise TypeError(f"installation_id: expected a string, not {type(installation_id).__name__}")

        event = src_dict["event"]

        vercel_webhooks_event_data = cls(
            installation_id,
            event,
        )

        if len(src_dict) != 2:
            vercel_webhooks_event_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "installation_id",
                    "event",
                }
            }
        return vercel_webhooks_event_data

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
