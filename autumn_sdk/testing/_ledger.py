"""Balance arithmetic shared by check, track, balances.*, entities and the customer object.

It follows Autumn's server (useautumn/autumn):

- Which grants a subject sees (``cusEntMatchesEntity``): a customer sees its own grants and the
  per-entity pools of its plans (summed over the entities); an entity sees its own grants and the
  customer's shared ones.
- The order usage is taken in (``shared/utils/cusEntUtils/sortCusEntsForDeduction.ts``): the
  subject's own level first (an entity's grants before the customer's), credit systems last,
  unlimited first, grants that reset before lifetime ones, shorter intervals first, soonest expiry
  first, main plans before add-ons, prepaid before usage-based, then creation order.
- How a deduction runs (``server/src/_luaScriptsV2/fullSubjectDeduction/runDeductionOnContextV2.lua``
  and ``deductFromMainBalanceV2.lua``): a first pass takes each grant down to zero; a second pass
  lets usage-allowed grants go into overage (down to ``-max_purchase``); a refund first pays back
  overage, then usage, and never lifts a grant above what it granted. What cannot be placed is
  dropped (``cap``) or refuses the whole deduction (``reject``, used by ``check`` with
  ``send_event``).
- A metered feature's credit systems take part in the same deduction at ``credit_cost`` per unit.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._store import ApiError, Customer, Feature, Grant, Store, add_interval, number

_PRECISION = 10


def _interval_ms(grant: Grant) -> int:
    item = grant.item
    return 0 if item.interval is None else add_interval(0, item.interval, item.interval_count)


def _order(grant: Grant, *, entity_first: bool, credit_system: bool = False) -> tuple[Any, ...]:
    at_entity = grant.entity_id is not None
    return (
        (not at_entity) if entity_first else at_entity,
        credit_system,
        not grant.item.unlimited,
        grant.next_reset_at is None,
        _interval_ms(grant),
        math.inf if grant.expires_at is None else grant.expires_at,
        grant.entity_id or "",
        grant.add_on,
        grant.item.overage_allowed,
        grant.seq,
    )


def _visible(customer: Customer, entity_id: str | None, feature_id: str) -> list[Grant]:
    found = list(customer.grants.get(feature_id, []))
    if entity_id is None:
        for entity in customer.entities.values():
            found += [g for g in entity.grants.get(feature_id, []) if g.pooled]
        return found
    own = customer.entities.get(entity_id)
    if own is None:
        raise ApiError(404, "entity_not_found", f"Entity {entity_id} not found for customer {customer.id}")
    return found + own.grants.get(feature_id, [])


def grants(store: Store, customer: Customer, entity_id: str | None, feature_id: str) -> list[Grant]:
    """The grants of a feature that the customer (or entity) sees, reset if due, in deduction order."""
    now = store.now()
    live = [g for g in _visible(customer, entity_id, feature_id) if g.expires_at is None or g.expires_at > now]
    for grant in live:
        grant.reset_if_due(now)
    return sorted(live, key=lambda g: _order(g, entity_first=entity_id is not None))


def credit_systems(store: Store, feature: Feature) -> list[Feature]:
    return [s for s in store.features.values() if s.credit_cost(feature.id) is not None]


def allows(found: list[Grant], required: float) -> bool:
    """``apiBalanceToAllowed``: unlimited, a refund, enough remaining, or room for overage."""
    if not found:
        return False
    if any(g.item.unlimited for g in found) or required < 0:
        return True
    remaining = sum(g.remaining for g in found)
    return remaining >= required or overage_room(found) >= required - remaining


def overage_room(found: list[Grant]) -> float:
    room = 0.0
    for grant in found:
        if grant.item.overage_allowed:
            if grant.item.usage_limit is None:
                return float("inf")
            room += max(0.0, grant.item.usage_limit - max(grant.usage, grant.granted))
    return room


def feature_for_check(
    store: Store, customer: Customer, entity_id: str | None, feature: Feature, required: float = 1
) -> tuple[Feature, float, list[Grant]]:
    """The feature whose balance ``check`` reports, its credit cost per unit, and its grants.

    ``getFeatureToUseForCheck``: the feature's own balance while it allows the request, else the
    first credit system that does, else the first one the customer has, else the feature.
    """
    own = grants(store, customer, entity_id, feature.id)
    systems = credit_systems(store, feature)
    if not systems or (own and allows(own, required)):
        return feature, 1.0, own
    owned: tuple[Feature, float, list[Grant]] | None = None
    for system in systems:
        found = grants(store, customer, entity_id, system.id)
        if not found:
            continue
        cost = system.credit_cost(feature.id) or 1.0
        owned = owned or (system, cost, found)
        # The server tests the credit balance against the unconverted amount here (and the
        # converted one for the answer); the emulator does the same.
        if allows(found, required):
            return system, cost, found
    if owned is not None:
        return owned
    if own:
        return feature, 1.0, own
    return systems[0], systems[0].credit_cost(feature.id) or 1.0, []


@dataclass
class _Entry:
    grant: Grant
    cost: float
    free_allocated: bool  # a non-consumable feature without a price: usage may pass the allowance


def _entries(store: Store, customer: Customer, entity_id: str | None, feature: Feature) -> list[_Entry]:
    entries = []
    for target, cost in [(feature, 1.0), *((s, s.credit_cost(feature.id) or 1.0) for s in credit_systems(store, feature))]:
        for grant in grants(store, customer, entity_id, target.id):
            allocated = target.type == "metered" and not target.consumable and grant.item.price is None
            entries.append(_Entry(grant, cost, allocated))
    entity_first = entity_id is not None
    entries.sort(key=lambda e: _order(e.grant, entity_first=entity_first, credit_system=e.grant.feature_id != feature.id))
    unlimited = next((e for e in entries if e.grant.item.unlimited), None)
    return [unlimited] if unlimited is not None else entries


def _place(entries: list[_Entry], amount: float, *, reject: bool) -> tuple[dict[int, float], float]:
    """New usage per grant (by ``id``) for a deduction of ``amount`` units, and the units left over."""
    usage = {id(e.grant): e.grant.usage for e in entries}
    if entries and entries[0].grant.item.unlimited:  # an unlimited grant absorbs everything, both ways
        usage[id(entries[0].grant)] += amount * entries[0].cost
        return usage, 0.0
    left = amount
    refund = amount < 0
    for second_pass in (False, True):
        for entry in entries:
            if round(left, _PRECISION) == 0:
                break
            grant, want = entry.grant, left * entry.cost
            used = usage[id(grant)]
            if refund:
                # Pass 1 pays back overage only; pass 2 gives back usage, never above what was granted.
                room = max(0.0, used - grant.granted) if not second_pass else max(0.0, used)
                change = -min(-want, room)
            elif not second_pass:
                change = max(0.0, min(want, grant.granted - used))
            elif grant.item.overage_allowed or (entry.free_allocated and not reject):
                limit = grant.item.usage_limit
                change = want if limit is None else max(0.0, min(want, limit - used))
            else:
                continue
            usage[id(grant)] = used + change
            left -= change / entry.cost
    return usage, round(left, _PRECISION)


def spend(
    store: Store, customer: Customer, entity_id: str | None, feature: Feature, amount: float, *, reject: bool = False
) -> dict[str, float] | None:
    """Deduct ``amount`` of ``feature`` (negative: a refund); the usage taken per paying feature.

    With ``reject`` nothing changes and None is answered when the whole amount cannot be placed.
    """
    entries = _entries(store, customer, entity_id, feature)
    usage, left = _place(entries, amount, reject=reject)
    if reject and left > 0:
        return None
    taken: dict[str, float] = {}
    for entry in entries:
        before = entry.grant.usage
        entry.grant.usage = usage[id(entry.grant)]
        taken[entry.grant.feature_id] = taken.get(entry.grant.feature_id, 0.0) + entry.grant.usage - before
    return taken


def reported_feature(
    store: Store, customer: Customer, entity_id: str | None, feature: Feature, taken: dict[str, float]
) -> Feature:
    """Whose balance a track answers (``deductionToTrackResponseV2``): an unlimited one, else the
    first that paid (the feature before its credit systems), else its first credit system."""
    relevant = [feature, *credit_systems(store, feature)]
    for candidate in relevant:
        if any(g.item.unlimited for g in grants(store, customer, entity_id, candidate.id)):
            return candidate
    paid = next((f for f in relevant if taken.get(f.id, 0.0) > 0), None)
    if paid is not None:
        return paid
    return relevant[1] if len(relevant) > 1 else feature


def adjust(found: list[Grant], amount: float) -> None:
    """Set usage directly (balances.update, entity seats): into overage if allowed, credit beyond usage lifts it."""
    if amount >= 0:
        for grant in found:
            if amount <= 0:
                return
            if grant.item.unlimited:
                grant.usage += amount
                return
            take = min(grant.remaining, amount)
            grant.usage += take
            amount -= take
        overage = next((g for g in found if g.item.overage_allowed), None)
        if overage is not None and amount > 0:
            limit = overage.item.usage_limit
            overage.usage = overage.usage + amount if limit is None else min(limit, overage.usage + amount)
        return
    credit = -amount
    for grant in reversed(found):
        give = min(grant.usage, credit)
        grant.usage -= give
        credit -= give
    if credit > 0 and found:
        found[-1].usage -= credit


def balance_json(feature: Feature, found: list[Grant], *, with_feature: bool = False) -> dict[str, Any]:
    resets = [g.next_reset_at for g in found if g.next_reset_at is not None]
    limits = [g.item.usage_limit - g.granted for g in found if g.item.overage_allowed and g.item.usage_limit is not None]
    answer: dict[str, Any] = {
        "feature_id": feature.id,
        "granted": number(sum(g.granted for g in found)),
        "remaining": number(sum(g.remaining for g in found)),
        "usage": number(sum(g.usage for g in found)),
        "unlimited": any(g.item.unlimited for g in found),
        "overage_allowed": any(g.item.overage_allowed for g in found),
        "max_purchase": number(sum(limits)) if limits else None,
        "next_reset_at": number(min(resets)) if resets else None,
        "breakdown": [_breakdown(feature, g) for g in found],
    }
    if with_feature:
        answer["feature"] = feature_json(feature)
    return answer


def feature_json(feature: Feature) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "id": feature.id,
        "name": feature.name,
        "type": feature.type,
        "consumable": feature.consumable,
        "event_names": list(feature.event_names),
        "archived": feature.archived,
    }
    if feature.credit_schema:
        answer["credit_schema"] = [{"metered_feature_id": f, "credit_cost": number(c)} for f, c in feature.credit_schema]
    if feature.display:
        answer["display"] = dict(feature.display)
    return answer


def _reset_json(feature: Feature, grant: Grant) -> dict[str, Any] | None:
    """``cusEntsToReset``: none for a non-consumable feature; a lifetime grant resets ``one_off``."""
    if feature.type == "metered" and not feature.consumable:
        return None
    item = grant.item
    reset: dict[str, Any] = {
        "interval": item.interval or "one_off",
        "resets_at": None if grant.next_reset_at is None else number(grant.next_reset_at),
    }
    if item.interval is not None and item.interval_count != 1:  # the server leaves out a count of 1
        reset["interval_count"] = item.interval_count
    return reset


def _breakdown(feature: Feature, grant: Grant) -> dict[str, Any]:
    item = grant.item
    price = None
    if item.price is not None:
        price = {
            "amount": number(float(item.price.get("amount", 0))),
            "billing_units": number(float(item.price.get("billing_units", 1))),
            "billing_method": item.billing_method,
            "max_purchase": None if item.usage_limit is None else number(item.usage_limit - grant.granted),
        }
    return {
        "id": grant.id,
        "plan_id": grant.plan_id,
        "included_grant": number(0 if item.unlimited else item.included),
        "prepaid_grant": number(grant.prepaid),
        "remaining": number(grant.remaining),
        "usage": number(grant.usage),
        "unlimited": item.unlimited,
        "reset": _reset_json(feature, grant),
        "price": price,
        "expires_at": None if grant.expires_at is None else number(grant.expires_at),
    }


def _feature_ids(customer: Customer, entity_id: str | None) -> Iterable[str]:
    ids = set(customer.grants)
    if entity_id is not None:
        ids |= set(customer.entities[entity_id].grants)
    else:
        ids |= {f for e in customer.entities.values() for f, gs in e.grants.items() if any(g.pooled for g in gs)}
    return sorted(ids)


def balances_json(store: Store, customer: Customer, entity_id: str | None, *, with_feature: bool = False) -> dict[str, Any]:
    """Every feature the customer (or entity) has a grant of, as ``check`` would report it."""
    answer: dict[str, Any] = {}
    for feature_id in _feature_ids(customer, entity_id):
        feature = store.features.get(feature_id)
        found = grants(store, customer, entity_id, feature_id)
        if feature is not None and found and feature.type != "boolean":  # flags have no balance, as in check
            answer[feature_id] = balance_json(feature, found, with_feature=with_feature)
    return answer
