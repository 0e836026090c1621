"""Balance arithmetic shared by check, track, balances.*, entities and the customer object.

A feature's balance is the sum of its grants, listed in ``breakdown``. Usage is taken from the
grant that resets soonest (one-off grants last); a credit (negative usage) goes back the other way.
A credit system pays for the metered features in its schema at ``credit_cost`` per unit.
"""

from __future__ import annotations

from typing import Any

from ._store import INTERVALS, ApiError, Customer, Feature, Grant, Store, number

_ORDER = {name: rank for rank, name in enumerate(INTERVALS)}


def _rank(grant: Grant) -> int:
    return _ORDER.get(grant.item.interval or "", len(INTERVALS))


def grants(store: Store, customer: Customer, entity_id: str | None, feature_id: str) -> list[Grant]:
    """The grants ``check`` sees: the customer's own plus, with an entity, that entity's; reset if due."""
    found = list(customer.grants.get(feature_id, []))
    if entity_id is not None:
        entity = customer.entities.get(entity_id)
        if entity is None:
            raise ApiError(404, "entity_not_found", f"Entity {entity_id} not found for customer {customer.id}")
        found += entity.grants.get(feature_id, [])
    now = store.now()
    live = [g for g in found if g.expires_at is None or g.expires_at > now]
    for grant in live:
        grant.reset_if_due(now)
    return sorted(live, key=_rank)


def payer(store: Store, customer: Customer, entity_id: str | None, feature: Feature) -> tuple[Feature, float, list[Grant]]:
    """The feature whose balance pays for ``feature``, the cost per unit, and its grants."""
    own = grants(store, customer, entity_id, feature.id)
    if own or feature.type != "metered":
        return feature, 1.0, own
    for system in store.features.values():
        cost = system.credit_cost(feature.id)
        if cost is not None:
            system_grants = grants(store, customer, entity_id, system.id)
            if system_grants:
                return system, cost, system_grants
    return feature, 1.0, []


def overage_room(found: list[Grant]) -> float:
    room = 0.0
    for grant in found:
        if grant.item.overage_allowed:
            if grant.item.usage_limit is None:
                return float("inf")
            room += max(0.0, grant.item.usage_limit - max(grant.usage, grant.granted))
    return room


def allows(found: list[Grant], required: float) -> bool:
    if not found:
        return False
    if any(g.item.unlimited for g in found):
        return True
    remaining = sum(g.remaining for g in found)
    return remaining >= required or overage_room(found) >= required - remaining


def deduct(found: list[Grant], amount: float) -> None:
    """Shortest reset interval first; a negative amount credits back, longest interval first."""
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
        found[-1].usage -= credit  # credit beyond all usage raises the balance


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
        "breakdown": [_breakdown(g) for g in found],
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


def _breakdown(grant: Grant) -> dict[str, Any]:
    item = grant.item
    reset = None
    if item.interval is not None:
        reset = {"interval": item.interval, "interval_count": item.interval_count, "resets_at": number(grant.next_reset_at or 0)}
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
        "reset": reset,
        "price": price,
        "expires_at": None if grant.expires_at is None else number(grant.expires_at),
    }


def balances_json(store: Store, customer: Customer, entity_id: str | None, *, with_feature: bool = False) -> dict[str, Any]:
    """Every feature the customer (or entity) has a grant of, as ``check`` would report it."""
    feature_ids = set(customer.grants)
    if entity_id is not None:
        feature_ids |= set(customer.entities[entity_id].grants)
    answer: dict[str, Any] = {}
    for feature_id in sorted(feature_ids):
        feature = store.features.get(feature_id)
        found = grants(store, customer, entity_id, feature_id)
        if feature is not None and found and feature.type != "boolean":  # flags have no balance, as in check
            answer[feature_id] = balance_json(feature, found, with_feature=with_feature)
    return answer
