"""Putting plans on customers and taking them off: subscriptions, their grants, and time passing.

Shared by billing (attach, update), customers (auto-enabled plans), entities (per-entity grants)
and the seed. ``roll`` applies what the emulator's clock says has happened since the customer was
last looked at: scheduled plans start (a downgrade, or the auto-enabled plan that a cancel
scheduled), canceled ones end, free trials end.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from ._store import ApiError, Customer, Entity, Grant, Item, Plan, Store, Subscription, add_interval


def period_end(plan: Plan, start: int) -> int | None:
    """When a recurring plan's billing period ends; None for free and one-off plans."""
    if plan.price is None or plan.one_off:
        return None
    return add_interval(start, str(plan.price["interval"]), plan.price.get("interval_count", 1))


def trial_end(plan: Plan, start: int) -> int | None:
    """When a free trial of ``plan`` started at ``start`` ends; None for a plan without one."""
    if plan.free_trial is None:
        return None
    unit = str(plan.free_trial.get("duration_type") or "day")
    return add_interval(start, unit, float(plan.free_trial["duration_length"]))


def prepaid_amount(item: Item, quantity: float | None) -> float:
    """Units bought on top of ``included``: the quantity asked for, rounded up to whole packs."""
    if item.billing_method != "prepaid" or quantity is None:
        return 0.0
    units = float(item.price.get("billing_units", 1) or 1) if item.price else 1.0
    extra = max(0.0, quantity - item.included)
    return math.ceil(extra / units) * units


def _new_grant(store: Store, sub: Subscription, item: Item, entity: Entity | None) -> Grant:
    now = store.now()
    next_reset = None
    if item.interval and sub.trial_ends_at is None:
        next_reset = add_interval(now, item.interval, item.interval_count)
    elif item.interval and sub.trial_ends_at is not None:
        # In a free trial, resets line up with the trial's end, when the first paid period starts.
        next_reset = sub.trial_ends_at
        while (earlier := add_interval(next_reset, item.interval, -item.interval_count)) > now:
            next_reset = earlier
    return Grant(
        id=store.new_id("cus_ent"),
        feature_id=item.feature_id,
        item=item,
        subscription_id=sub.id,
        plan_id=sub.plan.id,
        prepaid=prepaid_amount(item, sub.quantities.get(item.feature_id)),
        next_reset_at=next_reset,
        entity_id=None if entity is None else entity.id,
        pooled=entity is not None and sub.entity_id is None,
        add_on=sub.plan.add_on,
    )


def _grant_into(store: Store, customer: Customer, sub: Subscription, only_entity: Entity | None = None) -> None:
    for item in sub.plan.items:
        targets: list[Entity | None]
        if sub.entity_id is not None:
            targets = [customer.entities[sub.entity_id]]
        elif item.entity_feature_id is not None:
            # Per-seat items: every entity of that feature gets its own grant.
            entities = [only_entity] if only_entity is not None else list(customer.entities.values())
            targets = [e for e in entities if e.feature_id in (item.entity_feature_id, None)]
        elif only_entity is not None:
            continue
        else:
            targets = [None]
        for target in targets:
            holder = customer.grants if target is None else target.grants
            holder.setdefault(item.feature_id, []).append(_new_grant(store, sub, item, target))


def provision(
    store: Store,
    customer: Customer,
    plan: Plan,
    entity_id: str | None = None,
    quantities: Mapping[str, float] | None = None,
    *,
    starts_at: int | None = None,
    trial_ends_at: int | None = None,
) -> Subscription:
    """Give the customer ``plan`` now, or schedule it for ``starts_at`` (grants come when it starts).

    With ``trial_ends_at`` the first period is the free trial.
    """
    now = store.now()
    scheduled = starts_at is not None and starts_at > now
    start = starts_at if scheduled and starts_at is not None else now
    sub = Subscription(
        id=store.new_id("sub"),
        plan=plan,
        entity_id=entity_id,
        status="scheduled" if scheduled else "active",
        started_at=start,
        quantities=dict(quantities or {}),
        current_period_start=start if period_end(plan, start) else None,
        current_period_end=trial_ends_at or period_end(plan, start),
        trial_ends_at=trial_ends_at,
    )
    customer.subscriptions.append(sub)
    if not scheduled:
        _grant_into(store, customer, sub)
    return sub


def grant_entity(store: Store, customer: Customer, entity: Entity) -> None:
    """A new entity gets its own grant of every per-entity item of the customer's active plans."""
    for sub in customer.subscriptions:
        if sub.status == "active" and sub.entity_id is None:
            _grant_into(store, customer, sub, only_entity=entity)


def remove(customer: Customer, sub: Subscription) -> None:
    """Take a subscription and every grant it gave off the customer."""
    customer.subscriptions = [s for s in customer.subscriptions if s is not sub]
    for holder in [customer.grants, *(e.grants for e in customer.entities.values())]:
        for feature_id in list(holder):
            holder[feature_id] = [g for g in holder[feature_id] if g.subscription_id != sub.id]
            if not holder[feature_id]:
                del holder[feature_id]


