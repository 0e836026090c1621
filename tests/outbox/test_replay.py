"""Replay of the outbox: no poison entry blocks the rest, one worker, nothing dropped that could
still succeed, usage recorded unconditionally, key age respected, no lock held across an await."""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from autumn_sdk import Autumn
from autumn_sdk import _replay as replay
from autumn_sdk.utils import NO_RETRIES, BackoffStrategy, RetryConfig
from tests.doubles import VirtualClock, wait_until, wait_until_async
from tests.loopback import SECRET_KEY, LoopbackServer, Recorded, Reply, error_body


def _answer(server: LoopbackServer, respond: Callable[[Recorded], Reply]) -> None:
    """Answer every request with ``respond`` (instead of a one-shot script)."""
    server.next_reply = respond  # type: ignore[method-assign]


def _outage(server: LoopbackServer) -> None:
    _answer(server, lambda request: Reply(503, ""))


def _client(server: LoopbackServer, **kwargs: Any) -> Autumn:
    kwargs.setdefault("retry_config", NO_RETRIES)
    return Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, **kwargs)


def _tracks(server: LoopbackServer, key: str) -> int:
    return sum(1 for r in server.requests if r.path == "/v1/balances.track" and r.headers.get("idempotency-key") == key)


# -- one change that always fails does not block the others --------------------------------------------------


def test_a_change_that_always_fails_does_not_block_the_others(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    _outage(server)
    with _client(server) as autumn:
        autumn.track(customer_id="poison", feature_id="messages", value=100)
        autumn.track(customer_id="c", feature_id="messages", value=1)
        autumn.track(customer_id="c", feature_id="messages", value=2)
        # The API is back, except for the first change, which it answers 500 every time.
        _answer(server, lambda r: Reply(500, "") if r.json.get("customer_id") == "poison" else server.apply(r))
        assert autumn.check(customer_id="c", feature_id="messages").failed_open is False  # starts the worker
        wait_until(lambda: len(autumn.outbox) == 1)
        assert server.applied() == 3  # both changes behind the poison one were delivered
        [poison] = autumn.outbox.entries()
        assert json.loads(poison.body)["customer_id"] == "poison" and poison.attempts >= 1
        # It gets a bounded number of attempts, then it is parked: counted, logged at ERROR, kept.
        for _ in range(replay.MAX_ATTEMPTS):
            autumn.flush()
        assert (len(autumn.outbox), autumn.outbox.parked, autumn.outbox.dropped) == (0, 1, 0)
        assert autumn.outbox.parked_entries()[0].park_reason.startswith(f"failed {replay.MAX_ATTEMPTS} times")
    assert _tracks(server, poison.idempotency_key) == 1 + replay.MAX_ATTEMPTS
    parked = [r for r in caplog.records if r.levelno == logging.ERROR and r.getMessage().startswith("outbox: parked")]
    assert len(parked) == 1 and poison.idempotency_key in parked[0].getMessage()


def test_a_failing_change_waits_its_own_backoff(server: LoopbackServer) -> None:
    clock = VirtualClock(jitter=1.0)
    _outage(server)
    with _client(server, retry_clock=clock) as autumn:
        autumn.track(customer_id="poison", feature_id="messages")
        _answer(server, lambda r: Reply(500, ""))
        assert autumn.flush() == 0
        [entry] = autumn.outbox.entries()
        assert entry.not_before == clock.mono + replay.ENTRY_BACKOFF[0]  # 1 s after the first failure (jitter 1.0)
        assert autumn._replayer._next_wait() == replay.ENTRY_BACKOFF[0]
        autumn.flush()
        assert entry.not_before == clock.mono + 2 * replay.ENTRY_BACKOFF[0]  # then 2 s, 4 s … up to the cap
        _answer(server, server.apply)


def test_a_failing_change_is_parked_async(server: LoopbackServer) -> None:
    _outage(server)

    async def main() -> tuple[int, int, int]:
        async with _client(server) as autumn:
            await autumn.track_async(customer_id="poison", feature_id="messages")
            await autumn.track_async(customer_id="c", feature_id="messages", value=4)
            _answer(server, lambda r: Reply(502, "") if r.json.get("customer_id") == "poison" else server.apply(r))
            delivered = [await autumn.flush_async() for _ in range(replay.MAX_ATTEMPTS)]
            return sum(delivered), autumn.outbox.parked, len(autumn.outbox)

    assert asyncio.run(main()) == (1, 1, 0)
    assert server.applied() == 4


# -- one replay worker per client and flavour ----------------------------------------------------------------


def _failing_replays(server: LoopbackServer, key: str) -> None:
    """The API is back, but the change ``key`` fails with 500 every time: each replay of it is a wasted request."""

    def respond(request: Recorded) -> Reply:
        if request.headers.get("idempotency-key") == key:
            return Reply(500, "", delay=0.02)
        return server.apply(request)

    _answer(server, respond)


def _replay_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "autumn-outbox"]


