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

T = TypeVar("T", bound="BalancesUsageAlertTriggeredData")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BalancesUsageAlertTriggeredData(_NestedFields):
    customer_id: str
    """ The ID of the customer whose usage alert was triggered. """
    feature_id: str
    """ The feature ID the alert applies to. """
    usage_alert: BalancesUsageAlertTriggeredDataUsageAlert
    """ Details of the usage alert that was triggered. """
    entity_id: str | Unset = UNSET
    """ The entity ID the alert applies to, if the usage was entity-scoped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        feature_id = self.feature_id

        usage_alert = self.usage_alert.to_dict()

        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "feature_id": feature_id,
                "usage_alert": usage_alert,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        _usage_alert = src_dict["usage_alert"]

        entity_id = src_dict.get("entity_id", UNSET)
        if entity_id is not UNSET and not (type(entity_id) is str):
            raise TypeError(f"entity_id: expected a string, not {type(entity_id).__name__}")

        balances_usage_alert_triggered_data = cls(
            customer_id,
            feature_id,
            _PENDING,
            entity_id,
        )
        balances_usage_alert_triggered_data._src = src_dict
        del balances_usage_alert_triggered_data.usage_alert

        if len(src_dict) != 3 + ("entity_id" in src_dict):
            balances_usage_alert_triggered_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "feature_id",
                    "usage_alert",
                    "entity_id",
                }
            }
        return balances_usage_alert_triggered_data

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


from ..models.balances_usage_alert_triggered_data_usage_alert import BalancesUsageAlertTriggeredDataUsageAlert  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_usage_alert(data: Any) -> Any:
    usage_alert = BalancesUsageAlertTriggeredDataUsageAlert.from_dict(data)

    return usage_alert


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BalancesUsageAlertTriggeredData._NESTED = {
    "usage_alert": ("usage_alert", _build_usage_alert),
}
