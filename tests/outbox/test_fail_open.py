"""Autumn(x_api_version="2.1", fail_open=True): answers while the API is unreachable, and loses no usage (the outbox)."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path

import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import NO_RETRIES
from tests.doubles import wait_until, wait_until_async
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, error_body, unused_port


def _down() -> str:
    return f"http://127.0.0.1:{unused_port()}"


def test_unreachable_api_fails_open_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="autumn_sdk")
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        check = autumn.check(customer_id="cus_1", feature_id="messages")
        track = autumn.track(customer_id="cus_1", feature_id="messages", value=3)
        assert (check.allowed, check.customer_id, check.balance, check.failed_open) == (True, "cus_1", None, True)
        assert (track.value, track.balance, track.customer_id, track.failed_open) == (0, None, "cus_1", True)
        assert "failed_open" not in check.to_dict()  # a marker, never sent or received
        assert len(autumn.outbox) == 1  # the track; a read-only check changes nothing
        autumn.check(customer_id="cus_1", feature_id="messages", send_event=True)
        assert len(autumn.outbox) == 2  # a check that consumes balance is kept too
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(m.startswith("check failed open") and "ConnectionFailedError" in m for m in warnings)
    assert any(m.startswith("track failed open") and "kept in the outbox" in m and "in memory only" in m for m in warnings)
    lost = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert any("2 unsent balance change(s), lost: in memory only (no outbox_path)" in m for m in lost)


def test_5xx_after_retries_fails_open(server: LoopbackServer) -> None:
    server.enqueue(Reply(503, "<html>down</html>"))
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        assert autumn.track(customer_id="c", feature_id="messages").failed_open is True
        real = autumn.check(customer_id="c", feature_id="messages")
        assert real.failed_open is False and real.balance is not None


@pytest.mark.parametrize(
    "reply",
    [
        error_body("invalid_inputs", "bad", 400),
        error_body("customer_not_found", "nope", 404),
        error_body("rate_limited", "slow", 429),
        Reply(200, "<html/>"),
    ],
    ids=["400", "404", "429", "bad-2xx"],
)
def test_4xx_and_bad_answers_never_fail_open(server: LoopbackServer, reply: Reply) -> None:
    server.enqueue(reply)
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        with pytest.raises(errors.AutumnError):
            autumn.track(customer_id="c", feature_id="messages")
        assert len(autumn.outbox) == 0


def test_fail_open_is_off_by_default() -> None:
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), retry_config=NO_RETRIES) as autumn:
        with pytest.raises(errors.ConnectionFailedError):
            autumn.track(customer_id="c", feature_id="messages")
        assert len(autumn.outbox) == 0


def test_outbox_replays_after_an_outage_exactly_once(server: LoopbackServer) -> None:
    server.enqueue(*[Reply(503, "") for _ in range(3)])
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        for value in (1, 2, 3):
            assert autumn.track(customer_id="c", feature_id="messages", value=value).failed_open
        keys = [r.headers["idempotency-key"] for r in server.requests]
        assert len(autumn.outbox) == 3 and server.applied() == 0
        # The API is back: the next call succeeds and the outbox drains in the background.
        assert autumn.check(customer_id="c", feature_id="messages").failed_open is False
        wait_until(lambda: len(autumn.outbox) == 0)
    assert server.applied() == 6
    replayed = [r for r in server.requests[4:] if r.path == "/v1/balances.track"]
    assert [r.headers["idempotency-key"] for r in replayed] == keys  # same keys, oldest first
    assert [r.json["value"] for r in replayed] == [1, 2, 3]


def test_outbox_replays_after_an_outage_async(server: LoopbackServer) -> None:
    server.enqueue(*[Reply(502, "") for _ in range(2)])

    async def main() -> int:
        async with Autumn(
            x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
        ) as autumn:
            await autumn.track_async(customer_id="c", feature_id="messages", value=5)
            await autumn.check_async(customer_id="c", feature_id="messages", send_event=True, required_balance=2)
            pending = len(autumn.outbox)
            await autumn.check_async(customer_id="c", feature_id="messages")
            await wait_until_async(lambda: not autumn.outbox)
        return pending

    assert asyncio.run(main()) == 2
    assert server.applied() == 7


def test_replay_of_a_change_that_was_applied_counts_once(server: LoopbackServer) -> None:
    """The server applied the track, then a proxy answered 502: replay gets 409 and is done."""
    server.enqueue(Reply(502, "<html>gateway</html>", apply=True))
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        assert autumn.track(customer_id="c", feature_id="messages", value=4).failed_open
        assert autumn.flush() == 1
        assert len(autumn.outbox) == 0 and autumn.outbox.dropped == 0
    assert server.applied() == 4
    assert server.requests[-1].headers["idempotency-key"] == server.requests[0].headers["idempotency-key"]


def test_replay_refused_for_good_is_dropped_and_logged(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    server.enqueue(Reply(503, ""), Reply(503, ""))
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        autumn.track(customer_id="gone", feature_id="messages", value=1)
        autumn.track(customer_id="c", feature_id="messages", value=2)
        server.enqueue(error_body("customer_not_found", "Customer gone not found", 404))
        assert autumn.flush() == 1  # delivered; the refused one is counted apart
        assert len(autumn.outbox) == 0 and autumn.outbox.dropped == 1 and autumn.outbox.parked == 0
    assert server.applied() == 2
    assert any("refused" in r.getMessage() and "customer_not_found" in r.getMessage() for r in caplog.records)


def test_flush_stops_while_the_api_is_still_down(server: LoopbackServer) -> None:
    server.enqueue(Reply(503, ""), Reply(503, ""), Reply(503, ""))
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        autumn.track(customer_id="c", feature_id="messages")
        autumn.track(customer_id="c", feature_id="messages")
        assert autumn.flush() == 0 and len(autumn.outbox) == 2  # the third 503: nothing lost, nothing reordered
        assert autumn.flush() == 2
    assert server.applied() == 2


def test_close_flushes_the_outbox(server: LoopbackServer) -> None:
    server.enqueue(Reply(504, None))
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, retry_config=NO_RETRIES)
    autumn.track(customer_id="c", feature_id="messages", value=9)
    autumn.close()
    assert server.applied() == 9 and len(autumn.outbox) == 0


def test_outbox_is_bounded_and_counts_what_it_drops(caplog: pytest.LogCaptureFixture) -> None:
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), fail_open=True, retry_config=NO_RETRIES, outbox_limit=2
    ) as autumn:
        for value in (1, 2, 3, 4):
            autumn.track(customer_id="c", feature_id="messages", value=value)
        assert len(autumn.outbox) == 2 and autumn.outbox.dropped == 2
        assert [json.loads(e.body)["value"] for e in autumn.outbox.entries()] == [3, 4]
    assert sum("outbox full" in r.getMessage() for r in caplog.records) == 2


def test_file_outbox_survives_a_restart(tmp_path: Path, server: LoopbackServer) -> None:
    path = tmp_path / "outbox.jsonl"
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), fail_open=True, retry_config=NO_RETRIES, outbox_path=path
    ) as autumn:
        for value in (1, 2, 3):
            autumn.track(customer_id="c", feature_id="messages", value=value)
        keys = [e.idempotency_key for e in autumn.outbox.entries()]
    # A new process: the outbox is read back and replayed against the API, which is up again.
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True, outbox_path=path) as autumn:
        assert len(autumn.outbox) == 3
        assert autumn.flush() == 3
    assert server.applied() == 6
    assert [r.headers["idempotency-key"] for r in server.requests] == keys
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, outbox_path=path) as autumn:
        assert len(autumn.outbox) == 0
    assert path.read_text() == ""  # compacted


def test_torn_write_loses_only_that_record(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "outbox.jsonl"
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), fail_open=True, retry_config=NO_RETRIES, outbox_path=path
    ) as autumn:
        autumn.track(customer_id="c", feature_id="messages", value=1)
        autumn.track(customer_id="c", feature_id="messages", value=2)
    with open(path, "ab") as journal:  # a crash in the middle of writing a third record
        journal.write(b'{"add":"k3","operation":"track","path":"/v1/balances.tr')
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), fail_open=True, retry_config=NO_RETRIES, outbox_path=path
    ) as autumn:
        assert [json.loads(e.body)["value"] for e in autumn.outbox.entries()] == [1, 2]
        autumn.track(customer_id="c", feature_id="messages", value=3)  # appends cleanly after the torn line
    assert any("1 unreadable line(s) moved to" in r.getMessage() and "cut short" in r.getMessage() for r in caplog.records)
    assert path.with_name("outbox.jsonl.corrupt").read_bytes().startswith(b'{"add":"k3"')  # kept aside, not erased
    lines = path.read_bytes().splitlines()
    assert all(json.loads(line) for line in lines)
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), outbox_path=path) as autumn:
        assert [json.loads(e.body)["value"] for e in autumn.outbox.entries()] == [1, 2, 3]


def test_file_outbox_belongs_to_one_process_at_a_time(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    first = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, outbox_path=path)
    with pytest.raises(ValueError, match="in use"):
        Autumn(x_api_version="2.1", secret_key=SECRET_KEY, outbox_path=path)
    first.close()
    Autumn(x_api_version="2.1", secret_key=SECRET_KEY, outbox_path=path).close()


def test_failed_open_result_type_is_the_real_model() -> None:
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        res = autumn.check(customer_id="c", feature_id="f")
    assert isinstance(res, models.CheckResponse)
