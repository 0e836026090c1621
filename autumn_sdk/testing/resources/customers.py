"""customers.get_or_create / list / update / delete.

A new customer gets the auto-enabled plans (one per group), or ``auto_enable_plan_id`` instead.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._provision import enable_default, load_customer, provision, roll
from .._registry import handles
from .._render import customer_json
from .._store import ApiError, Customer, Plan, Store

# The shape an email must have to fill in an empty one (the server skips invalid ones).
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_PROFILE = ("name", "email", "fingerprint", "stripe_id", "send_email_receipts")


def create_customer(store: Store, customer_id: str, params: Mapping[str, Any], *, enable_defaults: bool = True) -> Customer:
    """A new customer with its auto-enabled plans (or ``auto_enable_plan_id``)."""
    if customer_id in store.customers:
        raise ApiError(409, "duplicate_customer_id", f"Customer {customer_id} already exists")
    customer = Customer(id=customer_id, created_at=store.now(), sequence=len(store.customers))
    _apply_profile(customer, params)
    store.customers[customer_id] = customer
    store.customer(customer_id)  # from here on, a rollback restores it as created
    chosen = params.get("auto_enable_plan_id")
    if chosen:
        plan = store.plan(chosen)
        if not _free_or_open_trial(plan):  # setupDefaultProductsContext
            raise ApiError(
                400,
                "invalid_request",
                "Auto-enable plan must be a free product, or have a free trial with 'card_required' as false",
            )
        provision(store, customer, plan)
    elif enable_defaults:
        groups = {versions[-1].group for versions in store.plans.values() if versions[-1].auto_enable}
        for group in sorted(groups, key=lambda g: g or ""):
            enable_default(store, customer, group)
    return customer


def _free_or_open_trial(plan: Plan) -> bool:
    if plan.price is None and all(i.price is None for i in plan.items):
        return True
    return plan.free_trial is not None and not plan.free_trial.get("card_required", False)


def _apply_profile(customer: Customer, params: Mapping[str, Any]) -> None:
    for key in _PROFILE:
        if key in params:
            setattr(customer, key, params[key] if key != "send_email_receipts" else bool(params[key]))
    if "metadata" in params:
        customer.metadata = dict(params["metadata"] or {})
    if "billing_controls" in params:
        customer.billing_controls = dict(params["billing_controls"] or {})


def _fill_in(customer: Customer, params: Mapping[str, Any]) -> None:
    """An existing customer gets a name and a (valid) email it lacks, and send_email_receipts when
    given; values already set are kept (the server's ``updateCustomerData``)."""
    if not customer.name and params.get("name"):
        customer.name = str(params["name"])
    if not customer.email and params.get("email") and _EMAIL.fullmatch(str(params["email"])):
        customer.email = str(params["email"])
    if params.get("send_email_receipts") is not None:
        customer.send_email_receipts = bool(params["send_email_receipts"])


@handles("getOrCreateCustomer")
def get_or_create_customer(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer_id = params.get("customer_id") or store.new_id("cus_local")
    if customer_id in store.customers:
        customer = load_customer(store, customer_id)
        _fill_in(customer, params)
    else:
        customer = create_customer(store, customer_id, params)
    return customer_json(store, customer, params.get("expand") or ())


@handles("listCustomers")
def list_customers(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    offset = int(params.get("offset", 0))
    limit = int(params.get("limit", 10))
    search = str(params.get("search", "")).lower()
    wanted_plans = params.get("plans") or []
    status = params.get("subscription_status")
    matches = []
    # Newest first, as the API lists them.
    for customer in sorted(store.customers.values(), key=lambda c: (c.created_at, c.sequence), reverse=True):
        roll(store, customer)
        if search and not any(search in (v or "").lower() for v in (customer.id, customer.name, customer.email)):
            continue
        subs = [s for s in customer.subscriptions if status is None or s.status == status]
        if wanted_plans and not any(
            s.plan.id == f["id"] and (not f.get("versions") or s.plan.version in f["versions"])
            for f in wanted_plans
            for s in subs
        ):
            continue
        if status is not None and not subs:
            continue
        matches.append(customer)
    page = matches[offset : offset + limit]
    # At 2.1 (handleListCustomersV2, offset pages): ``total`` counts this page and ``has_more`` is
    # "the page is full", so a full last page says more; the counts of all customers come beside.
    return {
        "list": [customer_json(store, c) for c in page],
        "has_more": len(page) == limit,
        "offset": offset,
        "limit": limit,
        "total": len(page),
        "total_count": len(store.customers),
        "total_filtered_count": len(matches),
    }


@handles("updateCustomer")
def update_customer(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    _apply_profile(customer, params)
    new_id = params.get("new_customer_id")
    if new_id and new_id != customer.id:
        if new_id in store.customers:
            raise ApiError(409, "duplicate_customer_id", f"Customer {new_id} already exists")
        store.customers = {(new_id if k == customer.id else k): v for k, v in store.customers.items()}
        customer.id = new_id
    return customer_json(store, customer)


@handles("deleteCustomer")
def delete_customer(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = store.customer(params["customer_id"])
    del store.customers[customer.id]
    store.checkouts = {k: c for k, c in store.checkouts.items() if c.customer_id != customer.id}
    return {"success": True}
