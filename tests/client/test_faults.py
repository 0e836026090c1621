"""Fault injection on a real loopback server: attempts, delay schedule, result or error, exactly once.

Every fault runs sync and async. The clock is replaced so sleeps are recorded (and skipped), and
jitter is fixed at 0.5, so the schedule is exact: with the config below the n-th retry waits
0.5 * min(0.4, 0.1 * 2**n) seconds. The clock goes in through the supported ``retry_clock=``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from email.utils import formatdate

import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import BackoffStrategy, RetryConfig
from tests.conftest import check_body
from tests.doubles import WALL, VirtualClock, call
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, error_body, unused_port

CONFIG = RetryConfig(
    "backoff", BackoffStrategy(initial_interval=100, max_interval=400, exponent=2.0, max_elapsed_time=10_000), max_retries=10
)
BACKOFF = [0.05, 0.1, 0.2, 0.2, 0.2]  # the first waits under CONFIG with jitter 0.5


@pytest.fixture
def client(server: LoopbackServer, clock: VirtualClock) -> Iterator[Autumn]:
    autumn = Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=CONFIG, timeout_ms=300, retry_clock=clock
    )
    yield autumn
    autumn.close()


TRACK = {"customer_id": "cus_123", "feature_id": "messages", "value": 1}
CHECK = {"customer_id": "cus_123", "feature_id": "messages"}

# (fault id, scripted replies, expected attempts, expected sleeps, expected result type or error class)
RETRIED_THEN_OK = [
    ("reset", [Reply(fault="reset")], 2, BACKOFF[:1]),
    ("close-before-answer", [Reply(fault="close")], 2, BACKOFF[:1]),
    ("timeout", [Reply(delay=0.6)], 2, BACKOFF[:1]),
    ("truncated-body", [Reply(200, b'{"allowed": true, "cust', fault="truncate")], 2, BACKOFF[:1]),
    ("408", [Reply(408, "")], 2, BACKOFF[:1]),
    ("500", [Reply(500, {"message": "boom", "code": "internal_error", "env": "sandbox"})], 2, BACKOFF[:1]),
    ("502-html", [Reply(502, "<html><h1>502 Bad Gateway</h1></html>")], 2, BACKOFF[:1]),
    ("503", [Reply(503, "")], 2, BACKOFF[:1]),
    ("504-empty", [Reply(504, None)], 2, BACKOFF[:1]),
    ("503-then-500-then-502", [Reply(503, ""), Reply(500, ""), Reply(502, "")], 4, BACKOFF[:3]),
    ("503-retry-after-1", [Reply(503, "", headers={"retry-after": "1"})], 2, [1.0]),
    ("503-retry-after-0.25", [Reply(503, "", headers={"retry-after": "0.25"})], 2, [0.25]),
    (
        "429-retry-after-date",
        [
            Reply(
                429, {"message": "slow down", "code": "rate_limited"}, headers={"retry-after": formatdate(WALL + 3, usegmt=True)}
            )
        ],
        2,
        [3.0],
    ),
]


@pytest.mark.parametrize(("fault", "replies", "attempts", "sleeps"), RETRIED_THEN_OK, ids=[f[0] for f in RETRIED_THEN_OK])
@pytest.mark.parametrize("operation", ["check", "track"])
def test_retried_faults_recover(
    server: LoopbackServer,
    client: Autumn,
    clock: VirtualClock,
    mode: str,
    operation: str,
    fault: str,
    replies: list[Reply],
    attempts: int,
    sleeps: list[float],
) -> None:
    server.enqueue(*replies)
    result = call(client, mode, operation, **(TRACK if operation == "track" else CHECK))
    assert isinstance(result, models.TrackResponse if operation == "track" else models.CheckResponse), result
    assert len(server.requests) == attempts
    assert clock.sleeps == sleeps
    if operation == "track":
        keys = {r.headers["idempotency-key"] for r in server.requests}
        assert len(keys) == 1, "every retry of a call reuses its key"
        assert server.applied() == 1, "applied exactly once"


APPLIED_THEN_LOST = [
    ("reset-after-apply", Reply(fault="reset", apply=True)),
    ("timeout-after-apply", Reply(delay=0.6, apply=True)),
    ("truncated-after-apply", Reply(200, b'{"customer_id": "cus_123", "va', fault="truncate", apply=True)),
    ("502-after-apply", Reply(502, "<html>proxy timeout</html>", apply=True)),
]


@pytest.mark.parametrize(("fault", "reply"), APPLIED_THEN_LOST, ids=[f[0] for f in APPLIED_THEN_LOST])
def test_usage_applied_then_answer_lost_is_counted_once(
    server: LoopbackServer, client: Autumn, clock: VirtualClock, mode: str, fault: str, reply: Reply
) -> None:
    """The server applied the track but its answer was lost: the retry (same key) meets 409 and is not
    applied again, and the call returns normally, marked already_applied (its usage is recorded)."""
    server.enqueue(reply)
    result = call(client, mode, "track", **TRACK)
    assert isinstance(result, models.TrackResponse), result
    assert result.already_applied is True and result.failed_open is False
    assert result.customer_id == TRACK["customer_id"] and result.balance is None
    assert server.requests[0].headers["idempotency-key"] == server.requests[1].headers["idempotency-key"]
    assert len(server.requests) == 2 and clock.sleeps == BACKOFF[:1]
    assert server.applied() == 1


def test_check_with_send_event_is_applied_once(server: LoopbackServer, client: Autumn, clock: VirtualClock, mode: str) -> None:
    server.enqueue(Reply(fault="reset", apply=True))
    result = call(client, mode, "check", **CHECK, send_event=True, required_balance=3)
    assert isinstance(result, models.CheckResponse) and result.already_applied and result.allowed
    assert server.applied() == 3
    assert server.requests[0].headers["idempotency-key"] == server.requests[1].headers["idempotency-key"]


def test_a_callers_key_used_before_is_already_applied_error(server: LoopbackServer, client: Autumn, mode: str) -> None:
    """A 409 on the first attempt: the caller's key was used by an earlier call of theirs."""
    server.enqueue(error_body("duplicate_idempotency_key", "used", 409))
    result = call(client, mode, "track", **TRACK, idempotency_key="order-7")
    assert isinstance(result, errors.AlreadyAppliedError) and result.by_this_call is False
    assert result.idempotency_key == "order-7" and len(server.requests) == 1


