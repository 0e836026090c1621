"""The emulator's guarantees: every operation all-or-nothing, concurrent requests serialised for real
(proved on the store, with threads, since uvicorn already serialises a sync handler), and the
wire rules (body limit, API versions, idempotency keys per org for 24 h, any method and path)."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import jsonschema
import pytest

from autumn_sdk.testing import Clock, LocalAutumn, SeedError, Store, _ledger
from autumn_sdk.testing import _app as app_module
from autumn_sdk.testing._registry import HANDLERS, handlers
from autumn_sdk.testing._seed import apply_seed
from tests.emulator_schemas import ERROR_BODY

SEED: dict[str, Any] = {
    "features": [
        {"id": "messages", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"id": "tokens", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"id": "seats", "type": "metered", "consumable": False},
    ],
    "plans": [
        {"id": "basic", "items": [{"feature_id": "messages", "included_usage": 100, "interval": "month"}]},
        {"id": "team", "items": [{"feature_id": "seats", "included_usage": 1, "usage_limit": 1}]},
    ],
    "customers": [{"id": "cus_1", "plans": ["basic"]}],
}


def store_with(seed: Mapping[str, Any]) -> Store:
    store = Store(Clock(start_ms=1_767_225_600_000))
    apply_seed(store, seed)
    return store


def run(store: Store, operation_id: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """One operation as the app runs it: in a transaction, by its registered handler."""
    with store.transaction():
        return handlers()[operation_id](store, params)


def remaining(store: Store) -> float:
    return run(store, "check", {"customer_id": "cus_1", "feature_id": "messages"})["balance"]["remaining"]  # type: ignore[no-any-return]


# -- all-or-nothing ---------------------------------------------------------------------------------


def test_a_track_by_event_name_skips_a_feature_without_a_balance() -> None:
    """As the server does (server/src/internal/balances/track/utils/getFeatureDeductions.ts): a feature
    the customer has no balance of is no reason to refuse; the others are deducted."""
    store = store_with(SEED)  # cus_1 has messages but no tokens; both listen to "chat"
    run(store, "track", {"customer_id": "cus_1", "event_name": "chat", "value": 5})
    assert remaining(store) == 95


def test_a_handler_that_fails_after_changing_things_leaves_no_trace() -> None:
    store = store_with(SEED)
    with pytest.raises(RuntimeError), store.transaction():
        handlers()["track"](store, {"customer_id": "cus_1", "feature_id": "messages", "value": 30})
        handlers()["getOrCreateCustomer"](store, {"customer_id": "cus_2"})
        handlers()["createFeature"](store, {"feature_id": "extra", "name": "Extra", "type": "boolean"})
        store.claim_idempotency_key("k1")
        raise RuntimeError("a bug halfway through")
    assert remaining(store) == 100 and store.events == []
    assert set(store.customers) == {"cus_1"} and "extra" not in store.features
    store.claim_idempotency_key("k1")  # released with the rest


def test_a_seed_customer_with_an_unknown_plan_is_not_half_built() -> None:
    bad = {**SEED, "customers": [{"id": "cus_ok", "plans": ["basic"]}, {"id": "cus_bad", "plans": ["basic", "nope"]}]}
    with pytest.raises(SeedError, match="unknown plan 'nope'"):
        LocalAutumn(bad)
    store = store_with(SEED)
    too_many_seats = {
        "id": "cus_team",
        "plans": ["team"],
        "entities": [{"id": "a", "feature_id": "seats"}, {"id": "b", "feature_id": "seats"}],
    }
    from autumn_sdk.testing._seed import add_customer

    with pytest.raises(Exception, match="no seats left"):
        add_customer(store, too_many_seats)
    assert set(store.customers) == {"cus_1"}
    with LocalAutumn(SEED) as server:
        with pytest.raises(SeedError, match="unknown plan"):
            server.add_customer("cus_new", ["basic", "nope"])
        assert "cus_new" not in server.store.customers


# -- serialised for real ----------------------------------------------------------------------------


def _race(store: Store, threads: int, calls: int) -> list[bool]:
    results: list[bool] = []
    start = threading.Barrier(threads)

    def worker() -> None:
        start.wait()
        for _ in range(calls):
            answer = run(store, "check", {"customer_id": "cus_1", "feature_id": "messages", "send_event": True})
            results.append(answer["allowed"])

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return results


@pytest.fixture
def slow_deduct(monkeypatch: pytest.MonkeyPatch) -> None:
    """Widen the window between a check's decision and its deduction, so a race would show."""
    original = _ledger._place

    def slow(*args: Any, **kwargs: Any) -> Any:
        decided = original(*args, **kwargs)
        time.sleep(0.001)
        return decided

    monkeypatch.setattr(_ledger, "_place", slow)


@pytest.mark.usefixtures("slow_deduct")
def test_concurrent_checks_on_the_store_allow_exactly_the_balance() -> None:
    store = store_with(SEED)
    results = _race(store, threads=16, calls=10)
    assert results.count(True) == 100 and results.count(False) == 60
    assert remaining(store) == 0 and len(store.events) == 100


