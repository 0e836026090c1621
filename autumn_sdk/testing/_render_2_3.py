"""API 2.3's shapes, made from the same state as 2.1's (what 2.3 added, as Autumn's server fills it).

- customers and entities gain ``flags`` (the boolean features they have: the grant's id, its plan,
  its expiry) and ``licenses`` (the emulator models none: ``[]``);
- plans gain ``config`` and ``metadata`` (as given to plans.create/update at 2.3), and their
  ``customer_eligibility`` gains ``attach_action`` (purchase, none, activate, upgrade or downgrade:
  what attaching the plan would do) and ``status``/``canceling``/``trialing``, losing the internal
  ``scenario``;
- check answers ``flag`` (the boolean feature's flag, else null);
- auto top-up purchase limits gain their window (``count``, ``next_reset_at``, ``interval_count``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from . import _sidecar
from ._ledger import feature_for_check, feature_json, grants
from ._provision import main_subscription
from ._store import Customer, Grant, Plan, Store, add_interval, number
from ._versions import renders


def flag_json(store: Store, found: list[Grant], *, with_feature: bool = False) -> dict[str, Any]:
    """A boolean feature's flag: the first grant's id and expiry; its plan when all grants share one."""
    first = found[0]
    plans = {g.plan_id for g in found}
    answer: dict[str, Any] = {
        "id": first.id,
        "plan_id": plans.pop() if len(plans) == 1 else None,
        "expires_at": None if first.expires_at is None else number(first.expires_at),
        "feature_id": first.feature_id,
    }
    if with_feature:
        answer["feature"] = feature_json(store.features[first.feature_id])
    return answer


def flags_json(store: Store, customer: Customer, entity_id: str | None, *, with_feature: bool = False) -> dict[str, Any]:
    feature_ids = set(customer.grants)
    if entity_id is not None:
        feature_ids |= set(customer.entities[entity_id].grants)
    answer: dict[str, Any] = {}
    for feature_id in sorted(feature_ids):
        feature = store.features.get(feature_id)
        if feature is None or feature.type != "boolean":
            continue
        found = grants(store, customer, entity_id, feature_id)
        if found:
            answer[feature_id] = flag_json(store, found, with_feature=with_feature)
    return answer


def attach_action(customer: Customer, plan: Plan, entity_id: str | None) -> str:
    """What attaching ``plan`` would do (Autumn's order: one-off, already on it, add-on, no main plan, price)."""
    if plan.one_off:
        return "purchase"
    if any(s.plan.id == plan.id and s.entity_id == entity_id for s in customer.subscriptions):
        return "none"
    if plan.add_on:
        return "activate"
    current = main_subscription(customer, plan.group, entity_id)
    if current is None:
        return "activate"
    return "upgrade" if plan.base_amount >= current.plan.base_amount else "downgrade"


def _eligibility(store: Store, customer: Customer, plan: Plan, entity_id: str | None, old: Mapping[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = {"attach_action": attach_action(customer, plan, entity_id)}
    if "trial_available" in old:
        answer["trial_available"] = old["trial_available"]
    sub = next((s for s in customer.subscriptions if s.plan.id == plan.id and s.entity_id == entity_id), None)
    if sub is not None:
        answer["status"] = sub.status
        if sub.status == "active":
            answer["canceling"] = sub.canceled_at is not None
            answer["trialing"] = sub.trial_ends_at is not None and sub.trial_ends_at > store.now()
    return answer


def plan_23(store: Store, plan: dict[str, Any], customer: Customer | None = None, entity_id: str | None = None) -> dict[str, Any]:
    extras = _sidecar.of(store).plans.get(plan["id"], {})
    answer = {
        **plan,
        "config": {"ignore_past_due": False, **extras.get("config", {})},
        "metadata": dict(extras.get("metadata", {})),
    }
    if "customer_eligibility" in plan and customer is not None:
        versions = store.plans.get(plan["id"], [])
        current = next((p for p in versions if p.version == plan["version"]), versions[-1] if versions else None)
        if current is not None:
            answer["customer_eligibility"] = _eligibility(store, customer, current, entity_id, plan["customer_eligibility"])
    return answer


def _subscriptions_23(store: Store, answer: dict[str, Any]) -> None:
    for key in ("subscriptions", "purchases"):
        for sub in answer.get(key, []):
            if "plan" in sub:
                sub["plan"] = plan_23(store, sub["plan"])


def _controls_23(store: Store, controls: Mapping[str, Any]) -> dict[str, Any]:
    """Purchase limits of auto top-ups answer their current window (the emulator buys none: count 0)."""
    answer = dict(controls)
    topups = []
    for topup in controls.get("auto_topups") or ():
        topup = dict(topup)
        limit = topup.get("purchase_limit")
        if isinstance(limit, Mapping):
            count = int(limit.get("interval_count", 1))
            topup["purchase_limit"] = {
                **limit,
                "interval_count": count,
                "count": 0,
                "next_reset_at": add_interval(store.now(), str(limit["interval"]), count),
            }
        topups.append(topup)
    if "auto_topups" in controls:
        answer["auto_topups"] = topups
    if "usage_limits" in controls:
        answer["usage_limits"] = [_usage_limit_23(limit) for limit in controls.get("usage_limits") or ()]
    return answer


def _usage_limit_23(limit: Mapping[str, Any]) -> dict[str, Any]:
    """A usage limit as 2.3 answers it. Its document takes a filter's property values as strings,
    numbers or booleans but answers them as non-empty strings: the emulator answers them so (a
    boolean as "true"/"false"), and leaves out a property with an empty name or value."""
    answer = dict(limit)
    filter_ = limit.get("filter")
    if isinstance(filter_, Mapping) and isinstance(filter_.get("properties"), Mapping):
        values = {k: _as_text(v) for k, v in filter_["properties"].items()}
        answer["filter"] = {**filter_, "properties": {k: v for k, v in values.items() if k and v}}
    return answer


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else format(value, "g") if isinstance(value, float) else str(value)


def customer_23(store: Store, customer: Customer, answer: dict[str, Any], expand: Any = ()) -> dict[str, Any]:
    answer = {**answer, "licenses": [], "flags": flags_json(store, customer, None, with_feature="flags.feature" in set(expand))}
    answer["billing_controls"] = _controls_23(store, answer.get("billing_controls") or {})
    _subscriptions_23(store, answer)
    return answer


def entity_23(store: Store, customer: Customer, answer: dict[str, Any]) -> dict[str, Any]:
    answer = {**answer, "flags": flags_json(store, customer, answer["id"])}
    controls = _sidecar.of(store).entity_controls.get((customer.id, answer["id"]))
    if controls is not None:
        answer["billing_controls"] = _controls_23(store, controls)
    _subscriptions_23(store, answer)
    return answer


# -- the operations shared with 2.1 ------------------------------------------------------------


@renders("2.3", "getOrCreateCustomer", "updateCustomer")
def _customer(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    return customer_23(store, store.customers[answer["id"]], answer, params.get("expand") or ())


@renders("2.3", "createEntity", "getEntity")
def _entity(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    customer = store.customers[answer["customer_id"]]
    if params.get("billing_controls") is not None:  # createEntity at 2.3 takes the entity's controls
        _sidecar.of(store).entity_controls[(customer.id, answer["id"])] = dict(params["billing_controls"])
    return entity_23(store, customer, answer)


@renders("2.3", "createPlan", "updatePlan")
def _plan_written(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    extras = _sidecar.of(store).plans
    saved = dict(extras.pop(params["plan_id"], {}))  # new_plan_id renames: the settings follow the plan
    for key in ("metadata", "config"):
        if key in params:
            saved[key] = dict(params[key] or {})
    extras[answer["id"]] = saved
    return plan_23(store, answer)


@renders("2.3", "getPlan")
def _plan(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    return plan_23(store, answer)


@renders("2.3", "listPlans")
def _plans(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    customer = store.customers.get(params["customer_id"]) if "customer_id" in params else None
    return {**answer, "list": [plan_23(store, p, customer, params.get("entity_id")) for p in answer["list"]]}


@renders("2.3", "check")
def _check(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    customer = store.customers[params["customer_id"]]
    feature = store.features[params["feature_id"]]
    paying, _, found = feature_for_check(store, customer, params.get("entity_id"), feature)
    flag = flag_json(store, found) if found and paying.type == "boolean" else None
    return {**answer, "flag": flag}
