"""track_nowait: queued at once, sent by background threads, every change applied exactly once.

The loopback server claims each Idempotency-Key once and answers 409 to a repeat, as Autumn does,
so ``server.applied()`` is the usage the API would bill.
"""

from __future__ import annotations

import json
import logging
import random
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from pathlib import Path

import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.utils import NO_RETRIES, BackoffStrategy, RetryConfig
from tests.conftest import ROOT
from tests.doubles import wait_until
from tests.loopback import SECRET_KEY, LoopbackServer, Recorded, Reply

FAST_RETRIES = RetryConfig("backoff", BackoffStrategy(1, 5, 2.0, 10_000), max_retries=5)


def _applied_keys(server: LoopbackServer) -> Counter[str]:
    """How many times each key was answered 2XX by the model (a 409 repeat is not counted)."""
    return Counter(
        r.headers["idempotency-key"] for r in server.requests if r.path == "/v1/balances.track" and "idempotency-key" in r.headers
    )


def test_changes_are_queued_at_once_and_each_delivered_once(server: LoopbackServer) -> None:
    # 2.1: its track has no timestamp, so each body is exactly what was queued (2.3 dates it: tests/client).
    with Autumn(secret_key=SECRET_KEY, server_url=server.url, x_api_version="2.1") as autumn:
        for i in range(200):
            assert autumn.track_nowait(customer_id="cus_1", feature_id="messages", value=1, idempotency_key=f"k{i}") is None
        assert autumn.flush() == 0  # the queue is delivered first; the outbox had nothing
        assert (autumn.nowait.delivered, autumn.nowait.kept, autumn.nowait.failed, len(autumn.nowait)) == (200, 0, 0, 0)
    assert server.applied() == 200
    assert set(_applied_keys(server)) == {f"k{i}" for i in range(200)}
    bodies = [r.json for r in server.requests]
    assert all(b == {"customer_id": "cus_1", "feature_id": "messages", "value": 1} for b in bodies)
    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {SECRET_KEY}"}


def test_several_changes_are_in_flight_at_once(server: LoopbackServer) -> None:
    in_flight, most = 0, 0
    lock = threading.Lock()
    two = threading.Event()

    def slow(request: Recorded) -> Reply:
        nonlocal in_flight, most
        with lock:
            in_flight += 1
            most = max(most, in_flight)
            if in_flight > 1:
                two.set()
        two.wait(30)  # the first answer waits until a second change is in flight (the bound only guards a hang)
        with lock:
            in_flight -= 1
        return server.apply(request)

    server.next_reply = slow  # type: ignore[method-assign]
    with Autumn(secret_key=SECRET_KEY, server_url=server.url) as autumn:
        for _ in range(40):
            autumn.track_nowait(customer_id="cus_1", feature_id="messages")
        autumn.flush()
    assert server.applied() == 40 and most > 1


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"customer_id": 7, "feature_id": "messages"}, TypeError),
        ({"customer_id": "c"}, TypeError),  # neither feature_id nor event_name
        ({"customer_id": "c", "feature_id": "messages", "value": float("nan")}, ValueError),
        ({"customer_id": "c", "feature_id": "messages", "http_headers": {"Idempotency-Key": "x"}}, ValueError),
        ({"customer_id": "c", "feature_id": "messages", "server_url": "ftp://x"}, ValueError),
        ({"customer_id": "c", "feature_id": "messages", "timeout_ms": -1}, ValueError),
    ],
)
def test_bad_input_raises_at_once_and_queues_nothing(server: LoopbackServer, kwargs: dict[str, object], error: type) -> None:
    with Autumn(secret_key=SECRET_KEY, server_url=server.url) as autumn:
        with pytest.raises(error):
            autumn.track_nowait(**kwargs)  # type: ignore[arg-type]
        assert len(autumn.nowait) == 0
    assert server.requests == []


def test_after_close_it_raises(server: LoopbackServer) -> None:
    autumn = Autumn(secret_key=SECRET_KEY, server_url=server.url)
    autumn.close()
    with pytest.raises(RuntimeError, match="closed"):
        autumn.track_nowait(customer_id="c", feature_id="messages")


