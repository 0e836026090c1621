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

from ..models.free_trial_duration import FreeTrialDuration
from ..models.free_trial_on_end import FreeTrialOnEnd
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductFreeTrial")


@_attrs_define
class ProductFreeTrial:
    duration: FreeTrialDuration
    """ Unit of time for the trial duration ('day', 'month', 'year'). """
    length: float
    """ The length of the duration type specified """
    unique_fingerprint: bool
    """ Whether the free trial is limited to one per customer fingerprint """
    card_required: bool
    """ Whether the free trial requires a card. If false, the customer can attach the product without going through
    a checkout flow or having a card on file. """
    on_end: FreeTrialOnEnd | None | Unset = UNSET
    """ Behavior when the trial ends. 'bill' charges the customer (default). 'revert' expires the trial and restores
    the customer's previous plan. """
    trial_available: bool | None | Unset = UNSET
    """ Used in customer context. Whether the free trial is available for the customer if they were to attach the
    product. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration.value

        length = self.length

        unique_fingerprint = self.unique_fingerprint

        card_required = self.card_required

        on_end: None | str | Unset
        if isinstance(self.on_end, Unset):
            on_end = UNSET
        elif isinstance(self.on_end, FreeTrialOnEnd):
            on_end = self.on_end.value
        else:
            on_end = self.on_end

        trial_available: bool | None | Unset
        if isinstance(self.trial_available, Unset):
            trial_available = UNSET
        else:
            trial_available = self.trial_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "length": length,
                "unique_fingerprint": unique_fingerprint,
                "card_required": card_required,
            }
        )
        if on_end is not UNSET:
            field_dict["on_end"] = on_end
        if trial_available is not UNSET:
            field_dict["trial_available"] = trial_available

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        duration = _FreeTrialDuration_VALUES.get(src_dict["duration"]) or FreeTrialDuration(
            src_dict["duration"]
        )

        length = src_dict["length"]
        if not (type(length) is int or type(length) is float):
            raise TypeError(f"length: expected a number, not {type(length).__name__}")

        unique_fingerprint = src_dict["unique_fingerprint"]
        if not (type(unique_fingerprint) is bool):
            raise TypeError(
                f"unique_fingerprint: expected a boolean, not {type(unique_fingerprint).__name__}"
            )

        card_required = src_dict["card_required"]
        if not (type(card_required) is bool):
            raise TypeError(f"card_required: expected a boolean, not {type(card_required).__name__}")

        _on_end = src_dict.get("on_end", UNSET)
        on_end: FreeTrialOnEnd | None | Unset
        if _on_end is None:
            on_end = None
        elif isinstance(_on_end, Unset):
            on_end = UNSET
        elif isinstance(_on_end, str):
            on_end_type_0 = _FreeTrialOnEnd_VALUES.get(_on_end) or FreeTrialOnEnd(_on_end)

            on_end = on_end_type_0
        else:
            raise TypeError(f"on_end: unexpected {type(_on_end).__name__}")

        trial_available: bool | None | Unset = src_dict.get("trial_available", UNSET)
        if not (trial_available is UNSET or type(trial_available) is bool or trial_available is None):
            raise TypeError(f"trial_available: unexpected {type(trial_available).__name__}")

        product_free_trial = cls(
            duration,
            length,
            unique_fingerprint,
            card_required,
            on_end,
            trial_available,
        )

        if len(src_dict) != 4 + ("on_end" in src_dict) + ("trial_available" in src_dict):
            product_free_trial.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "duration",
                    "length",
                    "unique_fingerprint",
                    "card_required",
                    "on_end",
                    "trial_available",
                }
            }
        return product_free_trial

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


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_FreeTrialDuration_VALUES = cast("dict[object, FreeTrialDuration]", FreeTrialDuration._value2member_map_)
_FreeTrialOnEnd_VALUES = cast("dict[object, FreeTrialOnEnd]", FreeTrialOnEnd._value2member_map_)
