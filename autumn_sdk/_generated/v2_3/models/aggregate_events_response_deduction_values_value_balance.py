# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AggregateEventsResponseDeductionValuesValueBalance")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class AggregateEventsResponseDeductionValuesValueBalance(_NestedFields):
    balance_id: str
    """ ID of the balance row drawn from (customer_entitlement or rollover). """
    entity_id: None | str
    """ Entity that owns this balance, or null when it is customer-level and shared. """
    plan_id: None | str
    """ Plan the balance came with. Null for balances created outside a plan. """
    reset: AggregateEventsResponseDeductionValuesValueBalanceReset | None
    """ Reset config for this balance, captured at deduction time. """
    credit_cost: float | None
    """ Multiplier applied converting the tracked feature into this balance. Null when 1:1, or when the query spans
    sources converting at different rates. """
    deducted: float
    events: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        entity_id: None | str
        entity_id = self.entity_id

        plan_id: None | str
        plan_id = self.plan_id

        reset: dict[str, Any] | None
        if isinstance(self.reset, AggregateEventsResponseDeductionValuesValueBalanceReset):
            reset = self.reset.to_dict()
        else:
            reset = self.reset

        credit_cost: float | None
        credit_cost = self.credit_cost

        deducted = self.deducted

        events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "entity_id": entity_id,
                "plan_id": plan_id,
                "reset": reset,
                "credit_cost": credit_cost,
                "deducted": deducted,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        balance_id = src_dict["balance_id"]
        if not (type(balance_id) is str):
            raise TypeError(f"balance_id: expected a string, not {type(balance_id).__name__}")

        entity_id: None | str = src_dict["entity_id"]
        if not (type(entity_id) is str or entity_id is None):
            raise TypeError(f"entity_id: unexpected {type(entity_id).__name__}")

        plan_id: None | str = src_dict["plan_id"]
        if not (type(plan_id) is str or plan_id is None):
            raise TypeError(f"plan_id: unexpected {type(plan_id).__name__}")

        _reset = src_dict["reset"]

        credit_cost: float | None = src_dict["credit_cost"]
        if not (type(credit_cost) is int or type(credit_cost) is float or credit_cost is None):
            raise TypeError(f"credit_cost: unexpected {type(credit_cost).__name__}")

        deducted = src_dict["deducted"]
        if not (type(deducted) is int or type(deducted) is float):
            raise TypeError(f"deducted: expected a number, not {type(deducted).__name__}")

        events = src_dict["events"]
        if not (type(events) is int or type(events) is float):
            raise TypeError(f"events: expected a number, not {type(events).__name__}")

        aggregate_events_response_deduction_values_value_balance = cls(
            balance_id,
            entity_id,
            plan_id,
            _PENDING,
            credit_cost,
            deducted,
            events,
        )
        aggregate_events_response_deduction_values_value_balance._src = src_dict
        if _reset is not None:
            del aggregate_events_response_deduction_values_value_balance.reset

        if len(src_dict) != 7:
            aggregate_events_response_deduction_values_value_balance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "balance_id",
                    "entity_id",
                    "plan_id",
                    "reset",
                    "credit_cost",
                    "deducted",
                    "events",
                }
            }
        return aggregate_events_response_deduction_values_value_balance

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


from ..models.aggregate_events_response_deduction_values_value_balance_reset import (
    AggregateEventsResponseDeductionValuesValueBalanceReset,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_reset(data: Any) -> Any:
    _reset = data
    reset: AggregateEventsResponseDeductionValuesValueBalanceReset | None
    if _reset is None:
        reset = None
    elif isinstance(_reset, dict):
        reset_type_0 = AggregateEventsResponseDeductionValuesValueBalanceReset.from_dict(_reset)

        reset = reset_type_0
    else:
        raise TypeError(f"reset: unexpected {type(_reset).__name__}")

    return reset


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
AggregateEventsResponseDeductionValuesValueBalance._NESTED = {
    "reset": ("reset", _build_reset),
}