def test_close_delivers_the_queue(server: LoopbackServer) -> None:
    autumn = Autumn(secret_key=SECRET_KEY, server_url=server.url)
    for _ in range(50):
        autumn.track_nowait(customer_id="c", feature_id="messages", value=2)
    autumn.close()
    assert server.applied() == 100


# -- a full queue ---------------------------------------------------------------------------------------


def _held(server: LoopbackServer, when_full: str) -> tuple[Autumn, threading.Event]:
    """A client with one sender and room for two queued changes, whose first change is held by the server."""
    release = threading.Event()

    def held(request: Recorded) -> Reply:
        release.wait(10)
        return server.apply(request)

    server.next_reply = held  # type: ignore[method-assign]
    autumn = Autumn(secret_key=SECRET_KEY, server_url=server.url, nowait_when_full=when_full)
    autumn.nowait._workers, autumn.nowait.capacity = 1, 2
    autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key="in-flight")
    wait_until(lambda: len(server.requests) == 1)  # the one sender is busy with it
    autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key="q1")
    autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key="q2")
    return autumn, release


def test_a_full_queue_raises_when_told_to(server: LoopbackServer) -> None:
    autumn, release = _held(server, "raise")
    with pytest.raises(errors.QueueFullError, match="full"):
        autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key="refused")
    release.set()
    autumn.close()
    assert set(_applied_keys(server)) == {"in-flight", "q1", "q2"} and server.applied() == 3


def test_a_full_queue_drops_and_counts_when_told_to(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    autumn, release = _held(server, "drop")
    autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key="dropped")
    assert autumn.nowait.dropped == 1
    assert any("dropped the change with Idempotency-Key dropped" in r.getMessage() for r in caplog.records)
    release.set()
    autumn.close()
    assert set(_applied_keys(server)) == {"in-flight", "q1", "q2"}


def test_a_full_queue_blocks_by_default_until_there_is_room(server: LoopbackServer) -> None:
    autumn, release = _held(server, "block")
    done = threading.Event()

    def blocked() -> None:
        autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key="waited")
        done.set()

    thread = threading.Thread(target=blocked)
    thread.start()
    assert not done.wait(0.2)  # still waiting for room
    release.set()
    thread.join(10)
    assert done.is_set()
    autumn.close()
    assert set(_applied_keys(server)) == {"in-flight", "q1", "q2", "waited"}


def test_nowait_when_full_must_be_known() -> None:
    with pytest.raises(ValueError, match="nowait_when_full"):
        Autumn(secret_key=SECRET_KEY, nowait_when_full="wait")


# -- what cannot be delivered ---------------------------------------------------------------------------


def test_an_outage_hands_the_changes_to_the_outbox_and_replay_delivers_them(server: LoopbackServer) -> None:
    server.next_reply = lambda request: Reply(503, "")  # type: ignore[method-assign]
    with Autumn(secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES) as autumn:
        for i in range(30):
            autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key=f"k{i}")
        autumn.nowait.wait_idle()
        assert len(autumn.outbox) == 30 and autumn.nowait.kept == 30
        # While it is down, most are not even sent: the senders pause instead of queueing behind timeouts.
        assert len(server.requests) < 30
        del server.next_reply  # the API is back
        assert autumn.flush() == 30
    assert server.applied() == 30 and set(_applied_keys(server)) >= {f"k{i}" for i in range(30)}


