"""The client's lifecycle: forked processes, several event loops, close() during calls.

Real processes (os.fork, multiprocessing), threads and event loops against a loopback server.
"""

from __future__ import annotations

import asyncio
import gc
import json
import multiprocessing
import os
import signal
import threading
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.testing import LocalAutumn
from autumn_sdk.utils import NO_RETRIES
from tests.doubles import wait_until, wait_until_async
from tests.loopback import SECRET_KEY, LoopbackServer, Recorded, Reply

CALLS_PER_CHILD = 15


# -- fork ----------------------------------------------------------------------------------------------------


def _calls_in_child(autumn: Autumn, child: int, mode: str) -> str:
    """Make calls that each name their own customer; return what came back wrong (empty: all right)."""
    wrong: list[str] = []

    def check(answer: models.CheckResponse, customer: str, required: int) -> None:
        if answer.customer_id != customer or answer.required_balance != required:
            wrong.append(f"{customer}/{required} got {answer.customer_id}/{answer.required_balance}")

    if mode == "sync":
        for i in range(CALLS_PER_CHILD):
            customer = f"cus_{child}_{i}"
            check(autumn.check(customer_id=customer, feature_id="messages", required_balance=i + 1), customer, i + 1)
    else:

        async def main() -> None:
            answers = await asyncio.gather(
                *(
                    autumn.check_async(customer_id=f"cus_{child}_{i}", feature_id="messages", required_balance=i + 1)
                    for i in range(CALLS_PER_CHILD)
                )
            )
            for i, answer in enumerate(answers):
                check(answer, f"cus_{child}_{i}", i + 1)

        asyncio.run(main())
    return "; ".join(wrong)


def _fork_children(autumn: Autumn, mode: str, children: int = 4) -> list[str]:
    """Fork ``children`` processes that start their calls together; return each one's report."""
    go_read, go_write = os.pipe()
    reports: list[tuple[int, int]] = []
    for child in range(children):
        report_read, report_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            status = 0
            signal.alarm(30)  # a child that hangs (a lock inherited held) dies instead of hanging the suite
            try:
                os.close(report_read)
                os.read(go_read, 1)
                problem = _calls_in_child(autumn, child, mode)
            except BaseException as exc:
                problem = f"{type(exc).__name__}: {exc}"
            try:
                os.write(report_write, problem.encode() or b"ok")
            finally:
                os._exit(status)
        os.close(report_write)
        reports.append((pid, report_read))
    os.write(go_write, b"x" * children)  # all start at once: a shared socket would interleave them
    results = []
    for pid, report_read in reports:
        chunks = []
        while chunk := os.read(report_read, 65536):
            chunks.append(chunk)
        os.close(report_read)
        os.waitpid(pid, 0)
        results.append(b"".join(chunks).decode())
    os.close(go_read)
    os.close(go_write)
    return results


def test_forked_children_each_get_their_own_answers_sync(server: LoopbackServer) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=3000)
    assert autumn.check(customer_id="cus_parent", feature_id="messages").customer_id == "cus_parent"  # a pooled connection
    assert _fork_children(autumn, "sync") == ["ok"] * 4
    # The parent's own pool is untouched by its children.
    assert autumn.check(customer_id="cus_parent_2", feature_id="messages").customer_id == "cus_parent_2"
    assert len(server.requests) == 2 + 4 * CALLS_PER_CHILD
    autumn.close()


def test_forked_children_each_get_their_own_answers_async(server: LoopbackServer) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=3000)
    loop = asyncio.new_event_loop()  # still open at fork time: its pool holds a live connection
    try:
        parent = loop.run_until_complete(autumn.check_async(customer_id="cus_parent", feature_id="messages"))
        assert parent.customer_id == "cus_parent"
        assert _fork_children(autumn, "async") == ["ok"] * 4
        again = loop.run_until_complete(autumn.check_async(customer_id="cus_parent_2", feature_id="messages"))
        assert again.customer_id == "cus_parent_2"
        loop.run_until_complete(autumn.aclose())
    finally:
        loop.close()
    assert len(server.requests) == 2 + 4 * CALLS_PER_CHILD


_PRELOADED: Autumn | None = None  # what gunicorn --preload leaves in the master before forking workers


