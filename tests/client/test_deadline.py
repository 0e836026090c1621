"""A call's total deadline (``Autumn(deadline_ms=...)``): no attempt starts past it, each attempt's
timeouts are clipped to what is left, and a fail-open client answers within it by default (3 s)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk._retries import send_with_retries
from autumn_sdk.utils import BackoffStrategy, RetryConfig
from tests.doubles import WALL, VirtualClock
from tests.loopback import SECRET_KEY, StallingServer

CHECK = {"customer_id": "cus_1", "feature_id": "messages"}


CONFIG = RetryConfig("backoff", BackoffStrategy(400, 400, 1.0, 60_000), max_retries=10)  # every wait 0.2 s


def _timeout() -> errors.RequestTimeoutError:
    return errors.RequestTimeoutError("no answer", httpx.ReadTimeout("stalled"))


def test_each_attempt_gets_what_is_left_and_none_starts_past_the_deadline() -> None:
    clock = VirtualClock()
    start = clock.monotonic()
    given: list[float | None] = []

    def attempt(left: float | None) -> httpx.Response:
        given.append(left)
        clock.advance(0.5 if left is None else min(0.5, left))  # each attempt waits 0.5 s, or until its clipped timeout
        raise _timeout()

    with pytest.raises(errors.RequestTimeoutError):
        send_with_retries(attempt, CONFIG, clock, logging.getLogger("test"), "check", deadline=2.0)
    # 0.5 s per attempt and a 0.2 s wait between: attempts start at 0, 0.7, 1.4 s; the next wait would end at 2.1 s.
    assert given == pytest.approx([2.0, 1.3, 0.6])
    assert clock.sleeps == pytest.approx([0.2, 0.2])
    assert clock.monotonic() - start <= 2.0


def test_without_a_deadline_the_attempt_is_given_none() -> None:
    clock = VirtualClock()
    given: list[float | None] = []

    def attempt(left: float | None) -> httpx.Response:
        given.append(left)
        return httpx.Response(200)

    assert send_with_retries(attempt, CONFIG, clock, logging.getLogger("test"), "check").status_code == 200
    assert given == [None]


def test_a_wait_ending_at_the_deadline_is_not_waited() -> None:
    clock = VirtualClock()
    calls = 0

    def attempt(left: float | None) -> httpx.Response:
        nonlocal calls
        calls += 1
        clock.advance(0.85)
        return httpx.Response(503)

    response = send_with_retries(attempt, CONFIG, clock, logging.getLogger("test"), "check", deadline=1.0)
    assert response.status_code == 503 and calls == 1 and clock.sleeps == []  # 0.85 + 0.2 > 1.0


@pytest.fixture(params=["silent", "trickle"])
def stalling(request: pytest.FixtureRequest) -> Iterator[StallingServer]:
    server = StallingServer(str(request.param))
    yield server
    server.close()


def _timeouts_sent(seen: list[dict[str, float]]) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A caller's clients that note the timeouts of each request the SDK sends through them."""

    def note(request: httpx.Request) -> None:
        seen.append(request.extensions["timeout"])

    async def note_async(request: httpx.Request) -> None:
        note(request)

    return httpx.Client(event_hooks={"request": [note]}), httpx.AsyncClient(event_hooks={"request": [note_async]})


def test_fail_open_check_answers_by_its_deadline_whatever_the_api_does(stalling: StallingServer, mode: str) -> None:
    """Accepts and never answers, or trickles its body: a 5 s timeout_ms is clipped to the 0.4 s deadline.

    No wall-clock assertion: every wait of the one attempt is bounded by what is left of the deadline
    (never more than 0.4 s), and a trickled body that were not cut at the deadline would take 5000 s.
    """
    seen: list[dict[str, float]] = []
    own, own_async = _timeouts_sent(seen)
    autumn = Autumn(
        secret_key=SECRET_KEY,
        server_url=stalling.url,
        fail_open=True,
        deadline_ms=400,
        timeout_ms=5000,
        client=own,
        async_client=own_async,
    )

    async def check_async() -> Any:
        try:
            return await autumn.check_async(**CHECK)
        finally:
            await own_async.aclose()  # on the loop its connections belong to

    result = autumn.check(**CHECK) if mode == "sync" else asyncio.run(check_async())
    autumn.close()
    own.close()
    assert result.failed_open is True and result.allowed is True
    assert stalling.connections == 1  # the one attempt used the whole deadline: no retry started after it
    [timeouts] = seen
    assert set(timeouts) == {"connect", "read", "write", "pool"} and all(0 < t <= 0.4 for t in timeouts.values())


