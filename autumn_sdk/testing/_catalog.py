"""Features and plans from request bodies and seeds, in the API's vocabulary (2.1).

Seeds may also use the older vocabulary of this emulator (``id``, ``included_usage``, ``interval``,
``usage_limit``, ``is_add_on``, a bare number as ``price``), so existing seeds keep working.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._store import INTERVALS, ApiError, Feature, Item, Plan, Store


def _bad(message: str) -> ApiError:
    return ApiError(400, "invalid_inputs", message)


def feature_from(store: Store, raw: Mapping[str, Any], *, feature_id: str | None = None) -> Feature:
    fid = str(feature_id or raw.get("feature_id") or raw.get("id") or "")
    if not fid:
        raise _bad("feature_id: required")
    kind = str(raw.get("type", "metered"))
    if kind not in ("boolean", "metered", "credit_system"):
        raise _bad(f"feature {fid}: type must be boolean, metered or credit_system")
    schema = tuple((str(c["metered_feature_id"]), float(c["credit_cost"])) for c in raw.get("credit_schema") or ())
    if kind == "credit_system" and not schema:
        raise _bad(f"feature {fid}: a credit_system needs a credit_schema")
    for metered, _ in schema:
        target = store.features.get(metered)
        if target is None:
            raise ApiError(404, "feature_not_found", f"Credit system {fid} prices unknown feature {metered}")
        if target.type != "metered":
            raise _bad(f"credit system {fid}: {metered} is not a metered feature")
    display = raw.get("display") or {}
    return Feature(
        id=fid,
        name=str(raw.get("name") or fid),
        type=kind,
        consumable=bool(raw.get("consumable", kind != "boolean")),
        event_names=tuple(str(e) for e in raw.get("event_names") or ()),
        credit_schema=schema,
        display=tuple((str(k), str(v)) for k, v in display.items()),
        archived=bool(raw.get("archived", False)),
    )


def item_from(store: Store, plan_id: str, raw: Mapping[str, Any]) -> Item:
    feature_id = str(raw.get("feature_id", ""))
    feature = store.features.get(feature_id)
    if feature is None:
        raise ApiError(404, "feature_not_found", f"Plan {plan_id} grants unknown feature {feature_id}")
    reset = raw.get("reset")
    interval = reset.get("interval") if isinstance(reset, Mapping) else raw.get("interval")
    interval_count = (reset.get("interval_count") if isinstance(reset, Mapping) else None) or raw.get("interval_count", 1)
    if interval == "one_off":
        interval = None
    if interval is not None and interval not in INTERVALS:
        raise _bad(f"plan {plan_id}, item {feature_id}: reset interval must be one of {list(INTERVALS)}")
    included = raw.get("included", raw.get("included_usage", 1 if feature.type == "boolean" else 0))
    unlimited = bool(raw.get("unlimited", False)) or included in ("inf", float("inf"))
    price = raw.get("price")
    if price is not None and not isinstance(price, Mapping):
        price = {"amount": float(price), "billing_units": 1}
    if price is not None:
        price = {"interval": "month", "billing_units": 1, "billing_method": "usage_based", **price}
        if float(price["billing_units"] or 0) <= 0:
            raise _bad(f"plan {plan_id}, item {feature_id}: price.billing_units must be positive")
    usage_limit = raw.get("usage_limit")
    if usage_limit is None and price is not None and price.get("max_purchase") is not None:
        usage_limit = float(included if not unlimited else 0) + float(price["max_purchase"])
    if price is not None and feature.type == "boolean":
        raise _bad(f"plan {plan_id}, item {feature_id}: a boolean feature cannot have a price")
    return Item(
        feature_id=feature_id,
        included=0 if unlimited else float(included),
        unlimited=unlimited,
        interval=interval,
        interval_count=int(interval_count or 1),
        price=price,
        usage_limit=None if usage_limit is None else float(usage_limit),
        entity_feature_id=raw.get("entity_feature_id"),
    )


def price_from(raw: Any) -> Mapping[str, Any] | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        return {"amount": float(raw), "interval": "month", "interval_count": 1}
    return {"interval_count": 1, **raw}


def plan_from(store: Store, raw: Mapping[str, Any], *, version: int = 1, created_at: int | None = None) -> Plan:
    plan_id = str(raw.get("plan_id") or raw.get("id") or "")
    if not plan_id:
        raise _bad("plan_id: required")
    items = tuple(item_from(store, plan_id, i) for i in raw.get("items") or ())
    return Plan(
        id=plan_id,
        name=str(raw.get("name") or plan_id),
        items=items,
        version=version,
        description=raw.get("description"),
        group=raw.get("group") or None,
        add_on=bool(raw.get("add_on", raw.get("is_add_on", False))),
        auto_enable=bool(raw.get("auto_enable", raw.get("is_default", False))),
        price=price_from(raw.get("price")),
        free_trial=raw.get("free_trial"),
        archived=bool(raw.get("archived", False)),
        created_at=store.now() if created_at is None else created_at,
    )
