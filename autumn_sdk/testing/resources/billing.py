"""billing.attach / multi_attach / preview_attach / preview_multi_attach / update / preview_update /
open_customer_portal / setup_payment, and the emulator's hosted checkout.

- A free plan or add-on attaches at once. A paid one, for a customer with no payment method, answers
  a ``payment_url`` on the emulator; opening it (or ``LocalAutumn.complete_checkout``) saves a card
  and applies the attach. With a card on file the plan attaches at once, with a paid invoice.
- Attaching a main plan replaces the customer's plan in the same group: at once when it costs the
  same or more per month, or bills over a longer interval (an upgrade, with a credit for the unused
  part of a paid period), at the end of the period when it costs less (a downgrade, ``scheduled``
  until then); see ``_upgrade``. Add-ons stack.
- The previews answer the line items and total of the same computation, and change nothing.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from typing import Any

from .._catalog import item_from, price_from
from .._provision import (
    default_plan,
    enable_default,
    entity_of,
    load_customer,
    main_subscription,
    period_end,
    prepaid_amount,
    provision,
    remove,
    set_quantities,
    trial_end,
)
from .._registry import HANDLERS, handles
from .._store import INTERVALS, ApiError, Checkout, Customer, Item, Plan, Store, Subscription, add_interval, number
from .._upgrade import is_upgrade
from .customers import create_customer
from .entities import add_entity

CURRENCY = "usd"


# -- what an attach does and costs ----------------------------------------------------------------


@dataclasses.dataclass
class _Change:
    """One plan change worked out in full before anything is applied."""

    plan: Plan
    entity_id: str | None
    quantities: dict[str, float]
    action: str  # new | upgrade | downgrade | add_on
    replaces: Subscription | None
    lines: list[dict[str, Any]]
    starts_at: int | None = None  # a downgrade starts when the current period ends
    trial_ends_at: int | None = None  # a first free trial: nothing to pay until then

    @property
    def needs_card(self) -> bool:
        return self.trial_ends_at is not None and bool(self.plan.free_trial and self.plan.free_trial.get("card_required"))


def _customized(store: Store, plan: Plan, customize: Mapping[str, Any] | None) -> Plan:
    if not customize:
        return plan
    changes: dict[str, Any] = {}
    if "price" in customize:
        changes["price"] = price_from(customize["price"])
    if "items" in customize:
        changes["items"] = tuple(item_from(store, plan.id, i) for i in customize["items"])
    if "free_trial" in customize:
        changes["free_trial"] = customize["free_trial"]
    return dataclasses.replace(plan, **changes)


def _packs_cost(item: Item, prepaid: float) -> float:
    if item.price is None or prepaid <= 0:
        return 0.0
    units = float(item.price.get("billing_units", 1) or 1)
    return math.ceil(prepaid / units) * float(item.price.get("amount", 0))


def _price_lines(plan: Plan, quantities: Mapping[str, float]) -> list[dict[str, Any]]:
    lines = []
    if plan.price is not None and plan.base_amount:
        lines.append({"title": plan.name, "description": f"{plan.name} - base price", "amount": plan.base_amount})
    for item in plan.items:
        prepaid = prepaid_amount(item, quantities.get(item.feature_id))
        cost = _packs_cost(item, prepaid)
        if cost:
            lines.append(
                {
                    "title": f"{plan.name} - {item.feature_id}",
                    "description": f"{number(prepaid)} {item.feature_id} prepaid",
                    "amount": cost,
                }
            )
    return lines


def _unused_credit(store: Store, sub: Subscription) -> list[dict[str, Any]]:
    """Replacing or cancelling a paid period credits its unused part: the base price and the
    prepaid packs bought with it (``buildAutumnLineItems`` for a deleted customer product)."""
    if sub.status != "active" or sub.plan.one_off or sub.trial_ends_at:
        return []
    if sub.current_period_end is None or sub.current_period_start is None:
        return []
    paid = sub.plan.base_amount + sum(
        _packs_cost(i, prepaid_amount(i, sub.quantities.get(i.feature_id))) for i in sub.plan.items if _recurring_item(i)
    )
    span = sub.current_period_end - sub.current_period_start
    left = max(0, sub.current_period_end - store.now())
    credit = round(paid * left / span, 2) if span else 0.0
    if not credit:
        return []
    return [
        {
            "title": f"{sub.plan.name} (unused time)",
            "description": f"Credit for the rest of the {sub.plan.name} period",
            "amount": -credit,
        }
    ]


def _recurring_item(item: Item) -> bool:
    return item.billing_method == "prepaid" and item.price is not None and item.price.get("interval") != "one_off"


def _quantities(params: Mapping[str, Any]) -> dict[str, float]:
    return {q["feature_id"]: float(q["quantity"]) for q in params.get("feature_quantities") or () if "quantity" in q}


def _plan_change(store: Store, customer: Customer, params: Mapping[str, Any], entity_id: str | None) -> _Change:
    plan = _customized(store, store.plan(params["plan_id"], params.get("version")), params.get("customize"))
    quantities = _quantities(params)
    for feature_id in quantities:
        if not any(i.feature_id == feature_id and i.billing_method == "prepaid" for i in plan.items):
            raise ApiError(400, "invalid_inputs", f"feature_quantities: plan {plan.id} has no prepaid item for {feature_id}")
    # Each entity gets its own trial of a plan, as the customer does (CusProductService.getByFingerprint).
    trial_ends = None if (plan.id, entity_id) in customer.trials_used else trial_end(plan, store.now())
    if plan.add_on or plan.one_off:
        # Add-ons and one-off plans stack beside the main plan; a one-off can be bought again.
        lines = [_trial_line(plan)] if trial_ends is not None else _price_lines(plan, quantities)
        return _Change(plan, entity_id, quantities, "add_on", None, lines, trial_ends_at=trial_ends)
    current = main_subscription(customer, plan.group, entity_id)
    if current is not None and current.plan.id == plan.id:
        # handleCurrentCustomerProductErrors: also while it is canceling (undo that with update's uncancel).
        raise ApiError(
            409,
            "plan_already_attached",
            f"Cannot attach because the customer's current product '{current.plan.name}' "
            "is the same as the product being attached",
        )
    if trial_ends is not None:
        credit = _unused_credit(store, current) if current is not None else []
        action = "new" if current is None else "upgrade"
        return _Change(plan, entity_id, quantities, action, current, [_trial_line(plan), *credit], trial_ends_at=trial_ends)
    if current is None:
        return _Change(plan, entity_id, quantities, "new", None, _price_lines(plan, quantities))
    if is_upgrade(store, current.plan, plan) or current.current_period_end is None:
        return _Change(
            plan, entity_id, quantities, "upgrade", current, _price_lines(plan, quantities) + _unused_credit(store, current)
        )
    return _Change(plan, entity_id, quantities, "downgrade", current, [], starts_at=current.current_period_end)


def _trial_line(plan: Plan) -> dict[str, Any]:
    trial = plan.free_trial or {}
    length = f"{number(float(trial.get('duration_length', 0)))} {trial.get('duration_type') or 'day'}(s)"
    return {"title": plan.name, "description": f"{plan.name} - free trial, {length}", "amount": 0.0}


def _apply(store: Store, customer: Customer, change: _Change) -> None:
    scheduled = main_subscription(customer, change.plan.group, change.entity_id, "scheduled")
    if change.action != "add_on" and scheduled is not None:
        remove(customer, scheduled)  # a new choice replaces a scheduled one
    if change.action == "downgrade":
        assert change.replaces is not None
        change.replaces.canceled_at = store.now()
        change.replaces.expires_at = change.starts_at
    elif change.replaces is not None:
        remove(customer, change.replaces)
    trial = (change.plan.id, change.entity_id)
    if change.plan.free_trial is not None and trial not in customer.trials_used:
        customer.trials_used.append(trial)
    provision(
        store,
        customer,
        change.plan,
        change.entity_id,
        change.quantities,
        starts_at=change.starts_at,
        trial_ends_at=change.trial_ends_at,
    )


def _total(lines: list[dict[str, Any]]) -> float:
    return round(sum(float(line["amount"]) for line in lines), 2)


def _lines_json(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**line, "amount": number(line["amount"])} for line in lines]


def _recurs(plan: Plan) -> bool:
    """Whether the plan bills again next period: a recurring base price, or a recurring prepaid item."""
    if plan.price is not None:
        return not plan.one_off
    return any(i.billing_method == "prepaid" and i.price and i.price.get("interval") != "one_off" for i in plan.items)


def _item_period_end(plan: Plan, now: int) -> int:
    intervals = [str(i.price.get("interval", "month")) for i in plan.items if i.billing_method == "prepaid" and i.price]
    return add_interval(now, intervals[0] if intervals and intervals[0] in INTERVALS else "month")


def _next_cycle(store: Store, changes: list[_Change]) -> dict[str, Any] | None:
    recurring = [c for c in changes if _recurs(c.plan)]
    if not recurring:
        return None
    starts = [
        c.starts_at or c.trial_ends_at or period_end(c.plan, store.now()) or _item_period_end(c.plan, store.now())
        for c in recurring
    ]
    total = sum(
        c.plan.base_amount + sum(_packs_cost(i, prepaid_amount(i, c.quantities.get(i.feature_id))) for i in c.plan.items)
        for c in recurring
    )
    return {"starts_at": min(starts), "total": number(round(total, 2))}


def _preview(store: Store, customer: Customer, changes: list[_Change]) -> dict[str, Any]:
    lines = [line for c in changes for line in c.lines]
    answer: dict[str, Any] = {
        "customer_id": customer.id,
        "line_items": _lines_json(lines),
        "total": number(_total(lines)),
        "currency": CURRENCY,
    }
    cycle = _next_cycle(store, changes)
    if cycle is not None:
        answer["next_cycle"] = cycle
    return answer


# -- payment ----------------------------------------------------------------------------------------


def _invoice(
    store: Store, customer: Customer, plan_ids: list[str], total: float, entity_id: str | None, status: str
) -> dict[str, Any]:
    invoice_id = store.new_id("in_local")
    record = {
        "plan_ids": plan_ids,
        "stripe_id": invoice_id,
        "status": status,
        "total": number(total),
        "currency": CURRENCY,
        "created_at": store.now(),
        "hosted_invoice_url": f"{store.base_url}/invoices/{invoice_id}",
        "entity_id": entity_id,
    }
    customer.invoices.append(record)
    return {k: record[k] for k in ("status", "stripe_id", "total", "currency", "hosted_invoice_url")}


def _checkout(store: Store, customer: Customer, kind: str, operation: str, params: Mapping[str, Any]) -> str:
    checkout = Checkout(
        id=store.new_id("co_local"), customer_id=customer.id, kind=kind, request=dict(params), operation=operation
    )
    store.checkouts[checkout.id] = checkout
    return f"{store.base_url}/checkout/{checkout.id}"


def _charge(
    store: Store,
    customer: Customer,
    params: Mapping[str, Any],
    operation: str,
    changes: list[_Change],
    redirect: str = "if_required",
) -> dict[str, Any]:
    """Apply the changes and bill them, or send the customer to a checkout first."""
    lines = [line for c in changes for line in c.lines] + [
        {"title": "Custom", "description": c["description"], "amount": float(c["amount"])}
        for c in params.get("custom_line_items") or ()
    ]
    total = _total(lines)
    entity_id = params.get("entity_id")
    answer: dict[str, Any] = {"customer_id": customer.id, "payment_url": None}
    if entity_id is not None:
        answer["entity_id"] = entity_id
    invoice_mode = params.get("invoice_mode") or {}
    needs_card = (total > 0 or any(c.needs_card for c in changes)) and customer.payment_method is None
    needs_card = needs_card and not invoice_mode.get("enabled")
    if redirect == "always" or (needs_card and redirect != "never"):
        answer["payment_url"] = _checkout(store, customer, "attach", operation, params)
        return answer
    if needs_card:
        answer["required_action"] = {"code": "payment_method_required", "reason": "The customer has no payment method on file"}
        return answer
    for change in changes:
        _apply(store, customer, change)
    trial = any(c.trial_ends_at is not None and not _is_free(c.plan) for c in changes)
    if total > 0 or invoice_mode.get("enabled") or trial:  # a paid plan's trial starts with a $0 invoice
        status = "open" if invoice_mode.get("enabled") else "paid"  # invoice mode: sent to be paid later
        answer["invoice"] = _invoice(store, customer, [c.plan.id for c in changes], total, entity_id, status)
    return answer


def complete_checkout(store: Store, checkout_id: str) -> dict[str, Any]:
    """What paying on the hosted page does: save a card, then apply what the checkout was for."""
    checkout = store.checkouts.pop(checkout_id, None)
    if checkout is None:
        raise ApiError(404, "checkout_not_found", f"Checkout {checkout_id} not found (or already completed)")
    customer = load_customer(store, checkout.customer_id)
    if customer.payment_method is None:
        customer.payment_method = {"id": store.new_id("pm_local"), "type": "card", "card": {"brand": "visa", "last4": "4242"}}
    if checkout.operation:
        request = dict(checkout.request)
        if checkout.operation == "multiAttach":
            request["redirect_mode"] = "if_required"  # paid now: no second checkout
        return HANDLERS[checkout.operation](store, request)
    return {"customer_id": customer.id, "payment_url": None}


# -- handlers ---------------------------------------------------------------------------------------


@handles("previewAttach")
def preview_attach(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    entity_of(customer, params.get("entity_id"))
    return _preview(store, customer, [_plan_change(store, customer, params, params.get("entity_id"))])


@handles("attach")
def attach(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    entity_of(customer, params.get("entity_id"))
    change = _plan_change(store, customer, params, params.get("entity_id"))
    return _charge(store, customer, params, "attach", [change])


def _multi_changes(store: Store, params: Mapping[str, Any]) -> tuple[Customer, list[_Change]]:
    if params["customer_id"] not in store.customers and "customer_data" in params:
        create_customer(store, params["customer_id"], params["customer_data"])
    customer = load_customer(store, params["customer_id"])
    entity_id = params.get("entity_id")
    if entity_id is not None and entity_id not in customer.entities and "entity_data" in params:
        data = params["entity_data"]
        add_entity(store, customer, entity_id, data["feature_id"], data.get("name"))
    entity_of(customer, entity_id)
    changes: list[_Change] = []
    for wanted in params["plans"]:
        change = _plan_change(store, customer, wanted, entity_id)
        if any(c.plan.id == change.plan.id for c in changes):
            raise ApiError(400, "invalid_inputs", f"plans: {change.plan.id} is listed twice")
        if not change.plan.add_on and any(not c.plan.add_on and c.plan.group == change.plan.group for c in changes):
            raise ApiError(400, "invalid_inputs", f"plans: {change.plan.id} is a second main plan in group {change.plan.group}")
        changes.append(change)
    return customer, changes


@handles("previewMultiAttach")
def preview_multi_attach(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer, changes = _multi_changes(store, params)
    return _preview(store, customer, changes)


@handles("multiAttach")
def multi_attach(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer, changes = _multi_changes(store, params)
    return _charge(store, customer, params, "multiAttach", changes, params.get("redirect_mode", "if_required"))


def _subscription(store: Store, customer: Customer, params: Mapping[str, Any]) -> Subscription:
    entity_id = params.get("entity_id")
    entity_of(customer, entity_id)
    named = "plan_id" in params or "subscription_id" in params  # else: the main plan
    for sub in customer.subscriptions:
        if "subscription_id" in params and sub.id != params["subscription_id"]:
            continue
        if "plan_id" in params and sub.plan.id != params["plan_id"]:
            continue
        if sub.entity_id == entity_id and sub.status == "active" and (named or not sub.plan.add_on):
            return sub
    for sub in customer.subscriptions:  # a scheduled plan, named by id, can be cancelled before it starts
        if sub.status == "scheduled" and sub.entity_id == entity_id and params.get("plan_id") == sub.plan.id:
            return sub
    wanted = params.get("plan_id") or params.get("subscription_id") or "main plan"
    raise ApiError(404, "cus_product_not_found", f"Customer {customer.id} has no active {wanted}")  # findTargetCustomerProduct


# updateSubscriptionV1Params.ts: an update must name something to change (of the fields 2.1 takes).
_UPDATE_FIELDS = ("feature_quantities", "version", "customize", "cancel_action", "no_billing_changes")


def _require_update(params: Mapping[str, Any]) -> None:
    if not any(params.get(k) is not None for k in _UPDATE_FIELDS):
        raise ApiError(
            400,
            "invalid_inputs",
            "At least one update parameter must be provided (feature_quantities, version, customize, cancel_action)",
        )


def _update_lines(store: Store, sub: Subscription, params: Mapping[str, Any]) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    action = params.get("cancel_action")
    if action == "cancel_immediately":
        lines += _unused_credit(store, sub)
    for feature_id, quantity in _quantities(params).items():
        item = next((i for i in sub.plan.items if i.feature_id == feature_id and i.billing_method == "prepaid"), None)
        if item is None:
            raise ApiError(400, "invalid_inputs", f"feature_quantities: plan {sub.plan.id} has no prepaid item for {feature_id}")
        was = sub.quantities.get(feature_id, item.included)
        before = _packs_cost(item, prepaid_amount(item, sub.quantities.get(feature_id)))
        after = _packs_cost(item, prepaid_amount(item, quantity))
        if after != before:
            lines.append(
                {
                    "title": f"{sub.plan.name} - {feature_id}",
                    "description": f"{number(quantity)} {feature_id} (was {number(was)})",
                    "amount": after - before,
                }
            )
    return lines


@handles("previewUpdate")
def preview_update(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    _require_update(params)
    customer = load_customer(store, params["customer_id"])
    sub = _subscription(store, customer, params)
    lines = _update_lines(store, sub, params)
    return {"customer_id": customer.id, "line_items": _lines_json(lines), "total": number(_total(lines)), "currency": CURRENCY}


@handles("billingUpdate")
def billing_update(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    """Change prepaid quantities, or cancel (at the end of the period, or now), or undo a cancel."""
    _require_update(params)
    customer = load_customer(store, params["customer_id"])
    sub = _subscription(store, customer, params)
    lines = _update_lines(store, sub, params)
    total = _total(lines)
    answer: dict[str, Any] = {"customer_id": customer.id, "payment_url": None}
    if params.get("entity_id") is not None:
        answer["entity_id"] = params["entity_id"]
    if total > 0 and customer.payment_method is None and not params.get("no_billing_changes"):
        answer["payment_url"] = _checkout(store, customer, "attach", "billingUpdate", params)
        return answer
    quantities = _quantities(params)
    if quantities:
        set_quantities(store, customer, sub, quantities)
    _cancel(store, customer, sub, params.get("cancel_action"))
    if total and not params.get("no_billing_changes"):  # a refund is a credit invoice (negative total)
        answer["invoice"] = _invoice(store, customer, [sub.plan.id], total, sub.entity_id, "paid")
    return answer


def _is_free(plan: Plan) -> bool:
    return plan.price is None and all(i.price is None for i in plan.items)


def _cancel(store: Store, customer: Customer, sub: Subscription, action: str | None) -> None:
    """``computeCancelPlan``: cancelling a main plan schedules (or, at once, starts) the group's default
    plan, unless it is the default plan itself; uncancel drops whatever was scheduled after it."""
    main = not sub.plan.add_on and not sub.plan.one_off
    if action == "cancel_end_of_cycle":
        if _is_free(sub.plan) or sub.plan.one_off:  # handleCancelEndOfCycleErrors
            kind = "Free" if _is_free(sub.plan) else "One-off"
            message = f"{kind} products do not have billing cycles; use cancel: 'immediately' instead."
            raise ApiError(400, "invalid_request", message)
        if sub.current_period_end is None:
            action = "cancel_immediately"  # nothing recurs (prepaid one-off items only): it ends now
    if action == "cancel_immediately":
        remove(customer, sub)
        if main and sub.status == "scheduled":  # cancelling a scheduled plan keeps the current one
            current = main_subscription(customer, sub.plan.group, sub.entity_id)
            if current is not None:
                current.canceled_at = current.expires_at = None
        elif main and not _is_default(store, sub):
            enable_default(store, customer, sub.plan.group, sub.entity_id)
    elif action == "cancel_end_of_cycle":
        sub.canceled_at, sub.expires_at = store.now(), sub.current_period_end
        if main and not _is_default(store, sub):
            enable_default(store, customer, sub.plan.group, sub.entity_id, starts_at=sub.current_period_end)
    elif action == "uncancel" and sub.canceled_at is not None:  # uncancelling an active plan is a no-op
        if sub.status == "scheduled":
            raise ApiError(400, "invalid_request", "Cannot uncancel a subscription that is scheduled")
        sub.canceled_at = sub.expires_at = None
        if main:
            successor = main_subscription(customer, sub.plan.group, sub.entity_id, "scheduled")
            if successor is not None:
                remove(customer, successor)


def _is_default(store: Store, sub: Subscription) -> bool:
    default = default_plan(store, sub.plan.group)
    return default is not None and default.id == sub.plan.id


@handles("openCustomerPortal")
def open_customer_portal(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    return {"customer_id": customer.id, "url": f"{store.base_url}/portal/{customer.id}"}


@handles("setupPayment")
def setup_payment(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    """A hosted page that saves a card; with ``plan_id`` it then attaches that plan."""
    customer = load_customer(store, params["customer_id"])
    entity_of(customer, params.get("entity_id"))
    if "plan_id" in params:
        store.plan(params["plan_id"], params.get("version"))
    request = {k: v for k, v in params.items() if k not in ("success_url", "checkout_session_params")}
    answer: dict[str, Any] = {
        "customer_id": customer.id,
        "url": _checkout(store, customer, "setup", "attach" if "plan_id" in params else "", request),
    }
    if params.get("entity_id") is not None:
        answer["entity_id"] = params["entity_id"]
    return answer
