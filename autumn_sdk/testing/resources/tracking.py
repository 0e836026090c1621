"""check, track and balances.batch_track at API 2.3: 2.1's arithmetic plus what 2.3 added.

- ``lock`` (see ``locks``): check holds ``required_balance`` when allowed; track holds ``value``.
- ``timestamp`` dates track's events then (events.list and events.aggregate see them there); the
  balance moves now, as Autumn's does.
- ``overage_behavior``: ``cap`` (the default) takes only what the balance (and any overage) allows;
  ``overflow`` takes the whole value, past zero and past usage limits.
- Every event a 2.3 check or track records keeps its ``deductions`` (which balance moved, by how
  much); track answers them, and a check that recorded usage answers the moved ``balances``.
- ``async: true`` answers 202 without balances, as Autumn's queued track does (applied at once here;
  for an unknown customer or entity it is accepted and has no effect).
- ``batch_track`` resolves every item's features first (an unknown one refuses the batch), then
  applies the items in order as one change, skipping those the server's queue would drop (unknown
  customer or entity, a boolean feature), and answers 200 ``{"success": true}``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .. import _sidecar
from .._ledger import balance_json, feature_for_check
from .._provision import entity_of, load_customer
from .._store import ApiError, Customer, Feature, Grant, Store
from .._versions import handles_in
from . import balances
from .locks import check_lock, hold


def _features(store: Store, params: Mapping[str, Any]) -> list[Feature]:
    if "feature_id" in params:
        return [store.feature(params["feature_id"])]
    if "event_name" in params:
        found = [f for f in store.features.values() if params["event_name"] in f.event_names]
        if not found:
            # getTrackEventNameDeductions: a RecaseError with its default code, as at 2.1.
            raise ApiError(404, "invalid_request", f"No features found for event name: {params['event_name']}")
        return found
    raise ApiError(400, "invalid_inputs", "feature_id: Either feature_id or event_name is required")


def _payers(store: Store, customer: Customer, params: Mapping[str, Any]) -> list[tuple[Feature, Feature, float, list[Grant]]]:
    return [(f, *feature_for_check(store, customer, params.get("entity_id"), f)) for f in _features(store, params)]


def _after(
    store: Store,
    params: Mapping[str, Any],
    first_event: int,
    paid: list[tuple[Feature, Feature, float, list[Grant]]],
    before: Mapping[int, float],
) -> None:
    """Date the new events (``timestamp``) and keep their deductions."""
    timestamp = params.get("timestamp")
    for index in range(first_event, len(store.events)):
        event = store.events[index]
        if timestamp is not None:
            event = store.events[index] = dataclasses.replace(event, timestamp=int(timestamp))
        found = next((g for f, _, _, g in paid if f.id == event.feature_id), [])
        _sidecar.note_deductions(store, event, found, before)


@handles_in("2.3", "check")
def check(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    lock = params.get("lock")
    customer = load_customer(store, params["customer_id"])
    feature = store.feature(params["feature_id"])
    if lock is not None:
        if feature.type == "boolean":
            raise ApiError(
                400,
                "invalid_request",
                "send_event cannot be used with boolean features, which are flags rather than usage-tracked.",
            )
        check_lock(store, lock, feature)
    paid = [(feature, *feature_for_check(store, customer, params.get("entity_id"), feature))]
    before = {id(g): g.usage for _, _, _, found in paid for g in found}
    first_event = len(store.events)
    answer = balances.check(store, {**params, "send_event": bool(params.get("send_event")) or lock is not None})
    _after(store, params, first_event, paid, before)
    if lock is not None and answer["allowed"]:
        hold(store, params, float(params.get("required_balance", 1)))
    if len(store.events) > first_event and answer.get("balance") is not None:
        answer["balances"] = {answer["balance"]["feature_id"]: answer["balance"]}  # what the check's track moved
    return answer


def _check_timestamp(store: Store, params: Mapping[str, Any]) -> None:
    """TrackTimestampSchema: a positive Unix time in ms, not after now (the emulator's clock)."""
    timestamp = params.get("timestamp")
    if timestamp is None:
        return
    if timestamp <= 0:
        raise ApiError(400, "invalid_inputs", "timestamp: Too small: expected number to be >0")
    if timestamp > store.now():
        raise ApiError(400, "invalid_inputs", "timestamp: timestamp cannot be in the future")


def _track(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    _check_timestamp(store, params)
    customer = load_customer(store, params["customer_id"])
    entity_of(customer, params.get("entity_id"))
    if params.get("lock") is not None and "feature_id" not in params:
        # getTrackFeatureDeductionsForBody: a track by event_name passes no lock on, so none is held.
        params = {k: v for k, v in params.items() if k != "lock"}
    if params.get("lock") is not None:
        check_lock(store, params["lock"], store.feature(params["feature_id"]), on_check=False)
    paid = _payers(store, customer, params)
    before = {id(g): g.usage for _, _, _, found in paid for g in found}
    first_event = len(store.events)
    answer = balances.track(store, params)
    value = float(params.get("value", 1))
    if params.get("overage_behavior") == "overflow" and value > 0:
        for _, paying, cost, found in paid:
            taken = sum(g.usage - before.get(id(g), 0.0) for g in found)
            short = value * cost - taken
            target = next((g for g in found if not g.item.unlimited), None)
            if short > 0 and target is not None:
                target.usage += short  # past zero, past any usage limit
                balance = balance_json(paying, found)
                if answer.get("balance") is not None:
                    answer["balance"] = balance
                elif paying.id in answer.get("balances", {}):
                    answer["balances"][paying.id] = balance
    _after(store, params, first_event, paid, before)
    if params.get("lock") is not None:
        hold(store, params, value)
    deductions = _sidecar.of(store).deductions
    answer["deductions"] = [d for event in store.events[first_event:] for d in deductions.get(event.id, [])]
    return answer


@handles_in("2.3", "track")
def track(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    if params.get("async") is True and _queued_track_fails(store, params):
        _check_timestamp(store, params)
        _features(store, params)  # resolved before it is queued
        queued_only = {k: params[k] for k in ("customer_id", "entity_id", "event_name") if k in params}
        return {**queued_only, "value": params.get("value", 1), "balance": None}
    answer = _track(store, params)
    if params.get("async") is True:  # queued at Autumn (202): applied here at once, answered without balances
        queued: dict[str, Any] = {k: answer[k] for k in ("customer_id", "entity_id", "event_name") if k in answer}
        return {**queued, "value": answer["value"], "balance": None}
    return answer


@handles_in("2.3", "batchTrack")
def batch_track(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    items: list[Mapping[str, Any]] = params["body"]
    for index, item in enumerate(items):  # runBatchTrack.ts: only each item's features are resolved first
        try:
            _features(store, item)
        except ApiError as exc:
            raise ApiError(exc.status, exc.code, f"[{index}]: {exc.message}") from None
    saved = _sidecar.snapshot(store)
    try:
        for item in items:
            if _queued_track_fails(store, item):
                continue  # the server's worker drops it after the batch was accepted
            _track(store, item)
    except BaseException:
        _sidecar.restore(store, saved)  # the store rolls back with the transaction; the sidecar with it
        raise
    return {"success": True}


def _queued_track_fails(store: Store, item: Mapping[str, Any]) -> bool:
    """Whether a queued track would fail in the server's worker: an unknown customer or entity, or
    a boolean feature (a flag has no usage). Such an item is accepted and has no effect."""
    customer = store.customers.get(item["customer_id"])
    if customer is None or (item.get("entity_id") is not None and item["entity_id"] not in customer.entities):
        return True
    return any(feature.type == "boolean" for feature in _features(store, item))
