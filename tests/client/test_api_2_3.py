"""API 2.3 on the wire: a surface per version, 202 answers, batch_track's retries, cursor pages and dated replays.

Against a real HTTP server on 127.0.0.1 (tests/loopback.py), sync and async where the runtime differs.
"""

from __future__ import annotations

import asyncio
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from mypy import api as mypy_api

from autumn_sdk import Autumn, AutumnV2_1, AutumnV2_3, errors, models
from autumn_sdk.models import v2_1
from autumn_sdk.utils import NO_RETRIES, BackoffStrategy, RetryConfig
from tests.doubles import VirtualClock, call
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, balance, error_body, unused_port

ROOT = Path(__file__).resolve().parent.parent.parent
FAST = RetryConfig("backoff", BackoffStrategy(1, 1, 1.0, 5_000), retry_connection_errors=True)
CHECK_2_3 = {"allowed": True, "customer_id": "cus_1", "required_balance": 1, "balance": None, "flag": None}
TRACK_2_3 = {"customer_id": "cus_1", "value": 1, "balance": balance()}


def _client(server: LoopbackServer, **options: Any) -> AutumnV2_3:
    return Autumn(secret_key=SECRET_KEY, server_url=server.url, **{"retry_config": FAST, **options})


# -- one client, a surface per version --------------------------------------------------------------


def test_the_default_version_is_2_3_and_2_1_is_the_seeds() -> None:
    newest, seed = Autumn(secret_key=SECRET_KEY), Autumn(secret_key=SECRET_KEY, x_api_version="2.1")
    assert isinstance(newest, AutumnV2_3) and isinstance(newest, Autumn)
    assert isinstance(seed, AutumnV2_1) and not isinstance(seed, AutumnV2_3)
    assert newest._headers["x-api-version"] == "2.3" and seed._headers["x-api-version"] == "2.1"
    assert hasattr(newest, "licenses") and not hasattr(seed, "licenses")
    assert callable(newest.balances.finalize) and callable(newest.billing.import_) and callable(newest.referrals.list_programs)


def test_an_unknown_version_is_refused_before_any_io() -> None:
    with pytest.raises(ValueError, match=r"x_api_version must be one of '2\.3', '2\.1'"):
        Autumn(secret_key=SECRET_KEY, x_api_version="2.2")
    with pytest.raises(ValueError, match="does not match"):
        AutumnV2_1(secret_key=SECRET_KEY, x_api_version="2.3")


def test_each_version_answers_its_own_models(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, CHECK_2_3), Reply(200, CHECK_2_3))
    with _client(server) as newest, Autumn(secret_key=SECRET_KEY, server_url=server.url, x_api_version="2.1") as seed:
        assert type(newest.check(customer_id="cus_1", feature_id="messages")) is models.CheckResponse
        assert type(seed.check(customer_id="cus_1", feature_id="messages")) is v2_1.CheckResponse
    assert [r.headers["x-api-version"] for r in server.requests] == ["2.3", "2.1"]