def set_quantities(store: Store, customer: Customer, sub: Subscription, quantities: Mapping[str, float]) -> None:
    for feature_id, quantity in quantities.items():
        item = next((i for i in sub.plan.items if i.feature_id == feature_id), None)
        if item is None or item.billing_method != "prepaid":
            raise ApiError(400, "invalid_inputs", f"feature_quantities: plan {sub.plan.id} has no prepaid item for {feature_id}")
        sub.quantities[feature_id] = quantity
        for grant in customer.all_grants():
            if grant.subscription_id == sub.id and grant.feature_id == feature_id:
                grant.prepaid = prepaid_amount(item, quantity)


def main_subscription(
    customer: Customer, group: str | None, entity_id: str | None, status: str = "active"
) -> Subscription | None:
    """The customer's (or entity's) main recurring plan in ``group``: what an attach would replace.

    Add-ons and one-off plans are never "the" plan of a group (``setupAttachTransitionContext``).
    """
    return next(
        (
            s
            for s in customer.subscriptions
            if not s.plan.add_on
            and not s.plan.one_off
            and s.plan.group == group
            and s.entity_id == entity_id
            and s.status == status
        ),
        None,
    )


def default_plan(store: Store, group: str | None) -> Plan | None:
    """The group's auto-enabled plan, if it has one."""
    for versions in store.plans.values():
        plan = versions[-1]
        if plan.auto_enable and not plan.add_on and not plan.archived and plan.group == group:
            return plan
    return None


def enable_default(
    store: Store, customer: Customer, group: str | None, entity_id: str | None = None, *, starts_at: int | None = None
) -> None:
    """With no main plan left in a group, the group's auto-enabled plan (if any) comes, or is scheduled."""
    if entity_id is not None or main_subscription(customer, group, None, "scheduled"):
        return
    if starts_at is None and main_subscription(customer, group, None):
        return
    plan = default_plan(store, group)
    if plan is not None:
        provision(store, customer, plan, starts_at=starts_at)


def roll(store: Store, customer: Customer) -> None:
    """Bring the customer up to the emulator's clock: ends, scheduled starts and new periods."""
    now = store.now()
    for sub in list(customer.subscriptions):
        if sub.expires_at is not None and sub.expires_at <= now:
            remove(customer, sub)  # a successor (a downgrade, the default plan) was scheduled when it was canceled
    for sub in list(customer.subscriptions):
        if sub.trial_ends_at is not None and sub.trial_ends_at <= now and sub in customer.subscriptions:
            end_trial(store, customer, sub)
    for sub in list(customer.subscriptions):
        if sub.status == "scheduled" and sub.started_at <= now:
            sub.status = "active"
            _grant_into(store, customer, sub)
        while sub.current_period_end is not None and sub.current_period_end <= now and sub.expires_at is None:
            sub.current_period_start = sub.current_period_end
            sub.current_period_end = period_end(sub.plan, sub.current_period_end)
    for holder in [customer.grants, *(e.grants for e in customer.entities.values())]:
        for feature_id in list(holder):
            holder[feature_id] = [g for g in holder[feature_id] if g.expires_at is None or g.expires_at > now]
            if not holder[feature_id]:
                del holder[feature_id]


def load_customer(store: Store, customer_id: str) -> Customer:
    """The customer, copied for rollback and brought up to the clock: what every handler starts from."""
    customer = store.customer(customer_id)
    roll(store, customer)
    return customer


def entity_of(customer: Customer, entity_id: str | None) -> Entity | None:
    if entity_id is None:
        return None
    entity = customer.entities.get(entity_id)
    if entity is None:
        raise ApiError(404, "entity_not_found", f"Entity {entity_id} not found for customer {customer.id}")
    return entity


def end_trial(store: Store, customer: Customer, sub: Subscription) -> None:
    """A trial that ends with a card on file becomes a paid subscription (invoiced); without one, it ends."""
    assert sub.trial_ends_at is not None
    ended_at, sub.trial_ends_at = sub.trial_ends_at, None
    if customer.payment_method is None or sub.canceled_at is not None:
        remove(customer, sub)
        if not sub.plan.add_on:
            enable_default(store, customer, sub.plan.group, sub.entity_id)
        return
    invoice_id = store.new_id("in_local")
    customer.invoices.append(
        {
            "plan_ids": [sub.plan.id],
            "stripe_id": invoice_id,
            "status": "paid",
            "total": sub.plan.base_amount,
            "currency": "usd",
            "created_at": ended_at,
            "hosted_invoice_url": f"{store.base_url}/invoices/{invoice_id}",
            "entity_id": sub.entity_id,
        }
    )
    sub.current_period_start, sub.current_period_end = ended_at, period_end(sub.plan, ended_at)
