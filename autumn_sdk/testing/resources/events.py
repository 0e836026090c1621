"""events.list and events.aggregate over the usage events that check and track record.

Every ``track`` (one event per feature it changes) and every ``check`` with ``send_event`` is an
event, stamped with the emulator's clock. ``aggregate`` bins them by hour, day or month (UTC) over
a range or a custom range, totals each feature, and groups by one event property.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from dateutil.relativedelta import relativedelta

from .._provision import load_customer, main_subscription
from .._registry import handles
from .._store import ApiError, Customer, Event, Store, add_interval, number

_HOUR = 3_600_000
_DAY = 24 * _HOUR
_RANGES = {"24h": _DAY, "7d": 7 * _DAY, "30d": 30 * _DAY, "90d": 90 * _DAY}


def record_event(store: Store, customer: Customer, feature_id: str, value: float, properties: Any, entity_id: str | None) -> None:
    store.events.append(
        Event(
            id=store.new_id("evt"),
            customer_id=customer.id,
            feature_id=feature_id,
            value=value,
            timestamp=store.now(),
            properties=dict(properties or {}),
            entity_id=entity_id,
        )
    )


def _feature_ids(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _event_json(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "timestamp": event.timestamp,
        "feature_id": event.feature_id,
        "customer_id": event.customer_id,
        "value": number(event.value),
        "properties": dict(event.properties),
    }


@handles("listEvents")
def list_events(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    if "customer_id" in params:
        store.customer(params["customer_id"])
    offset = int(params.get("offset", 0))
    limit = int(params.get("limit", 100))
    features = set(_feature_ids(params["feature_id"])) if "feature_id" in params else None
    window = params.get("custom_range") or {}
    matches = [
        e
        for e in reversed(store.events)  # newest first
        if ("customer_id" not in params or e.customer_id == params["customer_id"])
        and (features is None or e.feature_id in features)
        and ("start" not in window or e.timestamp >= window["start"])
        and ("end" not in window or e.timestamp < window["end"])
    ]
    page = matches[offset : offset + limit]
    # At 2.1 (listEvents in server/src/internal/analytics/actions): ``total`` counts this page;
    # ``has_more`` says whether another event follows it.
    return {
        "list": [_event_json(e) for e in page],
        "has_more": offset + len(page) < len(matches),
        "offset": offset,
        "limit": limit,
        "total": len(page),
    }


def _cycle(store: Store, customer: Customer) -> tuple[int, int, str]:
    """The current billing cycle (start, end) and its interval: the main plan's, else monthly from sign-up."""
    sub = main_subscription(customer, None, None)
    if sub is not None and sub.current_period_start is not None and sub.current_period_end is not None and sub.plan.price:
        return sub.current_period_start, sub.current_period_end, str(sub.plan.price["interval"])
    start = customer.created_at
    now = store.now()
    while add_interval(start, "month") <= now:
        start = add_interval(start, "month")
    return start, add_interval(start, "month"), "month"


def _window(store: Store, customer: Customer, params: Mapping[str, Any]) -> tuple[int, int, bool]:
    """(start, end, whether ``end`` itself is in): a named range runs up to and including now, as the
    server's (``calculateDateRange`` in server/src/internal/analytics/actions/aggregate.ts) does."""
    if "custom_range" in params and "range" in params:
        raise ApiError(400, "invalid_inputs", "range: give range or custom_range, not both")
    if "custom_range" in params:
        window = params["custom_range"]
        if window["end"] <= window["start"]:
            raise ApiError(400, "invalid_inputs", "custom_range: end must be after start")
        return int(window["start"]), int(window["end"]), False
    name = params.get("range", "30d")
    now = store.now()
    if name in _RANGES:
        return now - _RANGES[name], now, True
    start, end, interval = _cycle(store, customer)
    back = {"1bc": 0, "last_cycle": 1, "3bc": 2}[name]
    first = start
    for _ in range(back):
        first = _shift(first, interval, -1)
    return first, (start if name == "last_cycle" else end), False


def _shift(at_ms: int, interval: str, count: int) -> int:
    months = {"month": 1, "quarter": 3, "semi_annual": 6, "year": 12}.get(interval)
    moment = datetime.fromtimestamp(at_ms / 1000, tz=UTC)
    if months is not None:
        return round((moment + relativedelta(months=months * count)).timestamp() * 1000)
    return add_interval(at_ms, interval, count) if count > 0 else round((moment - relativedelta(weeks=-count)).timestamp() * 1000)


def _bin_start(at_ms: int, size: str) -> int:
    moment = datetime.fromtimestamp(at_ms / 1000, tz=UTC)
    if size == "hour":
        moment = moment.replace(minute=0, second=0, microsecond=0)
    elif size == "day":
        moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    else:
        moment = moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return round(moment.timestamp() * 1000)


def _next_bin(at_ms: int, size: str) -> int:
    if size == "month":
        moment = datetime.fromtimestamp(at_ms / 1000, tz=UTC)
        return round((moment + relativedelta(months=1)).timestamp() * 1000)
    return at_ms + (_HOUR if size == "hour" else _DAY)


def _group_value(event: Event, group_by: str) -> str:
    key = group_by.removeprefix("properties.")
    value = event.properties.get(key)
    return "null" if value is None else str(value)


@handles("aggregateEvents")
def aggregate_events(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    features = _feature_ids(params["feature_id"])
    for feature_id in features:
        store.feature(feature_id)
    start, end, inclusive = _window(store, customer, params)
    size = params.get("bin_size") or ("hour" if params.get("range") == "24h" else "day")
    group_by = params.get("group_by")
    bins: dict[int, dict[str, Any]] = {}
    at = _bin_start(start, size)
    while at < end or (inclusive and at == end):
        row: dict[str, Any] = {"period": at, "values": dict.fromkeys(features, 0)}
        if group_by:
            row["grouped_values"] = {f: {} for f in features}
        bins[at] = row
        at = _next_bin(at, size)
    total = {f: {"count": 0, "sum": 0.0} for f in features}
    for event in store.events:
        if event.customer_id != customer.id or event.feature_id not in total:
            continue
        if not (start <= event.timestamp < end or (inclusive and event.timestamp == end)):
            continue
        row = bins[_bin_start(event.timestamp, size)]
        row["values"][event.feature_id] += event.value
        if group_by:
            groups = row["grouped_values"][event.feature_id]
            key = _group_value(event, group_by)
            groups[key] = groups.get(key, 0) + event.value
        total[event.feature_id]["count"] += 1
        total[event.feature_id]["sum"] += event.value
    for row in bins.values():
        row["values"] = {f: number(v) for f, v in row["values"].items()}
        if group_by:
            row["grouped_values"] = {f: {k: number(v) for k, v in g.items()} for f, g in row["grouped_values"].items()}
    return {
        "list": list(bins.values()),
        "total": {f: {"count": t["count"], "sum": number(t["sum"])} for f, t in total.items()},
    }
