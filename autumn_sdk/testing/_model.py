"""The emulator's state: features, plans, customers and their balances, with Autumn's semantics.

A plan's items become a customer's grants (one per plan and feature); a feature's balance is the
sum of its grants, listed in ``breakdown``. Usage is deducted from the grant with the shortest
reset interval first (one-off grants last), credit systems pay for their metered features at
``credit_cost`` per unit, and grants reset on their interval against an injectable clock.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

INTERVALS = ("minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year")
_ORDER = {name: rank for rank, name in enumerate(INTERVALS)}
_STEP: dict[str, timedelta | relativedelta] = {
    "minute": timedelta(minutes=1),
    "hour": timedelta(hours=1),
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
    "month": relativedelta(months=1),
    "quarter": relativedelta(months=3),
    "semi_annual": relativedelta(months=6),
    "year": relativedelta(years=1),
}


class ApiError(Exception):
    """An error answer: status, Autumn's error code and a message naming what is wrong."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class SeedError(ValueError):
    """The seed does not describe a consistent set of features, plans and customers."""


class Clock:
    """The emulator's time, in whole epoch milliseconds. ``advance`` moves it forward (resets follow).

    ``Clock()`` follows the system clock; ``Clock(start_ms=...)`` starts at that instant and stands
    still until advanced, so tests see exact timestamps.
    """

    def __init__(self, start_ms: int | None = None) -> None:
        self._frozen_ms: int | None = start_ms
        self._offset_ms = 0

    def now_ms(self) -> int:
        if self._frozen_ms is not None:
            return self._frozen_ms
        return int(time.time() * 1000) + self._offset_ms

    def advance(self, *, days: float = 0, hours: float = 0, minutes: float = 0, seconds: float = 0) -> None:
        delta = round(((days * 24 + hours) * 60 + minutes) * 60_000 + seconds * 1000)
        if self._frozen_ms is not None:
            self._frozen_ms += delta
        else:
            self._offset_ms += delta


@dataclass
class Feature:
    id: str
    name: str
    type: str  # boolean | metered | credit_system
    consumable: bool
    event_names: tuple[str, ...] = ()
    credit_schema: dict[str, float] = field(default_factory=dict)  # metered feature id -> credit cost


@dataclass
class Item:
    feature_id: str
    included_usage: float
    unlimited: bool
    interval: str | None
    interval_count: int
    overage_allowed: bool
    usage_limit: float | None  # the most usage overage may reach; None for no limit
    entity_feature_id: str | None
    price: dict[str, Any] | None


@dataclass
class Plan:
    id: str
    name: str
    items: list[Item]
    is_add_on: bool = False
    created_at: float = 0


@dataclass
class Grant:
    """One plan item provisioned for a customer (or one of its entities)."""

    id: str
    plan_id: str | None
    item: Item
    usage: float = 0
    next_reset_at: float | None = None

    @property
    def remaining(self) -> float:
        return 0 if self.item.unlimited else max(0.0, self.item.included_usage - self.usage)

    def reset_if_due(self, now_ms: float) -> None:
        if self.item.interval is None or self.next_reset_at is None:
            return
        while now_ms >= self.next_reset_at:
            self.usage = 0
            self.next_reset_at = _add_interval(self.next_reset_at, self.item.interval, self.item.interval_count)


@dataclass
class Customer:
    id: str
    plan_ids: list[str]
    grants: dict[str, list[Grant]] = field(default_factory=dict)  # feature id -> grants
    entities: dict[str, dict[str, list[Grant]]] = field(default_factory=dict)  # entity id -> feature id -> grants


def _add_interval(at_ms: float, interval: str, count: int) -> float:
    start = datetime.fromtimestamp(at_ms / 1000, tz=UTC)
    step = _STEP[interval]
    return round((start + step * count).timestamp() * 1000)


def _deduction_rank(grant: Grant) -> int:
    return _ORDER.get(grant.item.interval or "", len(INTERVALS))


