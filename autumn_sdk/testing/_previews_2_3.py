"""API 2.3's billing previews, from the 2.1 preview of the same request and the store.

2.3 names what each line is for (``plan_id``, ``feature_id``, ``quantity``, ``display_name``: the
plan's name, or the feature's for a feature's line; ``subtotal`` = ``total``, the emulator gives no
discounts), lists the plans coming in and going out (as Autumn: the new plan, effective at once or,
for a downgrade, at the end of the period; the replaced plan, with when it is canceled and ends),
says whether attach would send the customer to a checkout (the emulator's is Stripe's stand-in)
and, for updates, the ``intent``. ``next_cycle`` lists what the next period bills.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._provision import main_subscription, prepaid_amount
from ._render_2_3 import attach_action
from ._store import Customer, Plan, Store, Subscription, number
from ._versions import renders


def _quantities(plan: Plan, wanted: Mapping[str, float]) -> list[dict[str, Any]]:
    """Prepaid quantities as Autumn counts them: what is included plus what is bought."""
    return [
        {"feature_id": i.feature_id, "quantity": number(i.included + prepaid_amount(i, wanted[i.feature_id]))}
        for i in plan.items
        if i.billing_method == "prepaid" and i.feature_id in wanted
    ]


def _asked(params: Mapping[str, Any]) -> dict[str, float]:
    return {q["feature_id"]: float(q["quantity"]) for q in params.get("feature_quantities") or () if "quantity" in q}


def _change(plan: Plan, quantities: list[dict[str, Any]], effective_at: Any, canceled_at: Any, expires_at: Any) -> dict[str, Any]:
    return {
        "plan_id": plan.id,
        "feature_quantities": quantities,
        "effective_at": effective_at,
        "canceled_at": canceled_at,
        "expires_at": expires_at,
    }


def _line(store: Store, line: Mapping[str, Any], plans: list[Plan], asked: Mapping[str, Mapping[str, float]]) -> dict[str, Any]:
    """A 2.1 line item named after what it bills: a plan's base price, a feature's packs, a credit."""
    title = str(line["title"])
    plan_id, feature_id, display = plans[0].id if plans else "", None, title
    for plan in plans:
        if title in (plan.name, f"{plan.name} (unused time)"):
            plan_id, display = plan.id, plan.name
            break
        rest = title.removeprefix(f"{plan.name} - ")
        if rest != title and any(i.feature_id == rest for i in plan.items):
            plan_id, feature_id = plan.id, rest
            feature = store.features.get(rest)
            display = feature.name if feature is not None else rest
            break
    quantity = asked.get(plan_id, {}).get(feature_id, 1) if feature_id else 1
    return {
        "display_name": display,
        "description": line["description"],
        "subtotal": line["amount"],
        "total": line["amount"],
        "discounts": [],
        "plan_id": plan_id,
        "feature_id": feature_id,
        "quantity": number(quantity),
    }


def _next_cycle(
    store: Store, cycle: Mapping[str, Any], plans: list[Plan], asked: Mapping[str, Mapping[str, float]]
) -> dict[str, Any]:
    lines: list[dict[str, Any]] = []
    usage: list[dict[str, Any]] = []
    for plan in plans:
        wanted = asked.get(plan.id, {})
        if plan.price is not None and not plan.one_off and plan.base_amount:
            lines.append(
                _line(
                    store,
                    {"title": plan.name, "description": f"{plan.name} - base price", "amount": number(plan.base_amount)},
                    [plan],
                    asked,
                )
            )
        for item in plan.items:
            feature = store.features.get(item.feature_id)
            name = feature.name if feature is not None else item.feature_id
            if item.billing_method == "usage_based":
                usage.append({"display_name": name, "plan_id": plan.id, "feature_id": item.feature_id})
            bought = prepaid_amount(item, wanted.get(item.feature_id))
            if item.billing_method == "prepaid" and bought and item.price is not None and item.price.get("interval") != "one_off":
                units = float(item.price.get("billing_units", 1) or 1)
                amount = number(round(bought / units * float(item.price.get("amount", 0)), 2))
                lines.append(
                    {
                        "display_name": name,
                        "description": f"{number(bought)} {item.feature_id} prepaid",
                        "subtotal": amount,
                        "total": amount,
                        "discounts": [],
                        "plan_id": plan.id,
                        "feature_id": item.feature_id,
                        "quantity": number(wanted[item.feature_id]),
                    }
                )
    return {**cycle, "subtotal": cycle["total"], "line_items": lines, "usage_line_items": usage}


def _attach_preview(
    store: Store, params: Mapping[str, Any], answer: dict[str, Any], requests: list[Mapping[str, Any]]
) -> dict[str, Any]:
    customer = store.customers[params["customer_id"]]
    entity_id = params.get("entity_id")
    now = store.now()
    incoming: list[dict[str, Any]] = []
    outgoing: list[dict[str, Any]] = []
    plans: list[Plan] = []
    asked: dict[str, dict[str, float]] = {}
    for request in requests:
        plan = store.plan(request["plan_id"], request.get("version"))
        plans.append(plan)
        asked[plan.id] = _asked(request)
        action = attach_action(customer, plan, entity_id)
        current = None if plan.add_on else main_subscription(customer, plan.group, entity_id)
        if action == "none":
            continue
        starts = current.current_period_end if action == "downgrade" and current is not None else None
        incoming.append(_change(plan, _quantities(plan, asked[plan.id]), starts, None, None))
        if current is not None and action in ("upgrade", "downgrade"):
            plans.append(current.plan)
            ends = now if action == "upgrade" else current.current_period_end
            outgoing.append(_change(current.plan, _held(current), None, now, ends))
    lines = [_line(store, line, plans, asked) for line in answer["line_items"]]
    redirect = _redirects(customer, params, float(answer["total"]))
    result = {
        **answer,
        "line_items": lines,
        "subtotal": answer["total"],
        "incoming": incoming,
        "outgoing": outgoing,
        "redirect_to_checkout": redirect,
        "checkout_type": "stripe_checkout" if redirect else None,
    }
    if "next_cycle" in answer:
        recurring = [p for p in plans if any(p.id == c["plan_id"] for c in incoming)]
        result["next_cycle"] = _next_cycle(store, answer["next_cycle"], recurring, asked)
    return result


def _held(sub: Subscription) -> list[dict[str, Any]]:
    return _quantities(sub.plan, sub.quantities)


def _redirects(customer: Customer, params: Mapping[str, Any], total: float) -> bool:
    """Whether attach would answer a payment_url: as the emulator's attach decides it."""
    mode = params.get("redirect_mode", "if_required")
    if mode == "always":
        return True
    if mode == "never" or (params.get("invoice_mode") or {}).get("enabled"):
        return False
    return total > 0 and customer.payment_method is None