def test_fifty_concurrent_checks_start_one_replay_worker(server: LoopbackServer) -> None:
    _outage(server)
    autumn = _client(
        server, retry_clock=VirtualClock(jitter=1.0)
    )  # time stands still: the worker's retry of the change never falls due
    autumn.track(customer_id="c", feature_id="messages", value=1)
    [entry] = autumn.outbox.entries()
    _failing_replays(server, entry.idempotency_key)
    start = threading.Barrier(50)

    def check() -> None:
        start.wait()
        autumn.check(customer_id="c", feature_id="messages")

    threads = [threading.Thread(target=check) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wait_until(lambda: _tracks(server, entry.idempotency_key) >= 2)
    assert len(_replay_threads()) <= 1
    autumn.close()  # stops the worker, then flushes once more
    wait_until(lambda: not _replay_threads())
    # The failed-open attempt, the worker's one replay, and close's flush: not one replay per check.
    assert _tracks(server, entry.idempotency_key) == 3


def test_fifty_concurrent_checks_start_one_replay_task(server: LoopbackServer) -> None:
    _outage(server)

    async def main() -> str:
        autumn = _client(server, retry_clock=VirtualClock(jitter=1.0))
        await autumn.track_async(customer_id="c", feature_id="messages", value=1)
        [entry] = autumn.outbox.entries()
        _failing_replays(server, entry.idempotency_key)
        await asyncio.gather(*(autumn.check_async(customer_id="c", feature_id="messages") for _ in range(50)))
        await wait_until_async(lambda: _tracks(server, entry.idempotency_key) >= 2)
        await autumn.aclose()  # cancels the worker, then flushes once more
        return entry.idempotency_key

    key = asyncio.run(main())
    assert _tracks(server, key) == 3


def test_the_worker_is_started_atomically() -> None:
    """Many threads asking at once start one worker."""
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url="http://127.0.0.1:9") as autumn:
        replayer = autumn._replayer
        started: list[int] = []
        replayer._run_thread = lambda: started.append(1)  # type: ignore[method-assign]
        go = threading.Barrier(20)

        def kick() -> None:
            go.wait()
            replayer.start_background()

        threads = [threading.Thread(target=kick) for _ in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert started == [1]


# -- rate limits and transient auth failures keep the change -------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        Reply(429, {"message": "slow down", "code": "rate_limited"}, headers={"retry-after": "30"}),
        Reply(408, "", headers={"retry-after": "30"}),
        Reply(401, {"message": "Invalid secret key", "code": "invalid_secret_key"}, headers={"retry-after": "30"}),
        Reply(503, "", headers={"retry-after": "30"}),
    ],
    ids=["429", "408", "401", "503"],
)
def test_unavailable_during_replay_keeps_the_change_and_honours_retry_after(server: LoopbackServer, reply: Reply) -> None:
    clock = VirtualClock(jitter=1.0)
    _outage(server)
    with _client(server, retry_clock=clock) as autumn:
        autumn.track(customer_id="c", feature_id="messages", value=5)
        autumn.track(customer_id="c", feature_id="messages", value=6)
        _answer(server, lambda r: reply)
        assert autumn.flush() == 0
        assert (len(autumn.outbox), autumn.outbox.dropped, autumn.outbox.parked) == (2, 0, 0)
        assert len(server.requests) == 3  # the pass stopped at the first answer: no storm
        assert autumn._replayer._next_wait() == 30  # the worker waits what Retry-After says
        assert all(e.attempts == 0 for e in autumn.outbox.entries())  # not the entries' fault
        _answer(server, server.apply)
        assert autumn.flush() == 2
    assert server.applied() == 11