class State:
    """All of the emulator's data. Every operation runs under one lock, so each is atomic."""

    def __init__(self, seed: Mapping[str, Any], clock: Clock | None = None) -> None:
        self.clock = clock or Clock()
        self.lock = threading.RLock()
        self.features: dict[str, Feature] = {}
        self.plans: dict[str, Plan] = {}
        self.customers: dict[str, Customer] = {}
        self._ids = 0
        self._load(seed)

    # -- seed ------------------------------------------------------------------------------------

    def _load(self, seed: Mapping[str, Any]) -> None:
        if not isinstance(seed, Mapping):
            raise SeedError("the seed must be a mapping with features, plans and customers")
        for raw in seed.get("features", []):
            kind = raw.get("type", "metered")
            if kind not in ("boolean", "metered", "credit_system"):
                raise SeedError(f"feature {raw.get('id')!r}: type must be boolean, metered or credit_system")
            schema = {str(c["metered_feature_id"]): float(c["credit_cost"]) for c in raw.get("credit_schema", [])}
            feature = Feature(
                id=str(raw["id"]),
                name=str(raw.get("name", raw["id"])),
                type=kind,
                consumable=bool(raw.get("consumable", kind != "boolean")),
                event_names=tuple(raw.get("event_names", ())),
                credit_schema=schema,
            )
            self.features[feature.id] = feature
        for feature in self.features.values():
            for metered in feature.credit_schema:
                if metered not in self.features:
                    raise SeedError(f"credit system {feature.id!r} prices unknown feature {metered!r}")
        for raw in seed.get("plans", []):
            items = [self._item(raw["id"], i) for i in raw.get("items", [])]
            self.plans[str(raw["id"])] = Plan(
                id=str(raw["id"]),
                name=str(raw.get("name", raw["id"])),
                items=items,
                is_add_on=bool(raw.get("is_add_on", False)),
                created_at=self.clock.now_ms(),
            )
        for raw in seed.get("customers", []):
            self.add_customer(str(raw["id"]), list(raw.get("plans", [])), entities=list(raw.get("entities", [])))

    def _item(self, plan_id: str, raw: Mapping[str, Any]) -> Item:
        feature_id = str(raw["feature_id"])
        feature = self.features.get(feature_id)
        if feature is None:
            raise SeedError(f"plan {plan_id!r} grants unknown feature {feature_id!r}")
        included = raw.get("included_usage", 0 if feature.type != "boolean" else 1)
        unlimited = bool(raw.get("unlimited", False)) or included in ("inf", float("inf"))
        interval = raw.get("interval")
        if interval is not None and interval not in _STEP:
            raise SeedError(f"plan {plan_id!r}, {feature_id}: interval must be one of {list(_STEP)} or null")
        price = raw.get("price")
        return Item(
            feature_id=feature_id,
            included_usage=0 if unlimited else float(included),
            unlimited=unlimited,
            interval=interval,
            interval_count=int(raw.get("interval_count", 1)),
            overage_allowed=bool(raw.get("overage_allowed", price is not None)),
            usage_limit=raw.get("usage_limit"),
            entity_feature_id=raw.get("entity_feature_id"),
            price=price
            if isinstance(price, dict)
            else ({"amount": float(price), "billing_units": 1} if price is not None else None),
        )

    def add_customer(self, customer_id: str, plan_ids: list[str], entities: list[Any] | None = None) -> Customer:
        with self.lock:
            customer = Customer(customer_id, [])
            self.customers[customer_id] = customer
            for entity in entities or []:
                entity_id = entity["id"] if isinstance(entity, Mapping) else str(entity)
                customer.entities[str(entity_id)] = {}
            for plan_id in plan_ids:
                self.attach(customer_id, plan_id)
            return customer

    def attach(self, customer_id: str, plan_id: str) -> None:
        """Give a customer a plan: each of its items becomes a grant (per entity for entity items)."""
        with self.lock:
            customer = self._customer(customer_id)
            plan = self.plans.get(plan_id)
            if plan is None:
                raise SeedError(f"customer {customer_id!r}: unknown plan {plan_id!r}")
            customer.plan_ids.append(plan_id)
            for item in plan.items:
                targets = customer.entities.values() if item.entity_feature_id else [customer.grants]
                for grants in targets:
                    grants.setdefault(item.feature_id, []).append(self._grant(plan_id, item))

    def _grant(self, plan_id: str | None, item: Item) -> Grant:
        self._ids += 1
        now = self.clock.now_ms()
        next_reset = _add_interval(now, item.interval, item.interval_count) if item.interval else None
        return Grant(id=f"cus_ent_{self._ids:06d}", plan_id=plan_id, item=item, next_reset_at=next_reset)

    # -- lookups ---------------------------------------------------------------------------------

    def _customer(self, customer_id: str) -> Customer:
        customer = self.customers.get(customer_id)
        if customer is None:
            raise ApiError(404, "customer_not_found", f"Customer {customer_id} not found")
        return customer

    def _feature(self, feature_id: str) -> Feature:
        feature = self.features.get(feature_id)
        if feature is None:
            raise ApiError(404, "feature_not_found", f"Feature {feature_id} not found")
        return feature

    def _grants(self, customer: Customer, entity_id: str | None, feature_id: str) -> list[Grant]:
        grants = list(customer.grants.get(feature_id, []))
        if entity_id is not None:
            entity = customer.entities.get(entity_id)
            if entity is None:
                raise ApiError(404, "entity_not_found", f"Entity {entity_id} not found for customer {customer.id}")
            grants += entity.get(feature_id, [])
        now = self.clock.now_ms()
        for grant in grants:
            grant.reset_if_due(now)
        return sorted(grants, key=_deduction_rank)

    def _payer(self, customer: Customer, entity_id: str | None, feature: Feature) -> tuple[Feature, float, list[Grant]]:
        """The feature whose balance pays for ``feature``, the cost per unit, and its grants."""
        grants = self._grants(customer, entity_id, feature.id)
        if grants or feature.type != "metered":
            return feature, 1.0, grants
        for system in self.features.values():
            if feature.id in system.credit_schema:
                system_grants = self._grants(customer, entity_id, system.id)
                if system_grants:
                    return system, system.credit_schema[feature.id], system_grants
        return feature, 1.0, []

    # -- operations ------------------------------------------------------------------------------

    def check(self, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            customer = self._customer(body["customer_id"])
            feature = self._feature(body["feature_id"])
            entity_id = body.get("entity_id")
            payer, cost, grants = self._payer(customer, entity_id, feature)
            required = float(body.get("required_balance", 1)) * cost
            if payer.type == "boolean":
                allowed = bool(grants)
            elif not grants:
                allowed = False
            elif any(g.item.unlimited for g in grants):
                allowed = True
            else:
                remaining = sum(g.remaining for g in grants)
                allowed = remaining >= required or self._overage_room(grants) >= required - remaining
            if allowed and body.get("send_event") and payer.type != "boolean":
                self._deduct(grants, required)
            answer: dict[str, Any] = {
                "allowed": allowed,
                "customer_id": customer.id,
                "entity_id": entity_id,
                "required_balance": _number(required),
                "balance": self._balance(payer, grants) if grants and payer.type != "boolean" else None,
            }
            if not allowed and body.get("with_preview"):
                answer["preview"] = self._preview(feature, customer, has_balance=bool(grants))
            return answer

    def track(self, body: Mapping[str, Any]) -> dict[str, Any]:
        with self.lock:
            customer = self._customer(body["customer_id"])
            entity_id = body.get("entity_id")
            value = float(body.get("value", 1))
            if "feature_id" in body:
                features = [self._feature(body["feature_id"])]
            else:
                event = body["event_name"]
                features = [f for f in self.features.values() if event in f.event_names]
                if not features:
                    raise ApiError(400, "invalid_event_name", f"No feature is triggered by event {event!r}")
            balances: dict[str, Any] = {}
            for feature in features:
                if feature.type == "boolean":
                    raise ApiError(400, "invalid_request", f"Feature {feature.id} is a boolean feature: usage cannot be tracked")
                payer, cost, grants = self._payer(customer, entity_id, feature)
                if not grants:
                    raise ApiError(404, "feature_not_found", f"Customer {customer.id} has no balance for feature {feature.id}")
                self._deduct(grants, value * cost)
                balances[payer.id] = self._balance(payer, grants)
            answer: dict[str, Any] = {"customer_id": customer.id, "value": _number(value)}
            if entity_id is not None:
                answer["entity_id"] = entity_id
            if "event_name" in body:
                answer["event_name"] = body["event_name"]
            if len(balances) == 1:
                answer["balance"] = next(iter(balances.values()))
            else:
                answer["balance"] = None
                answer["balances"] = balances
            return answer

    # -- balances --------------------------------------------------------------------------------

    @staticmethod
    def _overage_room(grants: list[Grant]) -> float:
        room = 0.0
        for grant in grants:
            if grant.item.overage_allowed:
                if grant.item.usage_limit is None:
                    return float("inf")
                room += max(0.0, grant.item.usage_limit - max(grant.usage, grant.item.included_usage))
        return room

    @staticmethod
    def _deduct(grants: list[Grant], amount: float) -> None:
        """Shortest reset interval first; a negative amount credits back, longest interval first."""
        if amount >= 0:
            for grant in grants:
                if amount <= 0:
                    return
                if grant.item.unlimited:
                    grant.usage += amount
                    return
                take = min(grant.remaining, amount)
                grant.usage += take
                amount -= take
            overage = next((g for g in grants if g.item.overage_allowed), None)
            if overage is not None and amount > 0:
                limit = overage.item.usage_limit
                overage.usage = overage.usage + amount if limit is None else min(limit, overage.usage + amount)
            return
        credit = -amount
        for grant in reversed(grants):
            give = min(grant.usage, credit)
            grant.usage -= give
            credit -= give
        if credit > 0 and grants:
            grants[-1].usage -= credit  # credit beyond all usage raises the balance

    def _balance(self, feature: Feature, grants: list[Grant]) -> dict[str, Any]:
        granted = sum(g.item.included_usage for g in grants)
        resets = [g.next_reset_at for g in grants if g.next_reset_at is not None]
        return {
            "feature_id": feature.id,
            "granted": _number(granted),
            "remaining": _number(sum(g.remaining for g in grants)),
            "usage": _number(sum(g.usage for g in grants)),
            "unlimited": any(g.item.unlimited for g in grants),
            "overage_allowed": any(g.item.overage_allowed for g in grants),
            "max_purchase": None,
            "next_reset_at": _number(min(resets)) if resets else None,
            "breakdown": [self._breakdown(g) for g in grants],
        }

    @staticmethod
    def _breakdown(grant: Grant) -> dict[str, Any]:
        item = grant.item
        reset = None
        if item.interval is not None:
            reset = {
                "interval": item.interval,
                "interval_count": item.interval_count,
                "resets_at": _number(grant.next_reset_at or 0),
            }
        price = None
        if item.price is not None:
            price = {
                "amount": _number(float(item.price.get("amount", 0))),
                "billing_units": _number(float(item.price.get("billing_units", 1))),
                "billing_method": "usage_based",
                "max_purchase": item.usage_limit,
            }
        return {
            "id": grant.id,
            "plan_id": grant.plan_id,
            "included_grant": _number(item.included_usage),
            "prepaid_grant": 0,
            "remaining": _number(grant.remaining),
            "usage": _number(grant.usage),
            "unlimited": item.unlimited,
            "reset": reset,
            "price": price,
            "expires_at": None,
        }

    def _preview(self, feature: Feature, customer: Customer, has_balance: bool) -> dict[str, Any]:
        """The paywall: the plans the customer does not have yet that grant the feature."""
        offering = [
            p
            for p in self.plans.values()
            if p.id not in customer.plan_ids
            and any(i.feature_id == feature.id or feature.id in self._credit_features(i) for i in p.items)
        ]
        scenario = "usage_limit" if has_balance else "feature_flag"
        return {
            "scenario": scenario,
            "title": f"You're out of {feature.name}" if has_balance else f"Upgrade to use {feature.name}",
            "message": (
                f"You have used all of your {feature.name}. Upgrade to get more."
                if has_balance
                else f"Your plan does not include {feature.name}."
            ),
            "feature_id": feature.id,
            "feature_name": feature.name,
            "products": [self._product(p) for p in offering],
        }

    def _credit_features(self, item: Item) -> tuple[str, ...]:
        feature = self.features[item.feature_id]
        return tuple(feature.credit_schema)

    def _product(self, plan: Plan) -> dict[str, Any]:
        items = []
        for item in plan.items:
            feature = self.features[item.feature_id]
            items.append(
                {
                    "type": "priced_feature" if item.price else "feature",
                    "feature_id": item.feature_id,
                    "feature_type": "boolean"
                    if feature.type == "boolean"
                    else ("single_use" if feature.consumable else "continuous_use"),
                    "included_usage": "inf" if item.unlimited else _number(item.included_usage),
                    "interval": item.interval,
                    "interval_count": item.interval_count,
                    "price": _number(float(item.price["amount"])) if item.price else None,
                    "entity_feature_id": item.entity_feature_id,
                }
            )
        return {
            "id": plan.id,
            "name": plan.name,
            "group": None,
            "env": "sandbox",
            "is_add_on": plan.is_add_on,
            "is_default": False,
            "archived": False,
            "version": 1,
            "created_at": _number(plan.created_at),
            "items": items,
            "free_trial": None,
            "base_variant_id": None,
        }

    def balance(self, customer_id: str, feature_id: str, entity_id: str | None = None) -> dict[str, Any] | None:
        """The balance ``check`` would report, for assertions in tests (no usage recorded)."""
        with self.lock:
            customer = self._customer(customer_id)
            payer, _, grants = self._payer(customer, entity_id, self._feature(feature_id))
            return self._balance(payer, grants) if grants else None


def _number(value: float) -> float | int:
    """Whole numbers go on the wire as integers, as the API writes them."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else float(value)
