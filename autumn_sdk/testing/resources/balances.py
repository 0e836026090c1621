"""check, track, and balances.create / update / delete, as Autumn's server answers them.

``check`` reports the balance that pays for the feature (its own, or a credit system's once its
own is used up) and allows when it is unlimited, a granted flag, has ``remaining >=
required_balance`` (default 1) or room for overage. ``send_event`` deducts in the same
transaction and refuses (nothing deducted) what cannot be paid in full. ``track`` deducts
``value`` (default 1; negative refunds, never above what was granted) by ``feature_id``, or by
``event_name`` from every feature that lists it; what cannot be placed is dropped. Every
deduction is an event on the emulator's clock. The arithmetic is in ``_ledger``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._ledger import adjust, allows, balance_json, feature_for_check, grants, reported_feature, spend
from .._provision import entity_of, load_customer
from .._registry import handles
from .._store import ApiError, Customer, Feature, Grant, Item, Plan, Store, add_interval, number
from .events import record_event


@handles("check")
def check(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    """``runCheckV2``: the balance that pays (the feature's, or a credit system's once it is used up)."""
    customer = load_customer(store, params["customer_id"])
    feature = store.feature(params["feature_id"])
    entity_id = params.get("entity_id")
    asked = float(params.get("required_balance", 1))
    if params.get("send_event") and feature.type == "boolean":
        raise ApiError(
            400,
            "invalid_request",
            "send_event cannot be used with boolean features, which are flags rather than usage-tracked.",
        )
    paying, cost, found = feature_for_check(store, customer, entity_id, feature, asked)
    required = asked * cost if paying is not feature else asked
    balance = balance_json(paying, found) if found and paying.type != "boolean" else None
    if paying.type == "boolean":
        allowed = bool(found)
    elif params.get("send_event"):
        allowed, balance = _check_and_track(store, customer, params, feature, asked, bool(found), balance)
        if not found:
            required = asked  # buildNoEntitlementResponse answers the amount as asked
    else:
        allowed = allows(found, required)
    answer: dict[str, Any] = {
        "allowed": allowed,
        "customer_id": customer.id,
        "entity_id": entity_id,
        "required_balance": number(required),
        "balance": balance,
    }
    if not allowed and params.get("with_preview"):
        answer["preview"] = _paywall(store, customer, feature, has_balance=bool(found))
    return answer


def _check_and_track(
    store: Store,
    customer: Customer,
    params: Mapping[str, Any],
    feature: Feature,
    asked: float,
    has_balance: bool,
    balance: dict[str, Any] | None,
) -> tuple[bool, dict[str, Any] | None]:
    """``runCheckWithTrackV2``: a track that refuses (``overage_behavior: reject``) rather than caps."""
    entity_id = params.get("entity_id")
    if not has_balance and asked > 0:
        return False, None
    taken = spend(store, customer, entity_id, feature, asked, reject=True)
    if taken is None:
        return False, balance
    record_event(store, customer, feature.id, asked, params.get("properties"), entity_id)
    return True, _tracked_balance(store, customer, entity_id, feature, taken)


def _tracked_balance(
    store: Store, customer: Customer, entity_id: str | None, feature: Feature, taken: dict[str, float]
) -> dict[str, Any] | None:
    reported = reported_feature(store, customer, entity_id, feature, taken)
    found = grants(store, customer, entity_id, reported.id)
    return balance_json(reported, found) if found else None


def _paywall(store: Store, customer: Customer, feature: Feature, has_balance: bool) -> dict[str, Any]:
    """The plans the customer is not on yet that grant the feature (or the credits that pay for it)."""
    on = {s.plan.id for s in customer.subscriptions}
    offering = [
        versions[-1]
        for versions in store.plans.values()
        if versions[-1].id not in on
        and not versions[-1].archived
        and any(
            i.feature_id == feature.id or store.features[i.feature_id].credit_cost(feature.id) is not None
            for i in versions[-1].items
            if i.feature_id in store.features
        )
    ]
    return {
        "scenario": "usage_limit" if has_balance else "feature_flag",
        "title": f"You're out of {feature.name}" if has_balance else f"Upgrade to use {feature.name}",
        "message": (
            f"You have used all of your {feature.name}. Upgrade to get more."
            if has_balance
            else f"Your plan does not include {feature.name}."
        ),
        "feature_id": feature.id,
        "feature_name": feature.name,
        "products": [_product(store, p) for p in offering],
    }


def _product(store: Store, plan: Plan) -> dict[str, Any]:
    """A plan in the older "product" shape that the paywall preview still uses at 2.1."""
    items: list[dict[str, Any]] = []
    if plan.price is not None:
        items.append(
            {"type": "price", "price": number(plan.base_amount), "interval": plan.price["interval"] if not plan.one_off else None}
        )
    for item in plan.items:
        feature = store.features[item.feature_id]
        items.append(
            {
                "type": "priced_feature" if item.price else "feature",
                "feature_id": item.feature_id,
                "feature_type": "boolean"
                if feature.type == "boolean"
                else ("single_use" if feature.consumable else "continuous_use"),
                "included_usage": "inf" if item.unlimited else number(item.included),
                "interval": item.interval,
                "interval_count": item.interval_count,
                "price": number(float(item.price.get("amount", 0))) if item.price else None,
                "usage_model": None if item.price is None else ("prepaid" if item.billing_method == "prepaid" else "pay_per_use"),
                "billing_units": number(float(item.price.get("billing_units", 1))) if item.price else None,
                "entity_feature_id": item.entity_feature_id,
            }
        )
    return {
        "id": plan.id,
        "name": plan.name,
        "group": plan.group,
        "env": store.env,
        "is_add_on": plan.add_on,
        "is_default": plan.auto_enable,
        "archived": plan.archived,
        "version": plan.version,
        "created_at": plan.created_at,
        "items": items,
        "free_trial": None,
        "base_variant_id": None,
        "properties": {"is_free": plan.price is None, "is_one_off": plan.one_off},
    }


@handles("track")
def track(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    """``runTrackV3`` with ``overage_behavior: cap``: what cannot be placed is dropped, never refused."""
    customer = load_customer(store, params["customer_id"])
    entity_id = params.get("entity_id")
    entity_of(customer, entity_id)
    value = float(params.get("value", 1))
    if ("feature_id" in params) == ("event_name" in params):
        raise ApiError(400, "invalid_inputs", "Either feature_id or event_name must be provided")
    if "feature_id" in params:
        features = [store.feature(params["feature_id"])]
    else:
        event = params["event_name"]
        features = [f for f in store.features.values() if event in f.event_names]
        if not features:  # getTrackEventNameDeductions: a RecaseError with its default code
            raise ApiError(404, "invalid_request", f"No features found for event name: {event}")
    balances: dict[str, Any] = {}
    for feature in features:
        record_event(store, customer, feature.id, value, params.get("properties"), entity_id)
        if feature.type == "boolean":  # a flag has no usage: tracking it is a no-op (track-basic4)
            continue
        taken = spend(store, customer, entity_id, feature, value)
        reported = reported_feature(store, customer, entity_id, feature, taken or {})
        found = grants(store, customer, entity_id, reported.id)
        if found:
            balances[reported.id] = balance_json(reported, found)
    answer: dict[str, Any] = {"customer_id": customer.id, "value": number(value)}
    if entity_id is not None:
        answer["entity_id"] = entity_id
    if "event_name" in params:
        answer["event_name"] = params["event_name"]
    if len(balances) == 1:
        answer["balance"] = next(iter(balances.values()))
    else:
        answer["balance"] = None
        if balances:
            answer["balances"] = balances
    return answer


def _holder(customer: Customer, entity_id: str | None) -> dict[str, list[Grant]]:
    entity = entity_of(customer, entity_id)
    return entity.grants if entity is not None else customer.grants


@handles("createBalance")
def create_balance(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    """A grant outside any plan: check and track see it like any other."""
    customer = load_customer(store, params["customer_id"])
    feature = store.feature(params["feature_id"])
    holder = _holder(customer, params.get("entity_id"))
    balance_id = params.get("balance_id") or store.new_id("bal")
    if any(g.id == balance_id for g in customer.all_grants()):
        raise ApiError(409, "invalid_request", f"balance_id {balance_id!r} is already in use for this customer")
    reset = params.get("reset")
    interval = reset["interval"] if reset and reset["interval"] != "one_off" else None
    count = int(reset.get("interval_count", 1)) if reset else 1
    unlimited = bool(params.get("unlimited", False))
    item = Item(
        feature_id=feature.id,
        included=0 if unlimited else float(params.get("included_grant", 1 if feature.type == "boolean" else 0)),
        unlimited=unlimited,
        interval=interval,
        interval_count=count,
    )
    grant = Grant(
        id=balance_id,
        feature_id=feature.id,
        item=item,
        next_reset_at=add_interval(store.now(), interval, count) if interval else None,
        expires_at=params.get("expires_at"),
        entity_id=params.get("entity_id"),
    )
    holder.setdefault(feature.id, []).append(grant)
    return {"success": True}


def _selected(store: Store, customer: Customer, params: Mapping[str, Any]) -> list[Grant]:
    entity_id = params.get("entity_id")
    feature_id = params.get("feature_id")
    if feature_id is not None:
        store.feature(feature_id)
        found = grants(store, customer, entity_id, feature_id)
    else:
        found = (
            [g for g in customer.all_grants()]
            if entity_id is None
            else [g for gs in _holder(customer, entity_id).values() for g in gs]
        )
    if "balance_id" in params:
        found = [g for g in found if g.id == params["balance_id"]]
    if "interval" in params:
        found = [g for g in found if (g.item.interval or "one_off") == params["interval"]]
    if not found:
        # RecaseError's default code: the server has no balance_not_found.
        raise ApiError(404, "invalid_request", f"Customer {customer.id} has no such balance of {feature_id or 'any feature'}")
    return found


@handles("updateBalance")
def update_balance(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    """Set ``remaining`` or ``usage``, add to the balance, change the grant or the next reset."""
    customer = load_customer(store, params["customer_id"])
    found = _selected(store, customer, params)
    if "included_grant" in params:
        if len(found) != 1:
            raise ApiError(400, "invalid_inputs", "included_grant: name one balance (balance_id or interval)")
        grant = found[0]
        grant.item = Item(**{**grant.item.__dict__, "included": float(params["included_grant"])})
    if "usage" in params:
        adjust(found, float(params["usage"]) - sum(g.usage for g in found))
    if "remaining" in params:
        adjust(found, sum(g.remaining for g in found) - float(params["remaining"]))
    if "add_to_balance" in params:
        adjust(found, -float(params["add_to_balance"]))
    if "next_reset_at" in params:
        for grant in found:
            if grant.item.interval is not None:
                grant.next_reset_at = params["next_reset_at"]
    return {"success": True}


@handles("deleteBalance")
def delete_balance(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    found = _selected(store, customer, params)
    for grant in found:
        # deleteBalance.ts: a priced balance belongs to its plan's price, a pooled one to its pool.
        if grant.item.price is not None:
            raise ApiError(
                409, "invalid_request", f"Cannot delete paid balance for feature {grant.feature_id} and customer {customer.id}"
            )
        if grant.pooled:
            raise ApiError(
                409,
                "invalid_request",
                f"Cannot delete pooled balance for feature {grant.feature_id} and customer {customer.id}. "
                "Remove the contributing plans instead.",
            )
    doomed = {id(g) for g in found}
    for holder in [customer.grants, *(e.grants for e in customer.entities.values())]:
        for feature_id in list(holder):
            holder[feature_id] = [g for g in holder[feature_id] if id(g) not in doomed]
            if not holder[feature_id]:
                del holder[feature_id]
    return {"success": True}