FINAL = [
    ("400", error_body("invalid_inputs", "feature_id: Required", 400), errors.BadRequestError, "invalid_inputs"),
    ("401", error_body("invalid_secret_key", "Invalid secret key", 401), errors.AuthenticationError, "invalid_secret_key"),
    ("404", error_body("customer_not_found", "Customer cus_123 not found", 404), errors.NotFoundError, "customer_not_found"),
    (
        "409-duplicate-first-attempt",
        error_body("duplicate_idempotency_key", "used", 409),
        errors.AlreadyAppliedError,
        "duplicate_idempotency_key",
    ),
    ("truncated-json-complete-http", Reply(200, b'{"allowed": true, "customer_id": "c'), errors.ResponseValidationError, None),
    ("html-200", Reply(200, "<html>maintenance</html>"), errors.ResponseValidationError, None),
]


@pytest.mark.parametrize(("fault", "reply", "error", "code"), FINAL, ids=[f[0] for f in FINAL])
def test_final_answers_are_not_retried(
    server: LoopbackServer,
    client: Autumn,
    clock: VirtualClock,
    mode: str,
    fault: str,
    reply: Reply,
    error: type[Exception],
    code: str | None,
) -> None:
    server.enqueue(reply)
    result = call(client, mode, "track", **TRACK, idempotency_key="order-1")
    assert type(result) is error, result
    assert getattr(result, "code", None) == code
    assert len(server.requests) == 1 and clock.sleeps == []


def test_connection_refused_retries_until_the_budget(clock: VirtualClock, mode: str) -> None:
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=f"http://127.0.0.1:{unused_port()}",
        retry_config=RetryConfig("backoff", BackoffStrategy(100, 400, 2.0, 1000), max_retries=10),
        retry_clock=clock,
    )
    result = call(autumn, mode, "track", **TRACK)
    assert isinstance(result, errors.ConnectionFailedError) and isinstance(result, errors.APIConnectionError)
    assert result.cause is not None and result.__cause__ is result.cause
    # 0.05, 0.1, 0.2, 0.2, 0.2, 0.2 end at 0.95 s; one more 0.2 s wait would end past the 1 s budget.
    assert clock.sleeps == [0.05, 0.1, 0.2, 0.2, 0.2, 0.2]


def test_persistent_503_gives_up_with_the_last_answer(server: LoopbackServer, clock: VirtualClock, mode: str) -> None:
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=server.url,
        retry_config=RetryConfig("backoff", BackoffStrategy(100, 400, 2.0, 500), max_retries=10),
        retry_clock=clock,
    )
    server.enqueue(*[Reply(503, "<html>busy</html>") for _ in range(10)])
    result = call(autumn, mode, "check", **CHECK)
    assert isinstance(result, errors.AutumnDefaultError) and result.status_code == 503 and result.message is None
    assert clock.sleeps == [0.05, 0.1, 0.2] and len(server.requests) == 4


def test_retry_after_beyond_the_budget_is_not_waited(server: LoopbackServer, clock: VirtualClock, mode: str) -> None:
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=server.url,
        retry_config=RetryConfig("backoff", BackoffStrategy(100, 400, 2.0, 2000)),
        retry_clock=clock,
    )
    server.enqueue(Reply(503, "", headers={"retry-after": "30"}))
    result = call(autumn, mode, "check", **CHECK)
    assert isinstance(result, errors.AutumnDefaultError) and result.status_code == 503
    assert clock.sleeps == [] and len(server.requests) == 1


