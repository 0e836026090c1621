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

T = TypeVar("T", bound="TrialUsed")


@_attrs_define
class TrialUsed:
    plan_id: str
    customer_id: str
    fingerprint: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        customer_id = self.customer_id

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "customer_id": customer_id,
            }
        )
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        fingerprint: None | str | Unset = src_dict.get("fingerprint", UNSET)
        if not (fingerprint is UNSET or type(fingerprint) is str or fingerprint is None):
            raise TypeError(f"fingerprint: unexpected {type(fingerprint).__name__}")

        trial_used = cls(
            plan_id,
            customer_id,
            fingerprint,
        )

        if len(src_dict) != 2 + ("fingerprint" in src_dict):
            trial_used.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "customer_id",
                    "fingerprint",
                }
            }
        return trial_used

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
