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

from ..models.subscription_scope import SubscriptionScope
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Subscription(_NestedFields):
    id: str
    """ The unique identifier of this subscription. If a subscription_id was provided at attach time, it is used;
    otherwise, falls back to the internal ID. """
    plan_id: str
    """ The unique identifier of the subscribed plan. """
    auto_enable: bool
    """ Whether the plan was automatically enabled for the customer. """
    add_on: bool
    """ Whether this is an add-on plan rather than a base subscription. """
    status: SubscriptionStatus
    """ Current status of the subscription. """
    past_due: bool
    """ Whether the subscription has overdue payments. """
    canceled_at: float | None
    """ Timestamp when the subscription was canceled, or null if not canceled. """
    expires_at: float | None
    """ Timestamp when the subscription will expire, or null if no expiry set. """
    trial_ends_at: float | None
    """ Timestamp when the trial period ends, or null if not on trial. """
    started_at: float
    """ Timestamp when the subscription started. """
    current_period_start: float | None
    """ Start timestamp of the current billing period. """
    current_period_end: float | None
    """ End timestamp of the current billing period. """
    quantity: float
    """ Number of units of this subscription (for per-seat plans). """
    plan: Plan | Unset = UNSET
    scope: SubscriptionScope | Unset = UNSET
    """ Whether this subscription is attached at the customer level or entity level. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan_id = self.plan_id

        auto_enable = self.auto_enable

        add_on = self.add_on

        status = self.status.value

        past_due = self.past_due

        canceled_at: float | None
        canceled_at = self.canceled_at

        expires_at: float | None
        expires_at = self.expires_at

        trial_ends_at: float | None
        trial_ends_at = self.trial_ends_at

        started_at = self.started_at

        current_period_start: float | None
        current_period_start = self.current_period_start

        current_period_end: float | None
        current_period_end = self.current_period_end

        quantity = self.quantity

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan_id": plan_id,
                "auto_enable": auto_enable,
                "add_on": add_on,
                "status": status,
                "past_due": past_due,
                "canceled_at": canceled_at,
                "expires_at": expires_at,
                "trial_ends_at": trial_ends_at,
                "started_at": started_at,
                "current_period_start": current_period_start,
                "current_period_end": current_period_end,
                "quantity": quantity,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        auto_enable = src_dict["auto_enable"]
        if not (type(auto_enable) is bool):
            raise TypeError(f"auto_enable: expected a boolean, not {type(auto_enable).__name__}")

        add_on = src_dict["add_on"]
        if not (type(add_on) is bool):
            raise TypeError(f"add_on: expected a boolean, not {type(add_on).__name__}")

        status = _SubscriptionStatus_VALUES.get(src_dict["status"]) or SubscriptionStatus(src_dict["status"])

        past_due = src_dict["past_due"]
        if not (type(past_due) is bool):
            raise TypeError(f"past_due: expected a boolean, not {type(past_due).__name__}")

        canceled_at: float | None = src_dict["canceled_at"]
        if not (type(canceled_at) is int or type(canceled_at) is float or canceled_at is None):
            raise TypeError(f"canceled_at: unexpected {type(canceled_at).__name__}")

        expires_at: float | None = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float or expires_at is None):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        trial_ends_at: float | None = src_dict["trial_ends_at"]
        if not (type(trial_ends_at) is int or type(trial_ends_at) is float or trial_ends_at is None):
            raise TypeError(f"trial_ends_at: unexpected {type(trial_ends_at).__name__}")

        started_at = src_dict["started_at"]
        if not (type(started_at) is int or type(started_at) is float):
            raise TypeError(f"started_at: expected a number, not {type(started_at).__name__}")

        current_period_start: float | None = src_dict["current_period_start"]
        if not (
            type(current_period_start) is int
            or type(current_period_start) is float
            or current_period_start is None
        ):
            raise TypeError(f"current_period_start: unexpected {type(current_period_start).__name__}")

        current_period_end: float | None = src_dict["current_period_end"]
        if not (
            type(current_period_end) is int or type(current_period_end) is float or current_period_end is None
        ):
            raise TypeError(f"current_period_end: unexpected {type(current_period_end).__name__}")

        quantity = src_dict["quantity"]
        if not (type(quantity) is int or type(quantity) is float):
            raise TypeError(f"quantity: expected a number, not {type(quantity).__name__}")

        _plan = src_dict.get("plan", UNSET)

        _scope = src_dict.get("scope", UNSET)
        scope: SubscriptionScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = _SubscriptionScope_VALUES.get(_scope) or SubscriptionScope(_scope)

        subscription = cls(
            id,
            plan_id,
            auto_enable,
            add_on,
            status,
            past_due,
            canceled_at,
            expires_at,
            trial_ends_at,
            started_at,
            current_period_start,
            current_period_end,
            quantity,
            UNSET,
            scope,
        )
        subscription._src = src_dict
        if _plan is not UNSET:
            del subscription.plan

        if len(src_dict) != 13 + ("plan" in src_dict) + ("scope" in src_dict):
            subscription.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "plan_id",
                    "auto_enable",
                    "add_on",
                    "status",
                    "past_due",
                    "canceled_at",
                    "expires_at",
                    "trial_ends_at",
                    "started_at",
                    "current_period_start",
                    "current_period_end",
                    "quantity",
                    "plan",
                    "scope",
                }
            }
        return subscription

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
Subscription._NESTED = {
    "plan": ("plan", _build_plan),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_SubscriptionScope_VALUES = cast("dict[object, SubscriptionScope]", SubscriptionScope._value2member_map_)
_SubscriptionStatus_VALUES = cast("dict[object, SubscriptionStatus]", SubscriptionStatus._value2member_map_)
