"""API 2.3's cursor-paged lists: customers.list, entities.list, events.list (see ``_cursor``); and
events.aggregate, whose ``customer_id`` 2.3 made optional.

The filters are 2.1's (plans, subscription status, search; feature, time range), plus 2.3's
``created_at_range``, ``sort_order`` (customers) and ``entity_id`` (events). ``processors`` is
accepted and matches every customer: the emulator's customers all bill through its own "Stripe".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _cursor, _sidecar
from .._provision import load_customer, roll
from .._render import customer_json, entity_json
from .._render_2_3 import customer_23, entity_23
from .._store import ApiError, Customer, Entity, Event, Store, number
from .._versions import handles_in
from . import events


def _matches(customer: Customer, subs_of: Any, params: Mapping[str, Any]) -> bool:
    search = str(params.get("search", "")).lower()
    if search and not any(search in (v or "").lower() for v in (customer.id, customer.name, customer.email)):
        return False
    status = params.get("subscription_status")
    subs = [s for s in subs_of if status is None or s.status == status]
    wanted = params.get("plans") or []
    if wanted and not any(
        s.plan.id == f["id"] and (not f.get("versions") or s.plan.version in f["versions"]) for f in wanted for s in subs
    ):
        return False
    return status is None or bool(subs)


def _in_range(at: float, window: Mapping[str, Any] | None) -> bool:
    window = window or {}
    return ("start" not in window or at >= window["start"]) and ("end" not in window or at < window["end"])


@handles_in("2.3", "listCustomers")
def list_customers(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    found = []
    for customer in list(store.customers.values()):
        roll(store, customer)
        if _matches(customer, customer.subscriptions, params) and _in_range(customer.created_at, params.get("created_at_range")):
            found.append(customer)
    return _cursor.page(
        found,
        lambda c: (c.created_at, c.id),
        params,
        lambda c: customer_23(store, c, customer_json(store, c)),
        descending=params.get("sort_order", "desc") == "desc",
    )


@handles_in("2.3", "listEntities")
def list_entities(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    owners = [load_customer(store, params["customer_id"])] if "customer_id" in params else list(store.customers.values())
    found: list[tuple[Customer, Entity]] = []
    for customer in owners:
        roll(store, customer)
        for entity in customer.entities.values():
            subs = [s for s in customer.subscriptions if s.entity_id == entity.id]
            search = str(params.get("search", "")).lower()
            if search and not any(search in (v or "").lower() for v in (entity.id, entity.name)):
                continue
            if _matches(customer, subs, {**params, "search": ""}):
                found.append((customer, entity))
    return _cursor.page(
        found,
        lambda pair: (pair[1].created_at, pair[1].autumn_id),
        params,
        lambda pair: entity_23(store, pair[0], entity_json(store, pair[0], pair[1])),
    )


def event_json(store: Store, event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "timestamp": event.timestamp,
        "feature_id": event.feature_id,
        "customer_id": event.customer_id,
        "value": number(event.value),
        "properties": dict(event.properties),
        # Events recorded through 2.1 requests did not keep theirs: null, as for Autumn's older events.
        "deductions": _sidecar.of(store).deductions.get(event.id),
    }


@handles_in("2.3", "listEvents")
def list_events(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    if "customer_id" in params:
        store.customer(params["customer_id"])
    features = params.get("feature_id")
    wanted = None if features is None else ({features} if isinstance(features, str) else set(features))
    found = [
        e
        for e in store.events
        if ("customer_id" not in params or e.customer_id == params["customer_id"])
        and ("entity_id" not in params or e.entity_id == params["entity_id"])
        and (wanted is None or e.feature_id in wanted)
        and _in_range(e.timestamp, params.get("custom_range"))
    ]
    return _cursor.page(found, lambda e: (e.timestamp, e.id), params, lambda e: event_json(store, e))


@handles_in("2.3", "aggregateEvents")
def aggregate_events(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    """2.3 makes ``customer_id`` optional: without it, every customer's usage, bin by bin."""
    if "customer_id" in params:
        return events.aggregate_events(store, params)
    if params.get("range") in ("1bc", "3bc", "last_cycle"):
        raise ApiError(400, "invalid_inputs", "range: a billing-cycle range needs customer_id")
    features = [params["feature_id"]] if isinstance(params["feature_id"], str) else list(params["feature_id"])
    merged: dict[str, Any] = {"list": [], "total": {f: {"count": 0, "sum": 0} for f in features}}
    for customer_id in list(store.customers):
        answer = events.aggregate_events(store, {**params, "customer_id": customer_id})
        if not merged["list"]:
            merged["list"] = answer["list"]
        else:
            for row, other in zip(merged["list"], answer["list"], strict=True):
                for feature_id, value in other["values"].items():
                    row["values"][feature_id] = number(row["values"][feature_id] + value)
                for feature_id, groups in other.get("grouped_values", {}).items():
                    mine = row["grouped_values"][feature_id]
                    for key, value in groups.items():
                        mine[key] = number(mine.get(key, 0) + value)
        for feature_id, total in answer["total"].items():
            merged["total"][feature_id] = {
                "count": merged["total"][feature_id]["count"] + total["count"],
                "sum": number(merged["total"][feature_id]["sum"] + total["sum"]),
            }
    return merged
