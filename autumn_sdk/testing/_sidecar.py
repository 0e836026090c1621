"""What the 2.3 surface keeps beside the store: balance locks, each event's deductions, and the
plan and entity settings 2.1 has no field for.

Kept per store (a weak map, so the store's own classes stay as they are). The handlers that change
it do so after every check has passed; ``snapshot``/``restore`` let a batch roll it back with the store.
"""

from __future__ import annotations

import copy
import weakref
from dataclasses import dataclass, field
from typing import Any

from ._store import Store


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