def test_mypy_knows_each_versions_surface(tmp_path: Path) -> None:
    snippet = tmp_path / "use.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from autumn_sdk import Autumn

            newest = Autumn(secret_key="am_sk_test_x")
            seed = Autumn(secret_key="am_sk_test_x", x_api_version="2.1")
            newest.licenses.list(customer_id="c")
            newest.balances.finalize(lock_id="l", action="confirm")
            seed.check(customer_id="c", feature_id="f")
            seed.licenses
            seed.balances.finalize
            """
        ),
        encoding="utf-8",
    )
    stdout, _stderr, status = mypy_api.run(["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), str(snippet)])
    lines = [line for line in stdout.splitlines() if ": error:" in line]
    assert status == 1, stdout
    assert [line.split(":")[1] for line in lines] == ["9", "10"], stdout
    assert "licenses" in lines[0] and "finalize" in lines[1]


# -- 202: accepted by the API, applied on its side ----------------------------------------------------


@pytest.mark.parametrize(
    ("operation", "arguments", "answer"),
    [
        ("check", {"customer_id": "cus_1", "feature_id": "messages", "send_event": True}, CHECK_2_3),
        ("track", {"customer_id": "cus_1", "feature_id": "messages"}, TRACK_2_3),
    ],
)
def test_a_202_is_a_success_marked_accepted_never_retried_nor_kept(
    server: LoopbackServer, mode: str, operation: str, arguments: dict[str, Any], answer: dict[str, Any]
) -> None:
    server.enqueue(Reply(202, answer))
    with _client(server, fail_open=True) as autumn:
        result = call(autumn, mode, operation, **arguments)
        assert result.accepted is True and result.failed_open is False and result.already_applied is False
        assert len(autumn.outbox) == 0
    assert len(server.requests) == 1 and server.requests[0].json == arguments


def test_finalize_202_is_accepted(server: LoopbackServer) -> None:
    server.enqueue(Reply(202, {"success": True}))
    with _client(server) as autumn:
        result = autumn.balances.finalize(lock_id="lock_1", action="confirm")
    assert result.success is True and result.accepted is True
    [request] = server.requests
    assert request.path == "/v1/balances.finalize" and request.json == {"lock_id": "lock_1", "action": "confirm"}
    assert "idempotency-key" in request.headers  # a change: its retries reuse the key


def test_a_200_is_not_marked_accepted(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, TRACK_2_3))
    with _client(server) as autumn:
        assert autumn.track(customer_id="cus_1", feature_id="messages").accepted is False


# -- batch_track: no key, retried only where nothing was applied ---------------------------------------

ITEMS = [{"customer_id": "cus_1", "feature_id": "messages", "value": 2}, {"customer_id": "cus_2", "event_name": "chat"}]


def test_batch_track_sends_its_items_as_the_json_array_without_a_key(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Reply(202, {"success": True}))
    with _client(server) as autumn:
        result = call(autumn, mode, "batch_track", request=ITEMS)
    assert result.success is True and result.accepted is True
    [request] = server.requests
    assert (request.method, request.path) == ("POST", "/v1/balances.batch_track")
    assert request.json == ITEMS and request.headers["content-type"] == "application/json"
    assert "idempotency-key" not in request.headers


def test_batch_track_is_retried_after_a_503(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Reply(503, "", headers={"retry-after": "0"}), Reply(202, {"success": True}))
    with _client(server) as autumn:
        assert call(autumn, mode, "batch_track", request=ITEMS).success is True
    assert len(server.requests) == 2 and server.requests[0].body == server.requests[1].body


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply(500, error_body("internal_error", "boom", 500).body), errors.InternalServerError),
        (Reply(502, "<html>gateway</html>"), errors.InternalServerError),
        (Reply(fault="reset", apply=True), errors.ResponseLostError),
    ],
    ids=["500", "502", "answer-lost"],
)
def test_batch_track_is_not_retried_where_it_may_have_been_applied(
    server: LoopbackServer, mode: str, reply: Reply, error: type[Exception]
) -> None:
    server.enqueue(reply, Reply(202, {"success": True}))
    with _client(server) as autumn:
        assert isinstance(call(autumn, mode, "batch_track", request=ITEMS), error)
    assert len(server.requests) == 1  # a retry would re-enqueue the items that were applied


def test_batch_track_checks_its_items_before_any_io(server: LoopbackServer) -> None:
    with _client(server) as autumn:
        with pytest.raises(TypeError, match=r"request\[1\]"):
            autumn.batch_track(request=[ITEMS[0], {"feature_id": "messages"}])
        with pytest.raises(TypeError):
            autumn.batch_track(request={"customer_id": "c"})  # type: ignore[arg-type]
    assert server.requests == []


# -- get_or_create: a change hiding behind a read -------------------------------------------------


def test_get_or_create_without_a_customer_id_is_not_retried_after_a_lost_answer(server: LoopbackServer, mode: str) -> None:
    server.enqueue(Reply(fault="reset", apply=True))
    with Autumn(secret_key=SECRET_KEY, server_url=server.url, retry_config=FAST, x_api_version="2.1") as autumn:
        result = call(autumn, mode, "customers.get_or_create", customer_id=None, email="ada@example.com")
        assert isinstance(result, errors.ResponseLostError), result
    assert len(server.requests) == 1  # retried, it would create a second customer
    assert "idempotency-key" not in server.requests[0].headers


def test_get_or_create_with_a_customer_id_is_retried(server: LoopbackServer) -> None:
    customer = {"id": "cus_1", "name": None, "email": None, "created_at": 1, "fingerprint": None, "stripe_id": None}
    server.enqueue(Reply(fault="reset", apply=True), Reply(503, ""), Reply(200, customer))
    with (
        Autumn(secret_key=SECRET_KEY, server_url=server.url, retry_config=FAST, x_api_version="2.1") as autumn,
        pytest.raises(errors.ResponseValidationError),  # a partial customer: what matters is it was sent 3 times
    ):
        autumn.customers.get_or_create(customer_id="cus_1")
    assert [r.json for r in server.requests] == [{"customer_id": "cus_1"}] * 3


def test_get_or_create_without_a_customer_id_is_retried_when_the_connection_was_refused() -> None:
    """Never sent, so it cannot have been applied: retried as any call (two retries by default)."""
    clock = _clock()
    with (
        Autumn(
            secret_key=SECRET_KEY,
            server_url=f"http://127.0.0.1:{unused_port()}",
            retry_config=FAST,
            x_api_version="2.1",
            retry_clock=clock,
        ) as autumn,
        pytest.raises(errors.ConnectionFailedError),
    ):
        autumn.customers.get_or_create(customer_id=None)
    assert len(clock.sleeps) == 2


# -- cursor pages ----------------------------------------------------------------------------------


def _event(n: int) -> dict[str, Any]:
    return {
        "id": f"evt_{n}",
        "timestamp": 1_760_000_000_000 + n,
        "feature_id": "messages",
        "customer_id": "cus_1",
        "value": 1,
        "properties": {},
        "deductions": None,
    }


def test_list_all_follows_the_cursor(server: LoopbackServer, mode: str) -> None:
    def page(items: list[int], cursor: str | None) -> Reply:
        return Reply(200, {"list": [_event(i) for i in items], "next_cursor": cursor})

    server.enqueue(page([1, 2], "c2"), page([3, 4], "c4"), page([5], None))
    with _client(server) as autumn:
        if mode == "sync":
            seen = [e.id for e in autumn.events.list_all(customer_id="cus_1", limit=2)]
        else:

            async def collect() -> list[Any]:
                return [e.id async for e in autumn.events.list_all_async(customer_id="cus_1", limit=2)]

            seen = asyncio.run(collect())
    assert seen == ["evt_1", "evt_2", "evt_3", "evt_4", "evt_5"]
    assert [r.json for r in server.requests] == [
        {"customer_id": "cus_1", "limit": 2},
        {"customer_id": "cus_1", "limit": 2, "start_cursor": "c2"},
        {"customer_id": "cus_1", "limit": 2, "start_cursor": "c4"},
    ]


def test_a_cursor_that_does_not_move_ends_the_iteration(server: LoopbackServer) -> None:
    stuck = Reply(200, {"list": [_event(1)], "next_cursor": "same"})
    server.enqueue(stuck, stuck, stuck)
    with _client(server) as autumn:
        assert [e.id for e in autumn.events.list_all()] == ["evt_1", "evt_1"]
    assert len(server.requests) == 2


# -- a late replay lands in the period the change happened in -------------------------------------------


_NOW = 1_760_000_000.0  # the wall time a change happened at, as the virtual clock says


def _clock() -> VirtualClock:
    """Retries wait no real time, and no time at all (jitter 0)."""
    return VirtualClock(jitter=0.0, wall=_NOW)


def test_a_failed_open_track_is_kept_with_the_time_it_happened(server: LoopbackServer) -> None:
    server.enqueue(Reply(503, ""))
    with _client(server, fail_open=True, retry_config=NO_RETRIES, retry_clock=_clock()) as autumn:
        assert autumn.track(customer_id="cus_1", feature_id="messages", value=3).failed_open
        assert autumn.flush() == 1
    first, replay = server.requests
    assert "timestamp" not in first.json
    assert replay.json == {"customer_id": "cus_1", "feature_id": "messages", "value": 3, "timestamp": int(_NOW * 1000)}
    assert replay.headers["idempotency-key"] == first.headers["idempotency-key"]


def test_a_callers_own_timestamp_is_kept_as_given(server: LoopbackServer) -> None:
    server.enqueue(Reply(503, ""))
    with _client(server, fail_open=True, retry_config=NO_RETRIES, retry_clock=_clock()) as autumn:
        autumn.track(customer_id="cus_1", feature_id="messages", timestamp=1_700_000_000_000)
        autumn.flush()
    assert server.requests[1].json["timestamp"] == 1_700_000_000_000


def test_on_2_1_a_replay_is_counted_when_it_arrives(server: LoopbackServer) -> None:
    """2.1's track has no timestamp: a late replay is dated by the server on arrival (README says so)."""
    server.enqueue(Reply(503, ""))
    with Autumn(
        secret_key=SECRET_KEY, server_url=server.url, x_api_version="2.1", fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        autumn.track(customer_id="cus_1", feature_id="messages")
        autumn.flush()
    assert server.requests[1].json == {"customer_id": "cus_1", "feature_id": "messages"}


def test_track_nowait_is_dated_when_queued(server: LoopbackServer) -> None:
    with _client(server, retry_clock=_clock()) as autumn:
        autumn.track_nowait(customer_id="cus_1", feature_id="messages", value=2)
        autumn.flush()
    [request] = server.requests
    assert request.json == {"customer_id": "cus_1", "feature_id": "messages", "value": 2, "timestamp": int(_NOW * 1000)}


def test_2_3_check_fails_open_with_a_null_flag() -> None:
    with Autumn(
        secret_key=SECRET_KEY, server_url=f"http://127.0.0.1:{unused_port()}", fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        res = autumn.check(customer_id="cus_1", feature_id="messages")
    assert res.failed_open and res.allowed and res.flag is None and res.customer_id == "cus_1"
    assert json.loads(json.dumps(res.to_dict())) == {"allowed": True, "customer_id": "cus_1", "balance": None, "flag": None}


def test_a_check_with_a_lock_is_a_change_its_retry_reuses_the_key(server: LoopbackServer, mode: str) -> None:
    """A lock holds balance: its check gets a key, so a retry after a lost answer is applied once."""
    server.enqueue(Reply(fault="reset", apply=True))
    with _client(server) as autumn:
        res = call(autumn, mode, "check", customer_id="cus_1", feature_id="messages", lock={"enabled": True, "lock_id": "l1"})
    first, retry = server.requests
    assert first.headers["idempotency-key"] == retry.headers["idempotency-key"]
    assert res.already_applied is True and res.allowed is True


def test_a_plain_check_sends_no_key(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, CHECK_2_3))
    with _client(server) as autumn:
        autumn.check(customer_id="cus_1", feature_id="messages")
    assert "idempotency-key" not in server.requests[0].headers
