"""The emulator's one shared store: catalog (features, plans), customers, events, checkouts.

Every operation runs in ``Store.transaction()``: under the store's lock (so requests on one
customer are serialised, whatever the server does), and all-or-nothing: a handler that raises
leaves the store exactly as it found it.

Catalog objects (``Feature``, ``Plan``, ``Item``) are immutable and replaced, never changed in
place, so a rollback only needs to copy the dicts that hold them. A customer is copied the first
time a transaction loads it; a rollback puts that copy back.
"""

from __future__ import annotations

import copy
import itertools
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

# Shortest first: usage is taken from the grant that resets soonest; one-off grants (None) last.
INTERVALS = ("minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year")
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
IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000
_GRANT_SEQUENCE = itertools.count(1)  # creation order of grants: the last tie-break when usage is taken


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


def add_interval(at_ms: float, interval: str, count: float = 1) -> int:
    try:
        start = datetime.fromtimestamp(at_ms / 1000, tz=UTC)
        return round((start + _STEP[interval] * int(count)).timestamp() * 1000)
    except (OverflowError, ValueError):
        raise ApiError(400, "invalid_inputs", f"{count:g} {interval}(s) from {at_ms:.0f} is out of range") from None


def number(value: float) -> float | int:
    """Whole numbers go on the wire as integers, as the API writes them."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else float(value)


class _Immutable:
    """Catalog objects are replaced, never changed: a copy of a customer shares them."""

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return self


@dataclass(frozen=True, eq=False)
class Feature(_Immutable):
    id: str
    name: str
    type: str  # boolean | metered | credit_system
    consumable: bool
    event_names: tuple[str, ...] = ()
    credit_schema: tuple[tuple[str, float], ...] = ()  # (metered feature id, credit cost)
    display: tuple[tuple[str, str], ...] = ()
    archived: bool = False

    def credit_cost(self, feature_id: str) -> float | None:
        return next((cost for fid, cost in self.credit_schema if fid == feature_id), None)


@dataclass(frozen=True, eq=False)
class Item(_Immutable):
    """A plan item: what a plan grants of one feature, and what more of it costs."""

    feature_id: str
    included: float
    unlimited: bool = False
    interval: str | None = None  # reset interval; None: never resets
    interval_count: int = 1
    price: Mapping[str, Any] | None = None  # amount, billing_units, billing_method, interval, max_purchase
    usage_limit: float | None = None  # the most usage overage may reach; None for no limit
    entity_feature_id: str | None = None  # each entity of this feature gets its own grant

    @property
    def billing_method(self) -> str | None:
        return None if self.price is None else str(self.price.get("billing_method", "usage_based"))

    @property
    def overage_allowed(self) -> bool:
        return self.billing_method == "usage_based"


@dataclass(frozen=True, eq=False)
class Plan(_Immutable):
    """One version of a plan."""

    id: str
    name: str
    items: tuple[Item, ...]
    version: int = 1
    description: str | None = None
    group: str | None = None
    add_on: bool = False
    auto_enable: bool = False
    price: Mapping[str, Any] | None = None  # amount, interval, interval_count
    free_trial: Mapping[str, Any] | None = None
    archived: bool = False
    created_at: int = 0

    @property
    def base_amount(self) -> float:
        return float(self.price["amount"]) if self.price else 0.0

    @property
    def one_off(self) -> bool:
        """Bought once (a top-up): listed under purchases, not subscriptions."""
        return self.price is not None and self.price.get("interval") == "one_off"


@dataclass
class Grant:
    """One balance of a customer (or entity) in one feature: from a plan item, or created directly."""

    id: str
    feature_id: str
    item: Item
    subscription_id: str | None = None  # None: created with balances.create
    plan_id: str | None = None
    usage: float = 0
    prepaid: float = 0  # bought with feature_quantities, on top of item.included
    next_reset_at: float | None = None
    expires_at: float | None = None
    entity_id: str | None = None  # the entity whose balance this is (None: the customer's)
    pooled: bool = False  # a per-entity item of a customer's plan: the customer sees it too
    add_on: bool = False  # from an add-on plan: used after the main plan's grants
    seq: int = field(default_factory=lambda: next(_GRANT_SEQUENCE))

    @property
    def granted(self) -> float:
        return 0 if self.item.unlimited else self.item.included + self.prepaid

    @property
    def remaining(self) -> float:
        return 0 if self.item.unlimited else max(0.0, self.granted - self.usage)

    def reset_if_due(self, now_ms: float) -> None:
        if self.item.interval is None or self.next_reset_at is None:
            return
        while now_ms >= self.next_reset_at:
            self.usage = 0
            self.next_reset_at = add_interval(self.next_reset_at, self.item.interval, self.item.interval_count)


@dataclass
class Subscription:
    """A plan on a customer (or one entity): active, or scheduled to start (a downgrade)."""

    id: str
    plan: Plan
    entity_id: str | None
    status: str  # active | scheduled
    started_at: int
    quantities: dict[str, float] = field(default_factory=dict)  # prepaid feature id -> quantity bought
    current_period_start: int | None = None
    current_period_end: int | None = None
    canceled_at: int | None = None
    expires_at: int | None = None
    trial_ends_at: int | None = None  # in a free trial: the first period ends then, and is charged only then
    quantity: float = 1


@dataclass
class Entity:
    id: str
    name: str | None
    feature_id: str | None
    created_at: int
    autumn_id: str
    grants: dict[str, list[Grant]] = field(default_factory=dict)


@dataclass
class Customer:
    id: str
    created_at: int
    sequence: int
    name: str | None = None
    email: str | None = None
    fingerprint: str | None = None
    stripe_id: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    send_email_receipts: bool = False
    billing_controls: dict[str, Any] = field(default_factory=dict)
    payment_method: dict[str, Any] | None = None
    subscriptions: list[Subscription] = field(default_factory=list)
    grants: dict[str, list[Grant]] = field(default_factory=dict)  # feature id -> the customer's own grants
    entities: dict[str, Entity] = field(default_factory=dict)
    invoices: list[dict[str, Any]] = field(default_factory=list)
    trials_used: list[tuple[str, str | None]] = field(default_factory=list)  # (plan id, entity id): one trial each
    referrals: list[dict[str, Any]] = field(default_factory=list)  # who redeemed this customer's codes

    def all_grants(self) -> Iterator[Grant]:
        for grants in self.grants.values():
            yield from grants
        for entity in self.entities.values():
            for grants in entity.grants.values():
                yield from grants


@dataclass(frozen=True)
class Event:
    id: str
    customer_id: str
    feature_id: str
    value: float
    timestamp: int
    properties: Mapping[str, Any]
    entity_id: str | None = None


@dataclass(frozen=True)
class Checkout:
    """A hosted page on the emulator: paying for an attach, or saving a card (setup_payment)."""

    id: str
    customer_id: str
    kind: str  # attach | setup
    request: Mapping[str, Any]  # the attach / multi_attach / setup_payment body to apply once paid
    operation: str  # the handler that applies it


@dataclass(frozen=True)
class ReferralCode:
    code: str
    customer_id: str
    program_id: str
    created_at: int


class Store:
    """All of the emulator's data, and the transaction every operation runs in."""

    def __init__(self, clock: Clock | None = None, env: str = "sandbox") -> None:
        self.clock = clock or Clock()
        self.env = env
        self.base_url = "http://127.0.0.1"  # set by LocalAutumn once it has a port: checkout URLs use it
        self.lock = threading.RLock()
        self.features: dict[str, Feature] = {}
        self.plans: dict[str, list[Plan]] = {}  # plan id -> versions, oldest first
        self.customers: dict[str, Customer] = {}
        self.events: list[Event] = []
        self.checkouts: dict[str, Checkout] = {}
        self.referral_codes: dict[str, ReferralCode] = {}
        self.redemptions: dict[tuple[str, str], str] = {}  # (program id, redeeming customer) -> code
        self.idempotency_keys: dict[str, int] = {}  # key -> claimed at (ms); one org and env per store
        self._ids = itertools.count(1)
        self._undo: _Undo | None = None
        self.on_commit: list[Callable[[_Undo], None]] = []  # run after each commit, under the lock (webhooks)

    def now(self) -> int:
        return self.clock.now_ms()

    def new_id(self, prefix: str) -> str:
        return f"{prefix}_{next(self._ids):06d}"

    # -- transactions ----------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing and serialised: the lock is held throughout; an exception rolls back."""
        with self.lock:
            if self._undo is not None:  # nested: part of the enclosing transaction
                yield
                return
            self._undo = _Undo(self)
            try:
                yield
            except BaseException:
                self._undo.rollback(self)
                raise
            else:
                for hook in self.on_commit:
                    hook(self._undo)
            finally:
                self._undo = None

    def claim_idempotency_key(self, key: str) -> None:
        """A key is scoped to the org and env (every route; ``idempotencyKeyUtils.ts`` on the server)
        and kept for 24 h on the emulator's clock."""
        now = self.now()
        claimed_at = self.idempotency_keys.get(key)
        if claimed_at is not None and now - claimed_at < IDEMPOTENCY_TTL_MS:
            raise ApiError(409, "duplicate_idempotency_key", f"Idempotency key {key!r} was already used")
        self.idempotency_keys[key] = now

    # -- lookups ---------------------------------------------------------------------------------

    def customer(self, customer_id: str) -> Customer:
        """A customer, copied for rollback when inside a transaction."""
        customer = self.customers.get(customer_id)
        if customer is None:
            raise ApiError(404, "customer_not_found", f"Customer {customer_id} not found")
        if self._undo is not None:
            self._undo.remember(customer)
        return customer

    def feature(self, feature_id: str) -> Feature:
        feature = self.features.get(feature_id)
        if feature is None:
            raise ApiError(404, "feature_not_found", f"Feature {feature_id} not found")
        return feature

    def plan(self, plan_id: str, version: float | None = None) -> Plan:
        versions = self.plans.get(plan_id)
        if not versions:
            raise ApiError(404, "product_not_found", f"Product {plan_id} not found")
        if version is None:
            return versions[-1]
        for plan in versions:
            if plan.version == version:
                return plan
        raise ApiError(404, "product_not_found", f"Product {plan_id} (version {number(version)}) not found")

    def customers_on(self, plan_id: str, version: int | None = None) -> list[Customer]:
        return [
            c
            for c in self.customers.values()
            if any(s.plan.id == plan_id and (version is None or s.plan.version == version) for s in c.subscriptions)
        ]


class _Undo:
    """What a transaction needs to put the store back as it was."""

    def __init__(self, store: Store) -> None:
        self.features = dict(store.features)
        self.plans = {k: list(v) for k, v in store.plans.items()}
        self.customers = dict(store.customers)
        self.events = len(store.events)
        self.checkouts = dict(store.checkouts)
        self.referral_codes = dict(store.referral_codes)
        self.redemptions = dict(store.redemptions)
        self.idempotency_keys = dict(store.idempotency_keys)
        self.originals: dict[int, tuple[Customer, Customer]] = {}

    def remember(self, customer: Customer) -> None:
        if id(customer) not in self.originals:
            self.originals[id(customer)] = (customer, copy.deepcopy(customer))

    def rollback(self, store: Store) -> None:
        store.features = self.features
        store.plans = self.plans
        store.customers = {k: self.originals.get(id(v), (v, v))[1] for k, v in self.customers.items()}
        del store.events[self.events :]
        store.checkouts = self.checkouts
        store.referral_codes = self.referral_codes
        store.redemptions = self.redemptions
        store.idempotency_keys = self.idempotency_keys