@pytest.mark.parametrize(
    "reply, outcome",
    [
        (error_body("customer_not_found", "Customer gone not found", 404), "dropped"),
        (error_body("invalid_inputs", "value must be a number", 400), "dropped"),
        (error_body("forbidden", "not allowed", 403), "parked"),
        (Reply(404, "<html>no such page</html>"), "parked"),  # not Autumn's answer: a proxy, a wrong URL
    ],
    ids=["404", "400", "403", "404-html"],
)
def test_only_what_can_never_succeed_is_dropped(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture, reply: Reply, outcome: str
) -> None:
    _outage(server)
    with _client(server) as autumn:
        autumn.track(customer_id="gone", feature_id="messages", value=1)
        autumn.track(customer_id="c", feature_id="messages", value=2)
        _answer(server, lambda r: reply if r.json.get("customer_id") == "gone" else server.apply(r))
        assert autumn.flush() == 1
        assert len(autumn.outbox) == 0
        assert (autumn.outbox.dropped, autumn.outbox.parked) == ((1, 0) if outcome == "dropped" else (0, 1))
    assert server.applied() == 2
    assert any(r.levelno == logging.ERROR and outcome in r.getMessage() for r in caplog.records)


def test_replay_pauses_while_the_api_is_unreachable(server: LoopbackServer) -> None:
    clock = VirtualClock(jitter=1.0)
    _outage(server)
    with _client(server, retry_clock=clock) as autumn:
        for value in (1, 2, 3):
            autumn.track(customer_id="c", feature_id="messages", value=value)
        server.close()  # nothing listens any more: connection refused
        assert autumn.flush() == 0
        assert len(autumn.outbox) == 3 and all(e.attempts == 0 for e in autumn.outbox.entries())
        assert autumn._replayer._next_wait() == replay.PAUSE_BACKOFF[0]
        autumn.flush()
        assert autumn._replayer._next_wait() == 2 * replay.PAUSE_BACKOFF[0]  # backoff while it stays down
        autumn.close()


# -- flush() returns what was delivered ----------------------------------------------------------------------


def test_flush_counts_delivered_apart_from_dropped_and_parked(server: LoopbackServer) -> None:
    _outage(server)
    with _client(server) as autumn:
        for customer in ("gone", "c", "forbidden"):
            autumn.track(customer_id=customer, feature_id="messages", value=1)

        def respond(request: Recorded) -> Reply:
            customer = request.json.get("customer_id")
            if customer == "gone":
                return error_body("customer_not_found", "Customer gone not found", 404)
            if customer == "forbidden":
                return error_body("forbidden", "no", 403)
            return server.apply(request)

        _answer(server, respond)
        assert autumn.flush() == 1
        assert (len(autumn.outbox), autumn.outbox.dropped, autumn.outbox.parked) == (0, 1, 1)
        assert "pending=0, parked=1, dropped=1" in repr(autumn.outbox)


def test_requeue_parked_sends_a_parked_change_again(server: LoopbackServer) -> None:
    _outage(server)
    with _client(server) as autumn:
        autumn.track(customer_id="c", feature_id="messages", value=3)
        _answer(server, lambda r: error_body("forbidden", "no", 403))
        autumn.flush()
        assert autumn.outbox.parked == 1
        _answer(server, server.apply)
        assert autumn.outbox.requeue_parked() == 1
        assert autumn.flush() == 1 and autumn.outbox.parked == 0
    assert server.applied() == 3


