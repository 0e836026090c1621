"""Balance locks (API 2.3): check or track with ``lock`` holds balance until ``balances.finalize``.

As Autumn's server does: a lock takes the usage at once (an event of the held value); finalize
``confirm`` keeps it, or with ``override_value`` moves the balance by ``override_value - held``
(an event of that difference); ``release`` gives it all back (an event of ``-held``). A lock past
its ``expires_at`` (at most a day ahead) is released on the emulator's clock. ``lock_id`` is one
per lock (409 ``lock_already_exists``); finalizing an unknown or finished lock is a 400.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _sidecar
from .._ledger import feature_for_check, spend
from .._provision import load_customer
from .._store import ApiError, Feature, Store
from .._versions import handles_in
from .events import record_event

_DAY_MS = 24 * 3600 * 1000


def check_lock(store: Store, lock: Mapping[str, Any], feature: Feature, *, on_check: bool = True) -> None:
    """Refuse a lock Autumn refuses, before anything is held. Only check limits ``expires_at`` to a
    day (``parseCheckParamsForLock`` in ``api/check/handleCheck.ts``); track takes any."""
    if on_check and lock.get("expires_at") is not None and lock["expires_at"] > store.now() + _DAY_MS:
        raise ApiError(400, "invalid_request", "Lock expires_at cannot be more than 1 day from now")
    if lock["lock_id"] in _sidecar.of(store).locks:
        raise ApiError(409, "lock_already_exists", "A lock with this ID already exists")
    if feature.type == "metered" and not feature.consumable:
        raise ApiError(400, "invalid_request", "Lock is not supported for allocated features")


def hold(store: Store, params: Mapping[str, Any], value: float) -> None:
    """Record the lock of a check or track that has just taken ``value`` of ``feature_id``."""
    lock = params["lock"]
    _sidecar.of(store).locks[lock["lock_id"]] = _sidecar.Lock(
        lock_id=lock["lock_id"],
        customer_id=params["customer_id"],
        entity_id=params.get("entity_id"),
        feature_id=params["feature_id"],
        value=value,
        expires_at=lock.get("expires_at"),
        properties=dict(params.get("properties") or {}),
    )


def _finish(store: Store, lock: _sidecar.Lock, final: float, properties: Mapping[str, Any] | None) -> None:
    """Settle the difference, then forget the lock (last: a refusal above leaves it held)."""
    difference = final - lock.value
    customer = store.customers.get(lock.customer_id)
    feature = store.features.get(lock.feature_id)
    if difference and customer is not None and feature is not None and lock.entity_id in (None, *customer.entities):
        _settle(store, lock, difference, properties)
    del _sidecar.of(store).locks[lock.lock_id]


def _settle(store: Store, lock: _sidecar.Lock, difference: float, properties: Mapping[str, Any] | None) -> None:
    customer = load_customer(store, lock.customer_id)
    feature = store.feature(lock.feature_id)
    _, _, found = feature_for_check(store, customer, lock.entity_id, feature)
    before = {id(g): g.usage for g in found}
    spend(store, customer, lock.entity_id, feature, difference)  # in the server's deduction order
    record_event(
        store, customer, feature.id, difference, properties if properties is not None else lock.properties, lock.entity_id
    )
    _sidecar.note_deductions(store, store.events[-1], found, before)


def due(store: Store) -> bool:
    now = store.now()
    return any(lock.expires_at is not None and lock.expires_at <= now for lock in list(_sidecar.of(store).locks.values()))


def expire_due(store: Store) -> None:
    """Release every lock whose ``expires_at`` has passed (what Autumn's scheduled expiry does).

    The app runs this in a transaction of its own before each request (see ``_versions.settle``).
    """
    now = store.now()
    for lock in list(_sidecar.of(store).locks.values()):
        if lock.expires_at is not None and lock.expires_at <= now:
            _finish(store, lock, 0.0, None)


@handles_in("2.3", "finalizeLock")
def finalize_lock(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    if params["action"] == "release" and params.get("override_value") is not None:
        # FinalizeLockParamsV0's refinement, checked before the lock is looked up.
        raise ApiError(400, "invalid_inputs", "override_value cannot be provided when action is release")
    lock = _sidecar.of(store).locks.get(params["lock_id"])
    if lock is None:
        raise ApiError(400, "invalid_request", f"Lock not found for ID: {params['lock_id']}")
    final = 0.0 if params["action"] == "release" else float(params.get("override_value", lock.value))
    _finish(store, lock, final, params.get("properties"))
    return {"success": True}