def test_the_default_fail_open_deadline_is_three_seconds() -> None:
    seen: list[dict[str, float]] = []
    own, _ = _timeouts_sent(seen)
    server = StallingServer("silent")
    try:
        autumn = Autumn(secret_key=SECRET_KEY, server_url=server.url, fail_open=True, client=own)  # timeout_ms 5000, 2 retries
        result = autumn.check(**CHECK)
        autumn.close()
    finally:
        server.close()
        own.close()
    assert result.failed_open is True and server.connections == 1
    [timeouts] = seen  # the first attempt's own 5 s timeout, clipped by the deadline to (at most) 3 s
    assert all(0 < t <= 3.0 for t in timeouts.values())


@pytest.mark.parametrize("bad", [0, -1, float("inf"), float("nan"), True, "3000"])
def test_deadline_ms_must_be_a_positive_finite_number(bad: object) -> None:
    with pytest.raises(ValueError, match="deadline_ms"):
        Autumn(secret_key=SECRET_KEY, deadline_ms=bad)  # type: ignore[arg-type]


# -- the one Retry-After parser and backoff formula, shared by calls and outbox replays ------------------


def test_retry_after_is_read_as_seconds_or_an_http_date() -> None:
    from email.utils import formatdate

    from autumn_sdk._retries import retry_after

    clock = VirtualClock()
    assert retry_after({"retry-after": "2.5"}, clock) == 2.5
    assert retry_after({"retry-after": formatdate(WALL + 30, usegmt=True)}, clock) == 30.0
    for unusable in ("nan", "inf", "soon", ""):
        assert retry_after({"retry-after": unusable}, clock) is None
    assert retry_after({}, clock) is None


def test_one_backoff_formula_full_jitter_for_calls_and_a_floor_for_replays() -> None:
    from autumn_sdk._retries import backoff_delay

    assert [backoff_delay(0.2, 2.0, 2.0, n, 1.0) for n in range(6)] == pytest.approx([0.2, 0.4, 0.8, 1.6, 2.0, 2.0])
    assert backoff_delay(0.2, 2.0, 2.0, 3, 0.0) == 0.0  # full jitter may wait nothing
    assert backoff_delay(1.0, 60.0, 2.0, 2, 0.0, floor=0.5) == 2.0  # a replay waits at least half the ceiling
    assert backoff_delay(1.0, 60.0, 2.0, 10_000, 1.0) == 60.0  # no overflow, however many


def test_a_per_call_deadline_overrides_the_clients(stalling: StallingServer, mode: str) -> None:
    """The client has no deadline (no fail_open); this one call has 300 ms, retries included: every
    timeout its one attempt was sent with is clipped to it (the client's timeout_ms is 5 s)."""
    seen: list[dict[str, float]] = []
    own, own_async = _timeouts_sent(seen)
    autumn = Autumn(secret_key=SECRET_KEY, server_url=stalling.url, timeout_ms=5000, client=own, async_client=own_async)

    async def check_async() -> Any:
        try:
            return await autumn.check_async(**CHECK, deadline_ms=300)
        except errors.AutumnError as exc:
            return exc
        finally:
            await own_async.aclose()  # on the loop its connections belong to

    if mode == "sync":
        try:
            result: Any = autumn.check(**CHECK, deadline_ms=300)
        except errors.AutumnError as exc:
            result = exc
    else:
        result = asyncio.run(check_async())
    autumn.close()
    own.close()
    assert isinstance(result, errors.RequestTimeoutError) and stalling.connections == 1
    [timeouts] = seen
    assert all(0 < t <= 0.3 for t in timeouts.values() if t is not None), timeouts


def test_a_bad_per_call_deadline_fails_before_any_io(stalling: StallingServer) -> None:
    with Autumn(secret_key=SECRET_KEY, server_url=stalling.url) as autumn, pytest.raises(ValueError, match="deadline_ms"):
        autumn.check(**CHECK, deadline_ms=-1)
    assert stalling.connections == 0
