"""The API's JSON shapes (2.1) for plans, customers, subscriptions and entities."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._ledger import balances_json
from ._store import Customer, Entity, Item, Plan, Store, Subscription, number

# The plan-item feature types of the plan object (a different vocabulary from Feature.type).
_ITEM_FEATURE_TYPE = {"boolean": "boolean", "credit_system": "credit_system"}


def item_json(store: Store, item: Item) -> dict[str, Any]:
    price = None
    if item.price is not None:
        price = {
            "amount": number(float(item.price.get("amount", 0))),
            "interval": item.price.get("interval", "month"),
            "interval_count": number(float(item.price.get("interval_count", 1))),
            "billing_units": number(float(item.price.get("billing_units", 1))),
            "billing_method": item.billing_method,
            "max_purchase": None if item.usage_limit is None else number(item.usage_limit - item.included),
        }
    answer: dict[str, Any] = {
        "feature_id": item.feature_id,
        "included": number(0 if item.unlimited else item.included),
        "unlimited": item.unlimited,
        "reset": None if item.interval is None else {"interval": item.interval, "interval_count": item.interval_count},
        "price": price,
    }
    feature = store.features.get(item.feature_id)
    if feature is not None:
        kind = _ITEM_FEATURE_TYPE.get(feature.type, "single_use" if feature.consumable else "continuous_use")
        answer["feature"] = {"id": feature.id, "name": feature.name, "type": kind, "archived": feature.archived}
    return answer


def plan_json(store: Store, plan: Plan, scenario: str | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "id": plan.id,
        "name": plan.name,
        "description": plan.description,
        "group": plan.group,
        "version": plan.version,
        "add_on": plan.add_on,
        "auto_enable": plan.auto_enable,
        "price": None
        if plan.price is None
        else {
            "amount": number(float(plan.price["amount"])),
            "interval": plan.price["interval"],
            "interval_count": number(float(plan.price.get("interval_count", 1))),
        },
        "items": [item_json(store, i) for i in plan.items],
        "created_at": plan.created_at,
        "env": store.env,
        "archived": plan.archived,
        "base_variant_id": None,
    }
    if plan.free_trial is not None:
        answer["free_trial"] = {
            "duration_length": number(float(plan.free_trial["duration_length"])),
            "duration_type": plan.free_trial.get("duration_type", "day"),
            "card_required": bool(plan.free_trial.get("card_required", False)),
        }
    if scenario is not None:
        answer["customer_eligibility"] = {"scenario": scenario, "trial_available": plan.free_trial is not None}
    return answer


def subscription_json(store: Store, sub: Subscription, expand_plan: bool) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "id": sub.id,
        "plan_id": sub.plan.id,
        "auto_enable": sub.plan.auto_enable,
        "add_on": sub.plan.add_on,
        "status": sub.status,
        "past_due": False,
        "canceled_at": sub.canceled_at,
        "expires_at": sub.expires_at,
        "trial_ends_at": sub.trial_ends_at,
        "started_at": sub.started_at,
        "current_period_start": sub.current_period_start,
        "current_period_end": sub.current_period_end,
        "quantity": number(sub.quantity),
    }
    if expand_plan:
        answer["plan"] = plan_json(store, sub.plan)
    return answer


def purchase_json(store: Store, sub: Subscription, expand_plan: bool) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "plan_id": sub.plan.id,
        "expires_at": sub.expires_at,
        "started_at": sub.started_at,
        "quantity": number(sub.quantity),
    }
    if expand_plan:
        answer["plan"] = plan_json(store, sub.plan)
    return answer


def _plans_json(store: Store, subs: Iterable[Subscription], expand: set[str]) -> dict[str, Any]:
    subs = list(subs)
    return {
        "subscriptions": [subscription_json(store, s, "subscriptions.plan" in expand) for s in subs if not s.plan.one_off],
        "purchases": [purchase_json(store, s, "purchases.plan" in expand) for s in subs if s.plan.one_off],
    }


def entity_json(store: Store, customer: Customer, entity: Entity, expand: Iterable[str] = ()) -> dict[str, Any]:
    wanted = set(expand)
    return {
        "autumn_id": entity.autumn_id,
        "id": entity.id,
        "name": entity.name,
        "customer_id": customer.id,
        "feature_id": entity.feature_id,
        "created_at": entity.created_at,
        "env": store.env,
        **_plans_json(store, (s for s in customer.subscriptions if s.entity_id == entity.id), wanted),
        "balances": balances_json(store, customer, entity.id, with_feature="balances.feature" in wanted),
        "invoices": [invoice_json(i) for i in customer.invoices if i.get("entity_id") == entity.id],
    }


def invoice_json(invoice: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in invoice.items() if k != "entity_id"}


def customer_json(store: Store, customer: Customer, expand: Iterable[str] = ()) -> dict[str, Any]:
    wanted = set(expand)
    answer: dict[str, Any] = {
        "id": customer.id,
        "name": customer.name,
        "email": customer.email,
        "created_at": customer.created_at,
        "fingerprint": customer.fingerprint,
        "stripe_id": customer.stripe_id,
        "env": store.env,
        "metadata": dict(customer.metadata),
        "send_email_receipts": customer.send_email_receipts,
        "billing_controls": dict(customer.billing_controls),
        **_plans_json(store, (s for s in customer.subscriptions if s.entity_id is None), wanted),
        "balances": balances_json(store, customer, None, with_feature="balances.feature" in wanted),
        # Always there on the emulator (the API lists them with expand): tests read them without asking.
        "invoices": [invoice_json(i) for i in customer.invoices],
        "entities": [
            {
                "autumn_id": e.autumn_id,
                "id": e.id,
                "name": e.name,
                "customer_id": customer.id,
                "feature_id": e.feature_id,
                "created_at": e.created_at,
                "env": store.env,
            }
            for e in customer.entities.values()
        ],
    }
    if "trials_used" in wanted:
        answer["trials_used"] = [
            {"plan_id": p, "customer_id": customer.id, "fingerprint": customer.fingerprint}
            for p in dict.fromkeys(plan for plan, _ in customer.trials_used)
        ]
    if "rewards" in wanted:
        answer["rewards"] = {"discounts": []}
    if "referrals" in wanted:
        answer["referrals"] = list(customer.referrals)
    if "payment_method" in wanted:
        answer["payment_method"] = customer.payment_method
    return answer
