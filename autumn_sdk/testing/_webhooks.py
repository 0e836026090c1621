"""Webhooks from the emulator, signed as Svix signs Autumn's, so an app's receiver is tested end to end.

``server.register_webhook(url)`` returns a :class:`WebhookEndpoint` with its ``whsec_…`` secret.
After each committed change the emulator sends, as Autumn's server does:

- ``balances.limit_reached`` when a usage event (``track``, ``check`` with ``send_event``, an entity
  taking a seat) leaves a balance that allowed use before it allowing none: ``{customer_id,
  feature_id, limit_type}`` (``"included"``; ``"max_purchase"`` when overage hit its cap), with
  ``entity_id`` for an entity's balance. The feature is the one whose balance ran out (a credit
  system pays for its metered features).
- ``billing.updated`` when a customer's plans change (attach, a paid checkout, ``billing.update``,
  a new customer's auto-enabled plan): ``{object, customer_id, plan_changes, tags}``, one event per
  customer (and per entity, with ``entity_id``). Each change is ``activated``, ``scheduled``,
  ``updated`` or ``expired``, with the ``subscription`` (``purchase`` for one-off plans) after it
  and ``previous_attributes``. What the clock brings about (a scheduled plan starting, a canceled
  one ending, a trial ending: tag ``trial_ended``) is sent when the emulator next looks at that
  customer, since it has no scheduler.

"Before" is the customer as the emulator last stored it. Delivery is a POST with the ``svix-id``,
``svix-timestamp`` (wall-clock time, not the emulator's clock, as Svix does) and
``svix-signature`` headers, from one background thread in commit order, once (no redelivery);
``endpoint.deliveries`` records each answer and ``endpoint.wait(n)`` blocks until n arrived.
"""

from __future__ import annotations

import copy
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._webhooks import decode_secret, new_message_id, new_secret, sign
from ._ledger import allows, feature_for_check
from ._store import ApiError, Store, Subscription, _Undo

__all__ = ["Delivery", "WebhookEndpoint", "register_webhook"]

_logger = logging.getLogger("autumn_sdk.testing")
_TINY = 1e-7  # "allows any use at all", as Autumn's limit check asks
_DELIVERY_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Delivery:
    """One webhook sent: the event and what the endpoint answered (``status`` None: no answer, see ``error``)."""

    type: str
    data: dict[str, Any]
    id: str
    status: int | None
    error: str | None = None


@dataclass(eq=False)
class WebhookEndpoint:
    """A URL the emulator sends webhooks to, with the secret that signs them."""

    url: str
    secret: str = field(repr=False)
    deliveries: list[Delivery] = field(default_factory=list)
    _arrived: threading.Condition = field(default_factory=threading.Condition, repr=False)

    def wait(self, count: int = 1, timeout: float = 10.0) -> list[Delivery]:
        """Block until at least ``count`` webhooks were sent (answered or failed); all of them so far."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.deliveries) >= count, timeout):
                sent = [d.type for d in self.deliveries]
                raise TimeoutError(f"{len(sent)} of {count} webhooks sent to {self.url} within {timeout} s: {sent}")
            return list(self.deliveries)

    def _record(self, delivery: Delivery) -> None:
        with self._arrived:
            self.deliveries.append(delivery)
            self._arrived.notify_all()


def register_webhook(store: Store, url: str, secret: str | None) -> WebhookEndpoint:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the webhook URL must be an http(s) URL with a host, not {url!r}")
    if secret is None:
        secret = new_secret()
    decode_secret(secret)  # a malformed secret is refused now, not at the first delivery
    with store.lock:
        dispatcher = next((hook for hook in store.on_commit if isinstance(hook, _Dispatcher)), None)
        if dispatcher is None:
            dispatcher = _Dispatcher(store)
            store.on_commit.append(dispatcher)
    endpoint = WebhookEndpoint(url, secret)
    dispatcher.endpoints.append(endpoint)
    return endpoint


class _Dispatcher:
    """The store's commit hook: finds the events a commit caused and sends them in order."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.endpoints: list[WebhookEndpoint] = []
        self._queue: deque[tuple[str, dict[str, Any]]] = deque()
        self._lock = threading.Lock()
        self._worker: threading.Thread | None = None

    def __call__(self, undo: _Undo) -> None:
        try:
            events = [*_limits_reached(self.store, undo), *_billing_updates(self.store, undo)]
        except Exception:  # a bug here must never change what the emulator answers
            _logger.exception("the emulator could not work out the webhooks of a change")
            return
        if events:
            with self._lock:
                self._queue.extend(events)
                if self._worker is None:
                    self._worker = threading.Thread(target=self._send_all, name="local-autumn-webhooks", daemon=True)
                    self._worker.start()

    def _send_all(self) -> None:
        # The thread ends when the queue is empty (the next commit starts another), so nothing outlives a test.
        with httpx.Client(timeout=_DELIVERY_TIMEOUT_S, trust_env=False) as client:
            while True:
                with self._lock:
                    if not self._queue:
                        self._worker = None
                        return
                    event_type, data = self._queue.popleft()
                self._send(client, event_type, data)

    def _send(self, client: httpx.Client, event_type: str, data: dict[str, Any]) -> None:
        body = json.dumps({"type": event_type, "data": data}).encode()
        msg_id = new_message_id()  # one message, the same id at every endpoint, as in Svix
        for endpoint in list(self.endpoints):
            headers = sign(body, endpoint.secret, msg_id=msg_id, timestamp=int(time.time()))
            try:
                answer = client.post(endpoint.url, content=body, headers={**headers, "content-type": "application/json"})
            except Exception as exc:  # any failure is the endpoint's answer; the worker goes on
                endpoint._record(Delivery(event_type, data, msg_id, None, f"{type(exc).__name__}: {exc}"))
            else:
                endpoint._record(Delivery(event_type, data, msg_id, answer.status_code))


