"""What the 2.3 surface keeps beside the store: balance locks, each event's deductions, and the
plan and entity settings 2.1 has no field for.

Kept per store (a weak map, so the store's own classes stay as they are). The handlers that change
it do so after every check has passed; ``snapshot``/``restore`` let a batch roll it back with the store.
``note_deductions`` keeps what an event moved, for events.list and track's answer.
"""

from __future__ import annotations

import copy
import weakref
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._store import Event, Grant, Store, number


@dataclass
class Lock:
    """Balance held by a check or track with ``lock``: usage already taken, until finalized or expired."""

    lock_id: str
    customer_id: str
    entity_id: str | None
    feature_id: str  # the feature the check or track named
    value: float  # in that feature's units (what an event records)
    expires_at: float | None
    properties: dict[str, Any]


@dataclass
class Sidecar:
    locks: dict[str, Lock] = field(default_factory=dict)
    deductions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # event id -> its deductions
    plans: dict[str, dict[str, Any]] = field(default_factory=dict)  # plan id -> {"metadata", "config"}
    entity_controls: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # (customer, entity) -> billing_controls


_SIDECARS: weakref.WeakKeyDictionary[Store, Sidecar] = weakref.WeakKeyDictionary()


def of(store: Store) -> Sidecar:
    sidecar = _SIDECARS.get(store)
    if sidecar is None:
        sidecar = _SIDECARS[store] = Sidecar()
    return sidecar


def snapshot(store: Store) -> Sidecar:
    return copy.deepcopy(of(store))


def restore(store: Store, saved: Sidecar) -> None:
    _SIDECARS[store] = saved


def _reset_json(grant: Grant) -> dict[str, Any] | None:
    if grant.item.interval is None:
        return None
    return {
        "interval": grant.item.interval,
        "interval_count": grant.item.interval_count,
        "resets_at": None if grant.next_reset_at is None else number(grant.next_reset_at),
    }


def note_deductions(store: Store, event: Event, found: list[Grant], before: Mapping[int, float]) -> None:
    """Keep which of ``found`` an event moved (usage now against ``before``), for events.list."""
    moved = [
        {
            "balance_id": g.id,
            "feature_id": g.feature_id,
            "plan_id": g.plan_id,
            "reset": _reset_json(g),
            "value": number(g.usage - before.get(id(g), 0.0)),
        }
        for g in found
        if g.usage != before.get(id(g), g.usage)
    ]
    of(store).deductions[event.id] = moved
