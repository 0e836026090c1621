# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangeFreeTrialChange")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangeFreeTrialChange(_NestedFields):
    """Present when the plan's free trial changed."""

    previous: FreeTrial | None
    """ The plan's free trial before the change. Null when none. """
    current: FreeTrial | None
    """ The plan's free trial after the change. Null when none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous: dict[str, Any] | None
        if isinstance(self.previous, FreeTrial):
            previous = self.previous.to_dict()
        else:
            previous = self.previous

        current: dict[str, Any] | None
        if isinstance(self.current, FreeTrial):
            current = self.current.to_dict()
        else:
            current = self.current

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previous": previous,
                "current": current,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _previous = src_dict["previous"]

        _current = src_dict["current"]

        billing_updated_data_plan_change_plan_change_free_trial_change = cls(
            _PENDING,
            _PENDING,
        )
        billing_updated_data_plan_change_plan_change_free_trial_change._src = src_dict
        if _previous is not None:
            del billing_updated_data_plan_change_plan_change_free_trial_change.previous
        if _current is not None:
            del billing_updated_data_plan_change_plan_change_free_trial_change.current

        if len(src_dict) != 2:
            billing_updated_data_plan_change_plan_change_free_trial_change.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "previous",
                    "current",
                }
            }
        return billing_updated_data_plan_change_plan_change_free_trial_change

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


from ..models.free_trial import FreeTrial  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_previous(data: Any) -> Any:
    _previous = data
    previous: FreeTrial | None
    if _previous is None:
        previous = None
    elif isinstance(_previous, dict):
        previous_type_0 = FreeTrial.from_dict(_previous)

        previous = previous_type_0
    else:
        raise TypeError(f"previous: unexpected {type(_previous).__name__}")

    return previous


def _build_current(data: Any) -> Any:
    _current = data
    current: FreeTrial | None
    if _current is None:
        current = None
    elif isinstance(_current, dict):
        current_type_0 = FreeTrial.from_dict(_current)

        current = current_type_0
    else:
        raise TypeError(f"current: unexpected {type(_current).__name__}")

    return current


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangeFreeTrialChange._NESTED = {
    "previous": ("previous", _build_previous),
    "current": ("current", _build_current),
}