# -- balances.limit_reached ------------------------------------------------------------------------------


def _limits_reached(store: Store, undo: _Undo) -> Iterator[tuple[str, dict[str, Any]]]:
    before_of = {id(live): before for live, before in undo.originals.values()}
    seen: set[tuple[str, str | None, str]] = set()
    for event in store.events[undo.events :]:
        customer = store.customers.get(event.customer_id)
        feature = store.features.get(event.feature_id)
        if customer is None or feature is None or feature.type == "boolean":
            continue
        before = before_of.get(id(customer))
        if before is None:  # created in this change: it allowed nothing before
            continue
        try:
            paying, _, found = feature_for_check(store, customer, event.entity_id, feature)
            # A copy: reading a balance resets what is due, and the stored copy stays as it was.
            _, _, found_before = feature_for_check(store, copy.deepcopy(before), event.entity_id, feature)
        except ApiError:  # the entity is gone, or was new
            continue
        key = (customer.id, event.entity_id, paying.id)
        if key in seen or not allows(found_before, _TINY) or allows(found, _TINY):
            continue
        seen.add(key)
        data: dict[str, Any] = {
            "customer_id": customer.id,
            "feature_id": paying.id,
            "limit_type": "max_purchase" if any(g.item.overage_allowed for g in found) else "included",
        }
        if event.entity_id is not None:
            data["entity_id"] = event.entity_id
        yield "balances.limit_reached", data


# -- billing.updated -------------------------------------------------------------------------------------

_LIFECYCLE = ("status", "past_due", "canceled_at", "expires_at", "trial_ends_at")


def _billing_updates(store: Store, undo: _Undo) -> Iterator[tuple[str, dict[str, Any]]]:
    before_of = {id(live): before for live, before in undo.originals.values()}
    existed = {id(c) for c in undo.customers.values()}
    now = store.now()
    for customer in store.customers.values():
        if id(customer) in before_of:
            before_subs = before_of[id(customer)].subscriptions
        elif id(customer) not in existed:
            before_subs = []  # a new customer
        else:
            continue  # not touched by this change
        by_entity: dict[str | None, tuple[list[dict[str, Any]], set[str]]] = {}
        for change, entity_id, tag in _plan_changes(before_subs, customer.subscriptions, now):
            changes, tags = by_entity.setdefault(entity_id, ([], set()))
            changes.append(change)
            if tag:
                tags.add(tag)
        for entity_id, (changes, tags) in by_entity.items():
            data: dict[str, Any] = {"object": "billing.updated", "customer_id": customer.id}
            if entity_id is not None:
                data["entity_id"] = entity_id
            data["plan_changes"] = changes
            data["tags"] = sorted(tags)
            yield "billing.updated", data


def _plan_changes(
    before: list[Subscription], after: list[Subscription], now: int
) -> Iterator[tuple[dict[str, Any], str | None, str | None]]:
    """(plan change, entity id, tag) for every subscription that started, changed or ended."""
    old = {s.id: s for s in before}
    current = {s.id for s in after}
    for sub in after:
        previous = old.get(sub.id)
        snapshot = _snapshot(sub)
        if previous is None:
            action = "scheduled" if sub.status == "scheduled" else "activated"
            yield _change(action, sub, snapshot, None), sub.entity_id, None
            continue
        was = _snapshot(previous)
        changed = {k: was[k] for k in _LIFECYCLE if k in snapshot and was[k] != snapshot[k]}
        if not changed and previous.quantities == sub.quantities:
            continue
        action = "activated" if was["status"] != "active" and snapshot["status"] == "active" else "updated"
        tag = "trial_ended" if "trial_ends_at" in changed and previous.trial_ends_at is not None else None
        yield _change(action, sub, snapshot, changed or None), sub.entity_id, tag
    for sub in before:
        if sub.id in current:
            continue
        was = _snapshot(sub)
        ended = _snapshot(sub)
        ended["status"] = "expired"
        if "canceled_at" in ended and ended["canceled_at"] is None:
            ended["canceled_at"] = now
        if ended["expires_at"] is None or ended["expires_at"] > now:
            ended["expires_at"] = now
        if "current_period_start" in ended:
            ended["current_period_start"] = ended["current_period_end"] = None
        changed = {k: was[k] for k in _LIFECYCLE if k in ended and was[k] != ended[k]}
        tag = "trial_ended" if sub.trial_ends_at is not None and sub.trial_ends_at <= now else None
        yield _change("expired", sub, ended, changed or None), sub.entity_id, tag


def _snapshot(sub: Subscription) -> dict[str, Any]:
    """The subscription (or, for a one-off plan, the purchase) as billing.updated shows it."""
    if sub.plan.one_off:
        return {"plan_id": sub.plan.id, "status": sub.status, "expires_at": sub.expires_at}
    return {
        "plan_id": sub.plan.id,
        "status": sub.status,
        "past_due": False,
        "started_at": sub.started_at,
        "canceled_at": sub.canceled_at,
        "expires_at": sub.expires_at,
        "trial_ends_at": sub.trial_ends_at,
        "current_period_start": sub.current_period_start,
        "current_period_end": sub.current_period_end,
    }


def _change(action: str, sub: Subscription, snapshot: dict[str, Any], previous: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "action": action,
        ("purchase" if sub.plan.one_off else "subscription"): snapshot,
        "previous_attributes": previous,
        "item_changes": [],
    }
