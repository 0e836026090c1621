"""plans.create / get / list / update / delete, with versions.

Changing what a plan grants or costs (items, price, free trial) while customers are on its latest
version creates a new version: new customers get it, existing ones keep theirs (as Autumn does).
Without customers the latest version changes in place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .._catalog import plan_from
from .._provision import load_customer, main_subscription
from .._registry import handles
from .._render import plan_json
from .._store import ApiError, Customer, Plan, Store

_PRICING = ("items", "price", "free_trial")
_DETAILS = ("name", "description", "group", "add_on", "auto_enable", "archived")


@handles("createPlan")
def create_plan(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    if params["plan_id"] in store.plans:
        raise ApiError(400, "product_already_exists", f"Plan {params['plan_id']} already exists")  # createProduct.ts
    plan = plan_from(store, params)
    store.plans[plan.id] = [plan]
    return plan_json(store, plan)


@handles("getPlan")
def get_plan(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    return plan_json(store, store.plan(params["plan_id"], params.get("version")))


def scenario(customer: Customer, plan: Plan, entity_id: str | None) -> str:
    """What attaching ``plan`` would be for this customer: new, active, scheduled, upgrade or downgrade."""
    for sub in customer.subscriptions:
        if sub.plan.id == plan.id and sub.entity_id == entity_id:
            return "scheduled" if sub.status == "scheduled" else ("cancel" if sub.canceled_at else "active")
    current = None if plan.add_on else main_subscription(customer, plan.group, entity_id)
    if current is None:
        return "new"
    return "upgrade" if plan.base_amount >= current.plan.base_amount else "downgrade"


@handles("listPlans")
def list_plans(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"]) if "customer_id" in params else None
    entity_id = params.get("entity_id")
    answer = []
    for versions in store.plans.values():
        plan = versions[-1]
        if plan.archived and not params.get("include_archived"):
            continue
        answer.append(plan_json(store, plan, scenario(customer, plan, entity_id) if customer else None))
    return {"list": answer}


@handles("updatePlan")
def update_plan(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    current = store.plan(params["plan_id"])
    new_id = params.get("new_plan_id") or current.id
    if new_id != current.id:
        if new_id in store.plans:
            raise ApiError(400, "product_already_exists", f"Plan {new_id} already exists")
        if store.customers_on(current.id):
            raise ApiError(400, "invalid_request", f"Plan {current.id} has customers: it cannot be renamed")
    merged = {**plan_json(store, current), **{k: v for k, v in params.items() if k in _PRICING + _DETAILS}, "id": new_id}
    merged.pop("plan_id", None)
    pricing_changed = any(k in params for k in _PRICING)
    versions = list(store.plans.pop(current.id))
    if pricing_changed and store.customers_on(current.id, current.version):
        updated = plan_from(store, merged, version=current.version + 1)
        versions.append(updated)
    else:
        updated = plan_from(store, merged, version=current.version, created_at=current.created_at)
        versions[-1] = updated
    if "items" not in params:  # keep the items as they are (the JSON shape leaves out per-entity items)
        updated = dataclasses.replace(updated, items=current.items)
        versions[-1] = updated
    # Details (name, group, add_on, ...) describe the plan as a whole, so every version takes them.
    details = {k: getattr(updated, k) for k in _DETAILS}
    versions = [dataclasses.replace(v, id=new_id, **details) if v is not updated else v for v in versions]
    store.plans[new_id] = versions
    return plan_json(store, updated)


@handles("deletePlan")
def delete_plan(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    plan = store.plan(params["plan_id"])
    versions = store.plans[plan.id]
    doomed = versions if params.get("all_versions") or len(versions) == 1 else [versions[-1]]
    for version in doomed:
        if store.customers_on(plan.id, version.version):
            raise ApiError(400, "invalid_request", f"Plan {plan.id} v{version.version} has customers: archive it instead")
    kept = [v for v in versions if v not in doomed]
    if kept:
        store.plans[plan.id] = kept
    else:
        del store.plans[plan.id]
    return {"success": True}