@pytest.mark.usefixtures("slow_deduct")
def test_the_race_above_does_oversell_without_the_store_lock() -> None:
    """The control: the same race with the lock taken away allows more than the balance."""
    store = store_with(SEED)
    store.lock = contextlib.nullcontext()  # type: ignore[assignment]
    results = _race(store, threads=16, calls=10)
    assert results.count(True) > 100


# -- wire -------------------------------------------------------------------------------------------


@pytest.fixture
def server() -> Iterator[LocalAutumn]:
    with LocalAutumn(SEED, clock=Clock(start_ms=1_767_225_600_000)) as running:
        yield running


def post(server: LocalAutumn, path: str, body: Any, **headers: str) -> httpx.Response:
    base = {"authorization": f"Bearer {server.secret_key}"}
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    response = httpx.post(server.url + path, content=content, headers={**base, **headers})
    if response.status_code >= 400:
        jsonschema.validate(response.json(), ERROR_BODY)
    return response


def test_a_body_over_one_mebibyte_is_413(server: LocalAutumn) -> None:
    huge = b'{"customer_id": "cus_1", "feature_id": "messages", "properties": {"x": "' + b"a" * (1 << 20) + b'"}}'
    response = post(server, "/v1/balances.track", huge)
    assert (response.status_code, response.json()["code"]) == (413, "payload_too_large")


def test_only_served_api_versions_are_answered(server: LocalAutumn) -> None:
    body = {"customer_id": "cus_1", "feature_id": "messages"}
    assert post(server, "/v1/balances.check", body, **{"x-api-version": "2.1"}).status_code == 200
    assert post(server, "/v1/balances.check", body).status_code == 200  # no header: the version served
    for version in ("2.0", "1.2", "3", "latest!"):
        response = post(server, "/v1/balances.check", body, **{"x-api-version": version})
        assert (response.status_code, response.json()["code"]) == (400, "invalid_api_version")
        assert "2.1" in response.json()["message"] and version in response.json()["message"]


def test_idempotency_keys_are_per_org_and_kept_for_24_hours(server: LocalAutumn) -> None:
    track = {"customer_id": "cus_1", "feature_id": "messages", "value": 5}
    assert post(server, "/v1/balances.track", track, **{"idempotency-key": "k"}).status_code == 200
    again = post(server, "/v1/balances.track", track, **{"idempotency-key": "k"})
    assert (again.status_code, again.json()["code"]) == (409, "duplicate_idempotency_key")
    other_route = post(server, "/v1/balances.check", {**track, "send_event": True}, **{"idempotency-key": "k"})
    assert other_route.status_code == 409  # the same key on another route is the same key (idempotencyKeyUtils.ts)
    server.clock.advance(hours=23, minutes=59)
    assert post(server, "/v1/balances.track", track, **{"idempotency-key": "k"}).status_code == 409
    server.clock.advance(minutes=1)
    assert post(server, "/v1/balances.track", track, **{"idempotency-key": "k"}).status_code == 200
    assert server.balance("cus_1", "messages")["remaining"] == 100 - 5 - 5  # type: ignore[index]


def test_wrong_method_and_unknown_route(server: LocalAutumn) -> None:
    wrong = httpx.get(server.url + "/v1/balances.check", headers={"authorization": f"Bearer {server.secret_key}"})
    assert (wrong.status_code, wrong.json()["code"]) == (405, "invalid_request") and "POST" in wrong.json()["message"]
    assert post(server, "/v1/balances.nope", {}).status_code == 404


def test_any_method_and_path_parameter_of_the_spec_is_routed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A future GET with a path parameter needs only its row in OPERATIONS and a handler."""
    monkeypatch.setattr(
        app_module, "OPERATIONS", {**app_module.OPERATIONS, "/v1/things/{thing_id}": ("getThing", "GET", None, "get")}
    )
    monkeypatch.setitem(HANDLERS, "getThing", lambda store, params: {"id": params["thing_id"]})
    app = app_module.EmulatorApp(store_with(SEED), "am_sk_test_x")
    headers = [(b"authorization", b"Bearer am_sk_test_x"), (b"x-api-version", b"2.1")]  # the patched table is 2.1's
    scope = {"method": "GET", "path": "/v1/things/abc", "headers": headers}
    assert app.handle(scope, b"") == (200, b'{"id": "abc"}')
    assert app.handle({**scope, "method": "DELETE"}, b"")[0] == 405
    monkeypatch.delitem(HANDLERS, "getThing")
    status, body = app.handle(scope, b"")
    assert status == 501 and json.loads(body)["code"] == "not_implemented"  # routed, not yet modelled


def test_every_operation_has_a_handler() -> None:
    assert {operation_id for operation_id, *_ in app_module.OPERATIONS.values()} <= set(handlers())