def test_a_change_recorded_for_another_server_waits_for_a_person(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The file must not choose where replay sends the secret key: only the client's own server_url."""
    home, elsewhere = LoopbackServer(), LoopbackServer()
    path = tmp_path / "outbox.jsonl"
    try:
        _outage(home)
        _outage(elsewhere)
        with _client(home, outbox_path=path) as first:
            first.track(customer_id="c", feature_id="messages", value=2, server_url=elsewhere.url)  # a per-call server
            first.track(customer_id="c", feature_id="messages", value=3, server_url=home.url + "/")  # its own, spelled out
            first.track(customer_id="c", feature_id="messages", value=5)
            assert len(first.outbox) == 3
        _answer(home, home.apply)
        _answer(elsewhere, elsewhere.apply)
        sent_before = len(elsewhere.requests)
        with caplog.at_level(logging.ERROR, logger="autumn_sdk"), _client(home, outbox_path=path) as second:
            [parked] = second.outbox.parked_entries()
            assert parked.server_url == elsewhere.url and parked.park_reason is not None
            assert elsewhere.url in parked.park_reason and "requeue_parked" in parked.park_reason
            assert second.flush() == 2 and home.applied() == 8
            assert len(elsewhere.requests) == sent_before  # nothing went to the other server on its own
            assert second.outbox.requeue_parked() == 1 and second.flush() == 1  # a person decided
        assert elsewhere.applied() == 2
        assert any("another server_url" in r.getMessage() for r in caplog.records)
    finally:
        home.close()
        elsewhere.close()


# -- a failed-open check(send_event=True) is recorded exactly once -------------------------------------------

CHECK_ARGS = {
    "customer_id": "c",
    "feature_id": "messages",
    "entity_id": "seat_1",
    "required_balance": 3,
    "properties": {"source": "chat"},
    "send_event": True,
}


def test_a_failed_open_check_is_replayed_as_itself_with_its_key(server: LoopbackServer) -> None:
    """Keys are scoped to their route: only the check's own route can tell whether it was applied."""
    _outage(server)
    with _client(server) as autumn:
        res = autumn.check(**CHECK_ARGS, with_preview=True)
        assert res.failed_open and res.allowed
        first = server.requests[0]
        _answer(server, server.apply)
        assert autumn.flush() == 1
    replayed = server.requests[-1]
    assert (replayed.path, replayed.headers["idempotency-key"], replayed.json) == (
        first.path,
        first.headers["idempotency-key"],
        first.json,
    )
    assert server.applied() == 3


def test_a_refused_replayed_check_records_its_usage_as_a_track(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    """The user already consumed the units: a check refused on replay recorded nothing, so a track does."""
    _outage(server)
    with _client(server) as autumn:
        assert autumn.check(**CHECK_ARGS).failed_open
        key = server.requests[0].headers["idempotency-key"]
        refused = {"allowed": False, "customer_id": "c", "balance": None}
        _answer(server, lambda r: Reply(200, refused) if r.path == "/v1/balances.check" else server.apply(r))
        assert autumn.flush() == 1 and len(autumn.outbox) == 0
    check, track = server.requests[-2:]
    assert check.path == "/v1/balances.check" and check.headers["idempotency-key"] == key
    assert track.path == "/v1/balances.track" and track.headers["idempotency-key"] == key + ".usage"
    assert track.json == {
        "customer_id": "c",
        "feature_id": "messages",
        "entity_id": "seat_1",
        "properties": {"source": "chat"},
        "value": 3,
    }
    assert server.applied() == 3
    assert any("was refused" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_check_applied_before_its_answer_was_lost_is_not_counted_again(mode: str) -> None:
    """Against the emulator (keys per route): applied, answer lost, failed open, replayed: counted once."""
    from autumn_sdk.testing import LocalAutumn

    seed = {
        "features": [{"id": "messages", "type": "metered", "consumable": True}],
        "plans": [{"id": "pro", "items": [{"feature_id": "messages", "included_usage": 100, "interval": "month"}]}],
        "customers": [{"id": "cus_1", "plans": ["pro"]}],
    }
    with LocalAutumn(seed=seed) as server:
        with Autumn(
            x_api_version="2.1", secret_key=server.secret_key, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
        ) as autumn:
            server.fail_next(1, drop=True, apply=True)
            if mode == "sync":
                res = autumn.check(customer_id="cus_1", feature_id="messages", required_balance=4, send_event=True)
                assert res.failed_open and autumn.flush() == 1
            else:

                async def main() -> None:
                    res = await autumn.check_async(
                        customer_id="cus_1", feature_id="messages", required_balance=4, send_event=True
                    )
                    assert res.failed_open and await autumn.flush_async() == 1

                asyncio.run(main())
        balance = server.balance("cus_1", "messages")
        assert balance is not None and balance["usage"] == 4  # was 8: replayed as a track, the key unknown to /track


def test_replayed_check_is_recorded_even_when_the_balance_ran_out() -> None:
    """Against the emulator: the user already consumed the units, so the usage is recorded, not re-checked."""
    from autumn_sdk.testing import LocalAutumn

    seed = {
        "features": [{"id": "messages", "type": "metered", "consumable": True}],
        "plans": [{"id": "pro", "items": [{"feature_id": "messages", "included_usage": 5, "interval": "month"}]}],
        "customers": [{"id": "cus_1", "plans": ["pro"]}],
    }
    with LocalAutumn(seed=seed) as server:
        with Autumn(
            x_api_version="2.1", secret_key=server.secret_key, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
        ) as autumn:
            server.fail_next(1, status=503)
            assert autumn.check(customer_id="cus_1", feature_id="messages", required_balance=4, send_event=True).failed_open
            autumn.track(customer_id="cus_1", feature_id="messages", value=3)  # meanwhile: 2 left, short of 4
            wait_until(lambda: len(autumn.outbox) == 0)  # that success started the replay
            assert autumn.outbox.dropped == autumn.outbox.parked == 0
        balance = server.balance("cus_1", "messages")
        # Recorded (the emulator caps usage at the grant): a replayed check would have been denied, leaving 3.
        assert balance is not None and balance["usage"] == 5


# -- idempotency keys expire after 24 h ----------------------------------------------------------------------


def test_a_change_older_than_the_key_lifetime_is_parked_not_replayed(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = VirtualClock(jitter=1.0)
    _outage(server)
    with _client(server, retry_clock=clock) as autumn:
        autumn.track(customer_id="c", feature_id="messages", value=1)
        clock.advance(replay.MAX_AGE - 60)
        autumn.track(customer_id="c", feature_id="messages", value=2)
        clock.advance(120)  # the first is now past MAX_AGE, the second is two minutes old
        _answer(server, server.apply)
        sent = len(server.requests)
        assert autumn.flush() == 1
        assert (len(autumn.outbox), autumn.outbox.parked) == (0, 1)
        assert server.applied() == 2 and len(server.requests) == sent + 1  # the old one was not sent
        [old] = autumn.outbox.parked_entries()
        assert "older than 23 h" in (old.park_reason or "")
        # An operator who checked the customer's usage can send it anyway.
        autumn.outbox.requeue_parked()
        assert autumn.flush() == 1
    assert server.applied() == 3
    assert any(r.levelno == logging.ERROR and "older than 23 h" in r.getMessage() for r in caplog.records)


def test_replaying_an_old_change_within_the_limit_is_logged(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="autumn_sdk")
    clock = VirtualClock(jitter=1.0)
    _outage(server)
    with _client(server, retry_clock=clock) as autumn:
        autumn.track(customer_id="c", feature_id="messages", value=1)
        clock.advance(5 * 3600)
        _answer(server, server.apply)
        assert autumn.flush() == 1
    assert any("5.0 h old (within the 23 h replay limit)" in r.getMessage() for r in caplog.records)


# -- no thread lock across an await --------------------------------------------------------------------------


def test_sync_close_inside_async_code_while_an_async_replay_is_in_flight(server: LoopbackServer) -> None:
    _outage(server)
    in_flight, release = threading.Event(), threading.Event()

    def respond(request: Recorded) -> Reply:
        if request.path == "/v1/balances.track":
            in_flight.set()
            release.wait(30)
        return server.apply(request)

    async def main() -> tuple[int, int]:
        autumn = _client(server)
        await autumn.track_async(customer_id="c", feature_id="messages", value=7)
        _answer(server, respond)
        await autumn.check_async(customer_id="c", feature_id="messages")  # starts the async replay
        await wait_until_async(in_flight.is_set)
        autumn.close()  # sync close on the loop's thread: must not wait for the replay that needs this loop
        release.set()
        await wait_until_async(lambda: not autumn.outbox)
        pending = len(autumn.outbox)
        await autumn.aclose()
        return pending, _tracks(server, server.requests[0].headers["idempotency-key"])

    result: list[tuple[int, int]] = []
    runner = threading.Thread(target=lambda: result.append(asyncio.run(main())), daemon=True)
    runner.start()
    runner.join(60)  # a hang guard, not a timing assertion
    release.set()
    assert not runner.is_alive(), "sync close() deadlocked on the async replay"
    assert result == [(0, 2)]  # the replay finished after close, exactly once
    assert server.applied() == 7


# -- a cancelled track_async keeps its change ----------------------------------------------------------------


class _NeverWakes(VirtualClock):
    """An async sleep never ends while ``asleep``; after that, time moves only when the test says so."""

    asleep = True

    def __init__(self) -> None:
        super().__init__(jitter=1.0)

    async def sleep_async(self, seconds: float) -> None:
        if self.asleep:
            await asyncio.Event().wait()
        await super().sleep_async(seconds)


_SLOW_RETRIES = RetryConfig("backoff", BackoffStrategy(1000, 1000, 2.0, 60_000), True)


@pytest.mark.parametrize("how", ["cancel", "wait_for"])
def test_cancelled_track_async_keeps_the_change_when_failing_open(server: LoopbackServer, how: str) -> None:
    server.enqueue(Reply(502, "", apply=True))  # applied, then a proxy error: the retry waits

    async def main() -> int:
        clock = _NeverWakes()
        async with _client(server, retry_config=_SLOW_RETRIES, retry_clock=clock) as autumn:
            call = autumn.track_async(customer_id="c", feature_id="messages", value=6)
            if how == "cancel":
                task = asyncio.ensure_future(call)
                await wait_until_async(lambda: bool(server.requests))
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
            else:
                with pytest.raises(TimeoutError):
                    await asyncio.wait_for(call, timeout=2.0)  # past the 502's answer, even on a loaded machine
            assert [e.idempotency_key for e in autumn.outbox.entries()] == [server.requests[0].headers["idempotency-key"]]
            clock.asleep = False
            return await autumn.flush_async()

    assert asyncio.run(main()) == 1  # 409: it had been applied; delivered, not applied twice
    assert server.applied() == 6


def test_cancelled_track_async_without_fail_open_keeps_nothing(server: LoopbackServer) -> None:
    server.enqueue(Reply(502, "", apply=True))

    async def main() -> int:
        clock = _NeverWakes()
        async with Autumn(
            x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=_SLOW_RETRIES, retry_clock=clock
        ) as autumn:
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(autumn.track_async(customer_id="c", feature_id="messages"), timeout=0.5)
            return len(autumn.outbox)

    assert asyncio.run(main()) == 0


def test_cancelled_read_only_check_keeps_nothing(server: LoopbackServer) -> None:
    server.enqueue(Reply(502, ""))

    async def main() -> int:
        async with _client(server, retry_config=_SLOW_RETRIES, retry_clock=_NeverWakes()) as autumn:
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(
                    autumn.check_async(customer_id="c", feature_id="messages", idempotency_key="mine"), timeout=0.5
                )
            return len(autumn.outbox)

    assert asyncio.run(main()) == 0


# -- the async twins: rate limits, a failed-open check, old keys ---------------------------------------------


def test_async_replay_keeps_rate_limited_changes_replays_checks_and_parks_old_ones(server: LoopbackServer) -> None:
    clock = VirtualClock(jitter=1.0)
    _outage(server)

    async def main() -> None:
        async with _client(server, retry_clock=clock) as autumn:
            await autumn.track_async(customer_id="old", feature_id="messages", value=1)
            clock.advance(replay.MAX_AGE + 1)
            await autumn.check_async(customer_id="c", feature_id="messages", required_balance=2, send_event=True)
            _answer(server, lambda r: Reply(429, "", headers={"retry-after": "12"}))
            assert await autumn.flush_async() == 0  # rate limited, kept, nothing parked for it
            assert (len(autumn.outbox), autumn.outbox.dropped, autumn.outbox.parked) == (1, 0, 1)  # the old one parked
            assert autumn._replayer._next_wait() == 12
            _answer(server, server.apply)
            assert await autumn.flush_async() == 1
            assert (len(autumn.outbox), autumn.outbox.parked) == (0, 1)

    asyncio.run(main())
    replayed = server.requests[-1]
    assert replayed.path == "/v1/balances.check" and replayed.json["required_balance"] == 2
    assert server.applied() == 2  # the check, recorded once; the old change was never sent
    assert not any(r.json.get("customer_id") == "old" for r in server.requests[2:])
