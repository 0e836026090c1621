# generated from openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CheckParams")


@_attrs_define
class CheckParams:
    customer_id: str
    """ The ID of the customer. """
    feature_id: str
    """ The ID of the feature. """
    entity_id: str | Unset = UNSET
    """ The ID of the entity for entity-scoped balances (e.g., per-seat limits). """
    required_balance: float | Unset = UNSET
    """ Minimum balance required for access. Returns allowed: false if the customer's balance is below this value.
    Defaults to 1. """
    properties: CheckParamsProperties | Unset = UNSET
    """ Additional properties to attach to the usage event if send_event is true. """
    send_event: bool | Unset = UNSET
    """ If true, atomically records a usage event while checking access. The required_balance value is used as the
    usage amount. Combines check + track in one call. """
    with_preview: bool | Unset = UNSET
    """ If true, includes upgrade/upsell information in the response when access is denied. Useful for displaying
    paywalls. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        feature_id = self.feature_id

        entity_id = self.entity_id

        required_balance = self.required_balance

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        send_event = self.send_event

        with_preview = self.with_preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "feature_id": feature_id,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if required_balance is not UNSET:
            field_dict["required_balance"] = required_balance
        if properties is not UNSET:
            field_dict["properties"] = properties
        if send_event is not UNSET:
            field_dict["send_event"] = send_event
        if with_preview is not UNSET:
            field_dict["with_preview"] = with_preview

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        feature_id = d.pop("feature_id")

        entity_id = d.pop("entity_id", UNSET)

        required_balance = d.pop("required_balance", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: CheckParamsProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = CheckParamsProperties.from_dict(_properties)

        send_event = d.pop("send_event", UNSET)

        with_preview = d.pop("with_preview", UNSET)

        check_params = cls(
            customer_id,
            feature_id,
            entity_id,
            required_balance,
            properties,
            send_event,
            with_preview,
        )

        check_params.additional_properties = d
        return check_params

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


from ..models.check_params_properties import CheckParamsProperties  # noqa: E402
