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

from ..models.aggregate_events_response_deduction_values_value_feature_type import (
    AggregateEventsResponseDeductionValuesValueFeatureType,
)

T = TypeVar("T", bound="AggregateEventsResponseDeductionValuesValue")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class AggregateEventsResponseDeductionValuesValue(_NestedFields):
    feature_type: AggregateEventsResponseDeductionValuesValueFeatureType
    """ credit_system means `deducted` is credits; metered means it is that feature's own amount. """
    deducted: float
    events: float
    balances: list[AggregateEventsResponseDeductionValuesValueBalance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_type = self.feature_type.value

        deducted = self.deducted

        events = self.events

        balances = []
        for balances_item_data in self.balances:
            balances_item = balances_item_data.to_dict()
            balances.append(balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_type": feature_type,
                "deducted": deducted,
                "events": events,
                "balances": balances,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_type = _AggregateEventsResponseDeductionValuesValueFeatureType_VALUES.get(
            src_dict["feature_type"]
        ) or AggregateEventsResponseDeductionValuesValueFeatureType(src_dict["feature_type"])

        deducted = src_dict["deducted"]
        if not (type(deducted) is int or type(deducted) is float):
            raise TypeError(f"deducted: expected a number, not {type(deducted).__name__}")

        events = src_dict["events"]
        if not (type(events) is int or type(events) is float):
            raise TypeError(f"events: expected a number, not {type(events).__name__}")

        _balances = src_dict["balances"]

        aggregate_events_response_deduction_values_value = cls(
            feature_type,
            deducted,
            events,
            _PENDING,
        )
        aggregate_events_response_deduction_values_value._src = src_dict
        del aggregate_events_response_deduction_values_value.balances

        if len(src_dict) != 4:
            aggregate_events_response_deduction_values_value.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_type",
                    "deducted",
                    "events",
                    "balances",
                }
            }
        return aggregate_events_response_deduction_values_value

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


from ..models.aggregate_events_response_deduction_values_value_balance import (
    AggregateEventsResponseDeductionValuesValueBalance,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_balances(data: Any) -> Any:
    balances = []
    _balances = data
    for balances_item_data in _balances:
        balances_item = AggregateEventsResponseDeductionValuesValueBalance.from_dict(balances_item_data)

        balances.append(balances_item)

    return balances


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
AggregateEventsResponseDeductionValuesValue._NESTED = {
    "balances": ("balances", _build_balances),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_AggregateEventsResponseDeductionValuesValueFeatureType_VALUES = cast(
    "dict[object, AggregateEventsResponseDeductionValuesValueFeatureType]",
    AggregateEventsResponseDeductionValuesValueFeatureType._value2member_map_,
)
