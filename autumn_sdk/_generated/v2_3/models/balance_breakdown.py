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

T = TypeVar("T", bound="BalanceBreakdown")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BalanceBreakdown(_NestedFields):
    plan_id: None | str
    """ The plan ID this balance originates from, or null for standalone balances. """
    included_grant: float
    """ Amount granted from the plan's included usage. """
    prepaid_grant: float
    """ Amount granted from prepaid purchases or top-ups. """
    remaining: float
    """ Remaining balance available for use. """
    usage: float
    """ Amount consumed in the current period. """
    unlimited: bool
    """ Whether this balance has unlimited usage. """
    reset: BalanceReset | None
    """ Reset configuration for this balance, or null if no reset. """
    price: BalancePrice | None
    """ Pricing configuration if this balance has usage-based pricing. """
    expires_at: float | None
    """ Timestamp when this balance expires, or null for no expiration. """
    id: str | Unset = ""
    """ The unique identifier for this balance breakdown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id: None | str
        plan_id = self.plan_id

        included_grant = self.included_grant

        prepaid_grant = self.prepaid_grant

        remaining = self.remaining

        usage = self.usage

        unlimited = self.unlimited

        reset: dict[str, Any] | None
        if isinstance(self.reset, BalanceReset):
            reset = self.reset.to_dict()
        else:
            reset = self.reset

        price: dict[str, Any] | None
        if isinstance(self.price, BalancePrice):
            price = self.price.to_dict()
        else:
            price = self.price

        expires_at: float | None
        expires_at = self.expires_at

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "included_grant": included_grant,
                "prepaid_grant": prepaid_grant,
                "remaining": remaining,
                "usage": usage,
                "unlimited": unlimited,
                "reset": reset,
                "price": price,
                "expires_at": expires_at,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id: None | str = src_dict["plan_id"]
        if not (type(plan_id) is str or plan_id is None):
            raise TypeError(f"plan_id: unexpected {type(plan_id).__name__}")

        included_grant = src_dict["included_grant"]
        if not (type(included_grant) is int or type(included_grant) is float):
            raise TypeError(f"included_grant: expected a number, not {type(included_grant).__name__}")

        prepaid_grant = src_dict["prepaid_grant"]
        if not (type(prepaid_grant) is int or type(prepaid_grant) is float):
            raise TypeError(f"prepaid_grant: expected a number, not {type(prepaid_grant).__name__}")

        remaining = src_dict["remaining"]
        if not (type(remaining) is int or type(remaining) is float):
            raise TypeError(f"remaining: expected a number, not {type(remaining).__name__}")

        usage = src_dict["usage"]
        if not (type(usage) is int or type(usage) is float):
            raise TypeError(f"usage: expected a number, not {type(usage).__name__}")

        unlimited = src_dict["unlimited"]
        if not (type(unlimited) is bool):
            raise TypeError(f"unlimited: expected a boolean, not {type(unlimited).__name__}")

        _reset = src_dict["reset"]

        _price = src_dict["price"]

        expires_at: float | None = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float or expires_at is None):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        id = src_dict.get("id", UNSET)
        if id is not UNSET and not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        balance_breakdown = cls(
            plan_id,
            included_grant,
            prepaid_grant,
            remaining,
            usage,
            unlimited,
            _PENDING,
            _PENDING,
            expires_at,
            id,
        )
        balance_breakdown._src = src_dict
        if _reset is not None:
            del balance_breakdown.reset
        if _price is not None:
            del balance_breakdown.price

        if len(src_dict) != 9 + ("id" in src_dict):
            balance_breakdown.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "included_grant",
                    "prepaid_grant",
                    "remaining",
                    "usage",
                    "unlimited",
                    "reset",
                    "price",
                    "expires_at",
                    "id",
                }
            }
        return balance_breakdown

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


from ..models.balance_price import BalancePrice  # noqa: E402
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


def _build_price(data: Any) -> Any:
    _price = data
    price: BalancePrice | None
    if _price is None:
        price = None
    elif isinstance(_price, dict):
        price_type_0 = BalancePrice.from_dict(_price)

        price = price_type_0
    else:
        raise TypeError(f"price: unexpected {type(_price).__name__}")

    return price


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BalanceBreakdown._NESTED = {
    "reset": ("reset", _build_reset),
    "price": ("price", _build_price),
}