def _start_together(barrier: Any) -> None:
    barrier.wait(30)  # every worker starts calling at once: a shared socket would interleave them


def _worker_calls(n: int) -> list[tuple[str, str]]:
    assert _PRELOADED is not None
    answers = []
    for i in range(5):
        customer = f"cus_worker_{n}_{i}"
        answers.append((customer, _PRELOADED.check(customer_id=customer, feature_id="messages").customer_id))
    return answers


def test_a_multiprocessing_fork_pool_after_the_parent_called(server: LoopbackServer) -> None:
    global _PRELOADED
    _PRELOADED = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=3000)
    try:
        _PRELOADED.check(customer_id="cus_master", feature_id="messages")
        context = multiprocessing.get_context("fork")
        with context.Pool(4, initializer=_start_together, initargs=(context.Barrier(4),)) as pool:
            answers = [pair for batch in pool.map(_worker_calls, range(8), chunksize=1) for pair in batch]
        assert all(asked == got for asked, got in answers), answers
    finally:
        _PRELOADED.close()
        _PRELOADED = None


def test_a_lock_held_at_fork_time_does_not_hang_the_child(server: LoopbackServer) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=3000)
    with autumn._lock:  # as if another parent thread was creating the client when the fork happened
        results = _fork_children(autumn, "sync", children=1)
    assert results == ["ok"]
    autumn.close()


# -- more than one event loop --------------------------------------------------------------------------------


def test_one_autumn_in_two_successive_asyncio_runs(server: LoopbackServer) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url)
    for n in range(2):
        answer = asyncio.run(autumn.track_async(customer_id=f"cus_{n}", feature_id="messages", value=1))
        assert answer.customer_id == f"cus_{n}" and answer.failed_open is False
    assert server.applied() == 2 and len(server.requests) == 2
    autumn.close()


def test_the_pytest_fixture_in_a_test_that_runs_two_loops(local_autumn: LocalAutumn, autumn_client: Autumn) -> None:
    before = local_autumn.balance("cus_123", "messages")["remaining"]
    for _ in range(2):
        asyncio.run(autumn_client.track_async(customer_id="cus_123", feature_id="messages", value=1))
    assert local_autumn.balance("cus_123", "messages")["remaining"] == before - 2


async def test_a_pytest_asyncio_test_after_a_sync_one_uses_the_same_autumn(server: LoopbackServer) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url)
    await asyncio.to_thread(lambda: asyncio.run(autumn.check_async(customer_id="cus_other_loop", feature_id="messages")))
    answer = await autumn.check_async(customer_id="cus_this_loop", feature_id="messages")
    assert answer.customer_id == "cus_this_loop"
    await autumn.aclose()