def test_a_change_the_api_refuses_for_good_is_counted_and_logged(
    server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.next_reply = lambda request: Reply(404, {"message": "no", "code": "customer_not_found"})  # type: ignore[method-assign]
    with Autumn(secret_key=SECRET_KEY, server_url=server.url) as autumn:
        autumn.track_nowait(customer_id="nobody", feature_id="messages", idempotency_key="gone")
        autumn.flush()
        assert (autumn.nowait.failed, len(autumn.outbox)) == (1, 0)
    errors_logged = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any("Idempotency-Key gone for good" in m for m in errors_logged)


# -- the fault test: 503s, lost answers and a restart, every change applied once ---------------------------

SCRIPT = textwrap.dedent(
    """
    import json, logging, sys
    from autumn_sdk import Autumn
    from autumn_sdk.utils import BackoffStrategy, RetryConfig

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    url, path, first, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    retries = RetryConfig("backoff", BackoffStrategy(1, 5, 2.0, 10_000), max_retries=5)
    autumn = Autumn(secret_key="{key}", server_url=url, outbox_path=path, retry_config=retries)
    for i in range(first, first + count):
        autumn.track_nowait(customer_id="cus_1", feature_id="messages", value=1, idempotency_key=f"k{{i}}")
    # Exits without close(): the exit hook sends what it can within its budget; the rest stays in the file.
    """
).format(key=SECRET_KEY)


def test_every_change_is_applied_exactly_once_through_503s_lost_answers_and_a_restart(
    server: LoopbackServer, tmp_path: Path
) -> None:
    chance = random.Random(15)
    lock = threading.Lock()
    phase = {"down": False}

    def faulty(request: Recorded) -> Reply:
        with lock:
            roll = chance.random()
            down = phase["down"]
        if down:
            return Reply(503, "")
        if roll < 0.15:
            return Reply(503, "")
        if roll < 0.30:  # applied, then the answer is lost: the retry (same key) meets 409
            server.apply(request)
            return Reply(fault="reset")
        return server.apply(request)

    server.next_reply = faulty  # type: ignore[method-assign]
    path = tmp_path / "outbox.jsonl"
    script = tmp_path / "producer.py"
    script.write_text(SCRIPT)
    env = {"PYTHONPATH": str(ROOT)}
    # Run 1: 300 changes under mixed faults; the process exits without close().
    first = subprocess.run(
        [sys.executable, str(script), server.url, str(path), "0", "300"], env=env, capture_output=True, text=True, timeout=60
    )
    assert first.returncode == 0, first.stderr
    # Run 2: the API goes down mid-way; what the exit hook cannot send stays in the file.
    with lock:
        phase["down"] = True
    second = subprocess.run(
        [sys.executable, str(script), server.url, str(path), "300", "100"], env=env, capture_output=True, text=True, timeout=60
    )
    assert second.returncode == 0, second.stderr
    assert "kept in" in second.stderr and str(path) in second.stderr
    # A restart: a new process with the same outbox_path delivers the rest once the API is back.
    with lock:
        phase["down"] = False
    server.next_reply = server.apply  # type: ignore[method-assign]
    with Autumn(secret_key=SECRET_KEY, server_url=server.url, outbox_path=path, retry_config=FAST_RETRIES) as autumn:
        autumn.flush()
        assert len(autumn.outbox) == 0 and autumn.outbox.parked == 0
    assert server.applied() == 400  # each of the 400 changes counted once, none twice, none lost
    assert set(server.claimed_keys) == {f"k{i}" for i in range(400)}
    retried_with_the_same_key = [key for key, n in _applied_keys(server).items() if n > 1]
    assert retried_with_the_same_key  # the faults did happen, and repeats of a key were refused (409)


def test_track_nowait_from_async_code_returns_at_once(server: LoopbackServer) -> None:
    import asyncio

    async def main() -> None:
        async with Autumn(secret_key=SECRET_KEY, server_url=server.url) as autumn:
            for _ in range(20):
                autumn.track_nowait(customer_id="c", feature_id="messages")
            await autumn.flush_async()
            assert autumn.nowait.delivered == 20

    asyncio.run(main())
    assert server.applied() == 20 and json.loads(server.requests[0].body)["customer_id"] == "c"


def test_an_answer_a_person_must_look_at_is_kept_parked(server: LoopbackServer) -> None:
    server.next_reply = lambda request: Reply(403, "<html>forbidden by the proxy</html>")  # type: ignore[method-assign]
    with Autumn(secret_key=SECRET_KEY, server_url=server.url) as autumn:
        autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key="odd")
        autumn.flush()
        [parked] = autumn.outbox.parked_entries()
        assert parked.idempotency_key == "odd" and "403" in str(parked.park_reason)
        assert (autumn.nowait.kept, autumn.nowait.failed, len(autumn.outbox)) == (1, 0, 0)
