# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Referral")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Referral(_NestedFields):
    program_id: str
    customer: ReferredCustomer
    reward_applied: bool
    created_at: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_id = self.program_id

        customer = self.customer.to_dict()

        reward_applied = self.reward_applied

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "program_id": program_id,
                "customer": customer,
                "reward_applied": reward_applied,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        program_id = src_dict["program_id"]
        if not (type(program_id) is str):
            raise TypeError(f"program_id: expected a string, not {type(program_id).__name__}")

        _customer = src_dict["customer"]

        reward_applied = src_dict["reward_applied"]
        if not (type(reward_applied) is bool):
            raise TypeError(f"reward_applied: expected a boolean, not {type(reward_applied).__name__}")

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        referral = cls(
            program_id,
            _PENDING,
            reward_applied,
            created_at,
        )
        referral._src = src_dict
        del referral.customer

        if len(src_dict) != 4:
            referral.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "program_id",
                    "customer",
                    "reward_applied",
                    "created_at",
                }
            }
        return referral

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


from ..models.referred_customer import ReferredCustomer  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_customer(data: Any) -> Any:
    customer = ReferredCustomer.from_dict(data)

    return customer


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Referral._NESTED = {
    "customer": ("customer", _build_customer),
}
