# generated from openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackParams")


@_attrs_define
class TrackParams:
    customer_id: str
    """ The ID of the customer. """
    feature_id: str | Unset = UNSET
    """ The ID of the feature to track usage for. Required if event_name is not provided. """
    entity_id: str | Unset = UNSET
    """ The ID of the entity for entity-scoped balances (e.g., per-seat limits). """
    event_name: str | Unset = UNSET
    """ Event name to track usage for. Use instead of feature_id when multiple features should be tracked from a
    single event. """
    value: float | Unset = UNSET
    """ The amount of usage to record. Defaults to 1. Use negative values to credit balance (e.g., when removing a
    seat). """
    properties: TrackParamsProperties | Unset = UNSET
    """ Additional properties to attach to this usage event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        feature_id = self.feature_id

        entity_id = self.entity_id

        event_name = self.event_name

        value = self.value

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
            }
        )
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if value is not UNSET:
            field_dict["value"] = value
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        feature_id = d.pop("feature_id", UNSET)

        entity_id = d.pop("entity_id", UNSET)

        event_name = d.pop("event_name", UNSET)

        value = d.pop("value", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: TrackParamsProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = TrackParamsProperties.from_dict(_properties)

        track_params = cls(
            customer_id,
            feature_id,
            entity_id,
            event_name,
            value,
            properties,
        )

        track_params.additional_properties = d
        return track_params

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


from ..models.track_params_properties import TrackParamsProperties  # noqa: E402