def test_timeout_is_its_own_error(server: LoopbackServer, clock: VirtualClock, mode: str) -> None:
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=server.url,
        retry_config=RetryConfig("none"),
        timeout_ms=200,
        retry_clock=clock,
    )
    server.enqueue(Reply(delay=0.6))
    result = call(autumn, mode, "check", **CHECK)
    assert isinstance(result, errors.RequestTimeoutError), result  # without the 200 ms timeout: the answer at 0.6 s
    assert len(server.requests) == 1 and clock.sleeps == []


def test_client_timeout_applies_to_a_callers_own_client(server: LoopbackServer, clock: VirtualClock, mode: str) -> None:
    """A client of the caller's (here with a 60 s timeout) still gets the SDK's timeout_ms."""
    import httpx

    own_sync, own_async = httpx.Client(timeout=60), httpx.AsyncClient(timeout=60)
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=server.url,
        retry_config=RetryConfig("none"),
        timeout_ms=200,
        client=own_sync,
        async_client=own_async,
        retry_clock=clock,
    )
    server.enqueue(Reply(delay=0.6))
    assert isinstance(call(autumn, mode, "check", **CHECK), errors.RequestTimeoutError)  # not the client's 60 s
    own_sync.close()


def test_lost_response_is_its_own_error(server: LoopbackServer, clock: VirtualClock, mode: str) -> None:
    autumn = Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=RetryConfig("none"), retry_clock=clock
    )
    server.enqueue(Reply(fault="reset"))
    result = call(autumn, mode, "check", **CHECK)
    assert isinstance(result, errors.ResponseLostError), result


def test_per_call_retries_override_the_client(server: LoopbackServer, client: Autumn, clock: VirtualClock, mode: str) -> None:
    server.enqueue(Reply(503, ""), Reply(503, ""))
    result = call(client, mode, "check", **CHECK, retries=RetryConfig("none"))
    assert isinstance(result, errors.AutumnDefaultError) and len(server.requests) == 1
    result = call(client, mode, "check", **CHECK, retries=RetryConfig("backoff", BackoffStrategy(10, 10, 1.0, 1000)))
    assert isinstance(result, models.CheckResponse) and clock.sleeps == [0.005]


def test_connection_errors_not_retried_when_configured_off(clock: VirtualClock, mode: str) -> None:
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=f"http://127.0.0.1:{unused_port()}",
        retry_config=RetryConfig("backoff", BackoffStrategy(100, 400, 2.0, 1000), retry_connection_errors=False),
        retry_clock=clock,
    )
    assert isinstance(call(autumn, mode, "check", **CHECK), errors.ConnectionFailedError)
    assert clock.sleeps == []


def test_default_policy_retries_and_honours_retry_after(server: LoopbackServer, clock: VirtualClock) -> None:
    """No configuration at all: 503 with Retry-After is retried after exactly that long."""
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_clock=clock)
    server.enqueue(Reply(503, "", headers={"retry-after": "1"}), Reply(502, ""))
    assert autumn.check(**CHECK).allowed is True
    # The second retry backs off as retry n=1 of the defaults: 0.5 * min(2000, 200 * 2) ms.
    assert clock.sleeps == [1.0, 0.2]
    assert autumn._timeout.read == 5.0  # the default 5 s timeout


def test_one_sync_client_shared_by_8_threads(server: LoopbackServer) -> None:
    import threading

    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url)
    mismatches: list[str] = []

    def work(thread: int) -> None:
        for i in range(25):
            customer = f"cus_{thread}_{i}"
            res = autumn.track(customer_id=customer, feature_id="messages", value=1)
            if res.customer_id != customer:
                mismatches.append(customer)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    autumn.close()
    assert mismatches == []
    assert server.applied() == 8 * 25 and len(server.requests) == 200


def test_one_async_client_with_500_concurrent_calls(server: LoopbackServer) -> None:
    async def main() -> list[tuple[str, str]]:
        # The in-process stdlib server takes seconds for 500 requests (raw httpx too): waits are not timeouts here.
        async with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=60_000) as autumn:
            results = await asyncio.gather(
                *(autumn.check_async(customer_id=f"cus_{i}", feature_id="messages", required_balance=i + 1) for i in range(500))
            )
        return [(r.customer_id, str(r.required_balance)) for r in results]

    answers = asyncio.run(main())
    assert answers == [(f"cus_{i}", str(i + 1)) for i in range(500)]
    assert len(server.requests) == 500


def test_check_answer_carries_the_balance(server: LoopbackServer, client: Autumn) -> None:
    server.enqueue(Reply(200, check_body(allowed=False)))
    assert client.check(**CHECK).allowed is False
