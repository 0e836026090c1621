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

T = TypeVar("T", bound="Purchase")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Purchase(_NestedFields):
    plan_id: str
    """ The unique identifier of the purchased plan. """
    expires_at: float | None
    """ Timestamp when the purchase expires, or null for lifetime access. """
    started_at: float
    """ Timestamp when the purchase was made. """
    quantity: float
    """ Number of units purchased. """
    plan: Plan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        expires_at: float | None
        expires_at = self.expires_at

        started_at = self.started_at

        quantity = self.quantity

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "expires_at": expires_at,
                "started_at": started_at,
                "quantity": quantity,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        expires_at: float | None = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float or expires_at is None):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        started_at = src_dict["started_at"]
        if not (type(started_at) is int or type(started_at) is float):
            raise TypeError(f"started_at: expected a number, not {type(started_at).__name__}")

        quantity = src_dict["quantity"]
        if not (type(quantity) is int or type(quantity) is float):
            raise TypeError(f"quantity: expected a number, not {type(quantity).__name__}")

        _plan = src_dict.get("plan", UNSET)

        purchase = cls(
            plan_id,
            expires_at,
            started_at,
            quantity,
            UNSET,
        )
        purchase._src = src_dict
        if _plan is not UNSET:
            del purchase.plan

        if len(src_dict) != 4 + ("plan" in src_dict):
            purchase.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "expires_at",
                    "started_at",
                    "quantity",
                    "plan",
                }
            }
        return purchase

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


from ..models.plan import Plan  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_plan(data: Any) -> Any:
    _plan = data
    plan: Plan | Unset
    if isinstance(_plan, Unset):
        plan = UNSET
    else:
        plan = Plan.from_dict(_plan)

    return plan


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Purchase._NESTED = {
    "plan": ("plan", _build_plan),
}