def test_threads_with_their_own_loops_share_one_autumn(server: LoopbackServer) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=30_000)
    wrong: list[str] = []

    def thread(n: int) -> None:
        async def main() -> None:
            for i in range(10):
                customer = f"cus_{n}_{i}"
                answer = await autumn.check_async(customer_id=customer, feature_id="messages")
                if answer.customer_id != customer:
                    wrong.append(customer)

        asyncio.run(main())

    threads = [threading.Thread(target=thread, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == [] and len(server.requests) == 40
    autumn.close()


# -- close() while a call is in flight -----------------------------------------------------------------------


def _held_until(release: threading.Event, server: LoopbackServer) -> Callable[[Recorded], Reply]:
    """A scripted answer that applies the request, then holds its answer until ``release`` is set."""

    def reply(request: Recorded) -> Reply:
        answer = server.apply(request)
        release.wait(10)
        return answer

    return reply


def test_close_on_another_thread_lets_the_call_in_flight_finish(server: LoopbackServer) -> None:
    release = threading.Event()
    server.enqueue(_held_until(release, server))
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=30_000)
    outcome: list[Any] = []
    caller = threading.Thread(target=lambda: outcome.append(autumn.track(customer_id="cus_1", feature_id="messages", value=10)))
    caller.start()
    wait_until(lambda: len(server.requests) == 1)  # the request is on the server, its answer held
    closer = threading.Thread(target=autumn.close)
    closer.start()
    wait_until(lambda: autumn._closed)
    with pytest.raises(RuntimeError, match="this Autumn client is closed"):
        autumn.track(customer_id="cus_1", feature_id="messages", value=10)
    release.set()
    caller.join()
    closer.join()
    assert isinstance(outcome[0], models.TrackResponse) and outcome[0].value == 10
    assert server.applied() == 10 and len(server.requests) == 1  # the call after close sent nothing
    assert autumn._client is None


@pytest.mark.parametrize("durable", [False, True], ids=["memory-outbox", "file-outbox"])
def test_a_call_that_fails_open_after_close_began_is_not_stranded(server: LoopbackServer, tmp_path: Path, durable: bool) -> None:
    """close() has already sent the outbox when this call fails: its change must not sit in a closed client."""
    release = threading.Event()

    def outage(request: Recorded) -> Reply:
        release.wait(10)
        return Reply(503, "")

    server.enqueue(outage)
    path = tmp_path / "outbox.jsonl" if durable else None
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=server.url,
        fail_open=True,
        retry_config=NO_RETRIES,
        outbox_path=path,
    )
    outcome: list[Any] = []

    def track() -> None:
        try:
            outcome.append(autumn.track(customer_id="cus_1", feature_id="messages", value=4))
        except errors.AutumnError as exc:
            outcome.append(exc)

    caller = threading.Thread(target=track)
    caller.start()
    wait_until(lambda: len(server.requests) == 1)
    closer = threading.Thread(target=autumn.close)
    closer.start()
    wait_until(lambda: autumn._closed)
    release.set()
    caller.join()
    closer.join()
    if not durable:  # nothing would ever send it: the caller is told, not answered "allowed"
        assert isinstance(outcome[0], errors.AutumnDefaultError) and outcome[0].status_code == 503
        return
    assert isinstance(outcome[0], models.TrackResponse) and outcome[0].failed_open
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, outbox_path=path) as later:  # the file is free
        assert [json.loads(e.body)["value"] for e in later.outbox.entries()] == [4]
        assert later.flush() == 1
    assert server.applied() == 4


def test_close_under_load_fails_no_call_the_server_applied(server: LoopbackServer) -> None:
    """8 threads track in a loop; close() midway. Each call either succeeds, or raises "closed"
    having sent nothing: the server's count equals the successes, so no failed call was applied."""
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=30_000)
    outcomes: list[str] = []

    def worker(n: int) -> None:
        for _ in range(300):  # bounded, should close() ever fail to stop the calls
            try:
                autumn.track(customer_id=f"cus_{n}", feature_id="messages", value=1)
            except RuntimeError as exc:
                outcomes.append("closed" if "this Autumn client is closed" in str(exc) else repr(exc))
                return
            except Exception as exc:
                outcomes.append(repr(exc))
                return
            outcomes.append("ok")

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    wait_until(lambda: len(server.requests) >= 80)
    autumn.close()
    for t in threads:
        t.join()
    assert sorted(set(outcomes)) == ["closed", "ok"], [o for o in outcomes if o not in ("ok", "closed")]
    assert outcomes.count("closed") == 8
    assert server.applied() == outcomes.count("ok") == len(server.requests)


async def test_aclose_lets_the_async_calls_in_flight_finish(server: LoopbackServer) -> None:
    release = threading.Event()
    server.enqueue(*[_held_until(release, server) for _ in range(3)])
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=30_000)
    calls = [asyncio.ensure_future(autumn.track_async(customer_id="cus_1", feature_id="messages", value=1)) for _ in range(3)]
    await asyncio.to_thread(wait_until, lambda: len(server.requests) == 3)
    closing = asyncio.ensure_future(autumn.aclose())
    await asyncio.sleep(0.01)
    with pytest.raises(RuntimeError, match="closed"):
        await autumn.check_async(customer_id="cus_1", feature_id="messages")
    release.set()
    answers = await asyncio.gather(*calls)
    await closing
    assert [a.value for a in answers] == [1, 1, 1] and server.applied() == 3
    assert len(server.requests) == 3


