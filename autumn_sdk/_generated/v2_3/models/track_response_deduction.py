# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrackResponseDeduction")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class TrackResponseDeduction(_NestedFields):
    balance_id: str
    """ ID of the underlying balance row that was deducted from (customer_entitlement or rollover). """
    feature_id: str
    """ The feature this balance belongs to. """
    plan_id: None | str
    """ ID of the plan/product this balance belongs to. Null when the balance can't be attributed to a single plan
    (e.g. it spans multiple). """
    reset: BalanceReset | None
    """ Reset configuration for the balance this deduction came from, or null if the balance doesn't reset. """
    value: float
    """ Amount deducted from this balance. Positive when usage was consumed, negative when credit was restored (e.g.
    a refund via negative track value). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        balance_id = self.balance_id

        feature_id = self.feature_id

        plan_id: None | str
        plan_id = self.plan_id

        reset: dict[str, Any] | None
        if isinstance(self.reset, BalanceReset):
            reset = self.reset.to_dict()
        else:
            reset = self.reset

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "balance_id": balance_id,
                "feature_id": feature_id,
                "plan_id": plan_id,
                "reset": reset,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        balance_id = src_dict["balance_id"]
        if not (type(balance_id) is str):
            raise TypeError(f"balance_id: expected a string, not {type(balance_id).__name__}")

        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        plan_id: None | str = src_dict["plan_id"]
        if not (type(plan_id) is str or plan_id is None):
            raise TypeError(f"plan_id: unexpected {type(plan_id).__name__}")

        _reset = src_dict["reset"]

        value = src_dict["value"]
        if not (type(value) is int or type(value) is float):
            raise TypeError(f"value: expected a number, not {type(value).__name__}")

        track_response_deduction = cls(
            balance_id,
            feature_id,
            plan_id,
            _PENDING,
            value,
        )
        track_response_deduction._src = src_dict
        if _reset is not None:
            del track_response_deduction.reset

        if len(src_dict) != 5:
            track_response_deduction.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "balance_id",
                    "feature_id",
                    "plan_id",
                    "reset",
                    "value",
                }
            }
        return track_response_deduction

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


from ..models.balance_reset import BalanceReset  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_reset(data: Any) -> Any:
    _reset = data
    reset: BalanceReset | None
    if _reset is None:
        reset = None
    elif isinstance(_reset, dict):
        reset_type_0 = BalanceReset.from_dict(_reset)

        reset = reset_type_0
    else:
        raise TypeError(f"reset: unexpected {type(_reset).__name__}")

    return reset


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
TrackResponseDeduction._NESTED = {
    "reset": ("reset", _build_reset),
}