@renders("2.3", "previewAttach")
def _preview_attach(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    return _attach_preview(store, params, answer, [params])


@renders("2.3", "previewMultiAttach")
def _preview_multi_attach(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    return _attach_preview(store, params, answer, list(params["plans"]))


def _intent(params: Mapping[str, Any]) -> str:
    if params.get("cancel_action"):
        return str(params["cancel_action"])
    if params.get("feature_quantities"):
        return "update_quantity"
    if "version" in params or "customize" in params:
        return "update_plan"
    return "none"


@renders("2.3", "previewUpdate")
def _preview_update(store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    customer = store.customers[params["customer_id"]]
    entity_id = params.get("entity_id")
    sub = next(
        (
            s
            for s in customer.subscriptions
            if s.entity_id == entity_id
            and s.status == "active"
            and params.get("plan_id") in (None, s.plan.id)
            and params.get("subscription_id") in (None, s.id)
            and ("plan_id" in params or "subscription_id" in params or not s.plan.add_on)
        ),
        None,
    )
    intent = _intent(params)
    incoming: list[dict[str, Any]] = []
    outgoing: list[dict[str, Any]] = []
    plans = [sub.plan] if sub is not None else []
    asked = {sub.plan.id: _asked(params)} if sub is not None else {}
    if sub is not None and intent != "none":
        now = store.now()
        outgoing.append(_change(sub.plan, _held(sub), None, sub.canceled_at, sub.expires_at))
        if intent == "cancel_immediately":
            outgoing[0].update(canceled_at=now, expires_at=now)
        elif intent == "cancel_end_of_cycle":
            incoming.append(_change(sub.plan, _held(sub), None, now, sub.current_period_end))
        elif intent == "uncancel":
            incoming.append(_change(sub.plan, _held(sub), None, None, None))
        else:
            incoming.append(_change(sub.plan, _quantities(sub.plan, {**sub.quantities, **asked[sub.plan.id]}), None, None, None))
    return {
        **answer,
        "line_items": [_line(store, line, plans, asked) for line in answer["line_items"]],
        "subtotal": answer["total"],
        "incoming": incoming,
        "outgoing": outgoing,
        "intent": intent,
    }