def test_sync_close_while_an_async_call_is_in_flight_on_another_threads_loop(server: LoopbackServer) -> None:
    release = threading.Event()
    server.enqueue(_held_until(release, server))
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=30_000)
    outcome: list[Any] = []
    created: list[httpx.AsyncClient] = []

    async def main() -> None:
        task = asyncio.ensure_future(autumn.track_async(customer_id="cus_1", feature_id="messages", value=5))
        await asyncio.sleep(0)
        assert autumn._current_loop_client is not None
        created.append(autumn._current_loop_client.client)
        outcome.append(await task)
        await asyncio.sleep(0.05)  # the loop keeps running while close() hands the client's closing to it

    loop_thread = threading.Thread(target=lambda: asyncio.run(main()))
    loop_thread.start()
    wait_until(lambda: len(server.requests) == 1)
    autumn.close()
    release.set()
    loop_thread.join()
    assert isinstance(outcome[0], models.TrackResponse) and server.applied() == 5
    assert created[0].is_closed


# -- sync close() after async calls closes the SDK's AsyncClient too -----------------------------------------


def _resource_warnings(run: Callable[[], None]) -> list[str]:
    gc.collect()  # what earlier tests left for the collector warns now, outside the record: only run()'s counts
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run()
        gc.collect()
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_sync_with_after_asyncio_run_closes_the_async_client(server: LoopbackServer) -> None:
    created: list[httpx.AsyncClient] = []

    def run() -> None:
        with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
            asyncio.run(autumn.check_async(customer_id="cus_1", feature_id="messages"))
            autumn.check(customer_id="cus_1", feature_id="messages")
            assert autumn._current_loop_client is not None
            created.append(autumn._current_loop_client.client)

    assert _resource_warnings(run) == []
    assert created[0].is_closed


@pytest.mark.parametrize("then", ["return-at-once", "yield-a-few-times", "keep-running"])
def test_sync_with_inside_async_code_closes_the_async_client(server: LoopbackServer, then: str) -> None:
    created: list[httpx.AsyncClient] = []

    def run() -> None:
        async def main() -> None:
            with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
                # Several pooled connections: closing them takes several turns of the loop.
                await asyncio.gather(*(autumn.check_async(customer_id="cus_1", feature_id="messages") for _ in range(5)))
                assert autumn._current_loop_client is not None
                created.append(autumn._current_loop_client.client)
            if then == "yield-a-few-times":
                for _ in range(3):
                    await asyncio.sleep(0)
            elif then == "keep-running":
                # Closed while the loop runs on, not only at its end. (is_closed turns true as aclose() begins;
                # the connections close a few turns later, when the SDK's closing task ends.)
                await wait_until_async(lambda: created[0].is_closed and not autumn._closing_tasks)

        asyncio.run(main())

    assert _resource_warnings(run) == []
    assert created[0].is_closed


def test_sync_close_of_a_loop_that_is_not_running_closes_its_client(server: LoopbackServer) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(autumn.check_async(customer_id="cus_1", feature_id="messages"))
        assert autumn._current_loop_client is not None
        created = autumn._current_loop_client.client
        autumn.close()
        assert created.is_closed
    finally:
        loop.close()


def test_a_callers_async_client_on_a_second_loop_fails_before_sending(server: LoopbackServer) -> None:
    own = httpx.AsyncClient()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, async_client=own, fail_open=True)
    asyncio.run(autumn.track_async(customer_id="cus_1", feature_id="messages", value=1))
    with pytest.raises(RuntimeError, match="first used on an event loop that is now closed"):
        asyncio.run(autumn.track_async(customer_id="cus_1", feature_id="messages", value=1))
    assert len(server.requests) == 1 and server.applied() == 1 and len(autumn.outbox) == 0


def test_the_fork_hook_does_not_keep_a_client_alive() -> None:
    import weakref

    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY)
    ref = weakref.ref(autumn)
    del autumn
    gc.collect()
    assert ref() is None


def test_a_client_the_parent_closed_before_forking_works_in_the_child(server: LoopbackServer) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=3000)
    autumn.check(customer_id="cus_parent", feature_id="messages")
    autumn.close()  # a preloading parent releasing what it holds before forking its workers
    assert _fork_children(autumn, "sync", children=2) == ["ok"] * 2
    with pytest.raises(RuntimeError, match="closed"):
        autumn.check(customer_id="cus_parent", feature_id="messages")  # still closed in the parent
