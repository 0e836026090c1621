"""The outbox journal: full disks, the event loop, run-time compaction, corrupt lines, fork."""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from autumn_sdk import Autumn
from autumn_sdk import _journal as journal_module
from autumn_sdk.utils import NO_RETRIES
from tests.doubles import wait_until_async
from tests.loopback import SECRET_KEY, LoopbackServer, unused_port


def _down() -> str:
    return f"http://127.0.0.1:{unused_port()}"


def _failing_open(path: Path, **kwargs: Any) -> Autumn:
    return Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=_down(),
        fail_open=True,
        retry_config=NO_RETRIES,
        outbox_path=path,
        **kwargs,
    )


def _values(autumn: Autumn) -> list[Any]:
    return [json.loads(e.body)["value"] for e in autumn.outbox.entries()]


# -- a full disk ---------------------------------------------------------------------------------------------


def test_short_writes_never_tear_a_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "outbox.jsonl"
    real_write = os.write

    def short_write(fd: int, data: Any) -> int:  # a disk that takes at most 7 bytes per call
        return real_write(fd, bytes(data[:7]))

    with _failing_open(path) as autumn:
        monkeypatch.setattr(os, "write", short_write)
        for value in range(1, 9):
            assert autumn.track(customer_id="c", feature_id="messages", value=value).failed_open
        monkeypatch.setattr(os, "write", real_write)
    with _failing_open(path) as autumn:  # a restart reads all eight back
        assert _values(autumn) == list(range(1, 9))
    assert not path.with_name("outbox.jsonl.corrupt").exists()


def test_a_full_disk_keeps_failing_open_in_memory_and_says_it_is_not_durable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "outbox.jsonl"
    real_write = os.write
    with _failing_open(path) as autumn:
        autumn.track(customer_id="c", feature_id="messages", value=1)

        def no_space(fd: int, data: Any) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "write", no_space)
        res = autumn.track(customer_id="c", feature_id="messages", value=2)  # no OSError reaches the caller
        assert res.failed_open and res.value == 0
        assert _values(autumn) == [1, 2] and not autumn.outbox.durable
        res = autumn.track(customer_id="c", feature_id="messages", value=3)
        assert res.failed_open
        monkeypatch.setattr(os, "write", real_write)  # space again: the next change rewrites the journal whole
        autumn.track(customer_id="c", feature_id="messages", value=4)
        assert autumn.outbox.durable
    not_durable = [r for r in caplog.records if r.levelno == logging.ERROR and "NOT durable" in r.getMessage()]
    assert len(not_durable) == 1  # once per episode, not once per change
    assert any("in memory only" in r.getMessage() for r in caplog.records if r.getMessage().startswith("track failed open"))
    with _failing_open(path) as autumn:
        assert _values(autumn) == [1, 2, 3, 4]


def test_a_write_cut_short_by_a_full_disk_is_repaired(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "outbox.jsonl"
    real_write = os.write
    calls = {"n": 0}

    def half_then_full(fd: int, data: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))  # half a record lands on disk …
        raise OSError(errno.ENOSPC, "No space left on device")  # … then nothing more fits

    with _failing_open(path) as autumn:
        autumn.track(customer_id="c", feature_id="messages", value=1)
        monkeypatch.setattr(os, "write", half_then_full)
        assert autumn.track(customer_id="c", feature_id="messages", value=2).failed_open
        monkeypatch.setattr(os, "write", real_write)
        autumn.track(customer_id="c", feature_id="messages", value=3)  # not glued onto the torn half
    with _failing_open(path) as autumn:
        assert _values(autumn) == [1, 2, 3]


def test_a_full_disk_in_async_code_never_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "outbox.jsonl"

    def no_space(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    async def main() -> list[Any]:
        async with _failing_open(path) as autumn:
            monkeypatch.setattr(os, "write", no_space)
            res = await autumn.track_async(customer_id="c", feature_id="messages", value=5)
            assert res.failed_open
            # The journal writes on a thread of its own: wait until it has met the full disk, so the
            # test does not depend on which comes first, that write or the space coming back.
            await wait_until_async(lambda: not autumn.outbox.durable)
            values = _values(autumn)
            monkeypatch.undo()  # space again: the next change rewrites the journal whole
            assert (await autumn.track_async(customer_id="c", feature_id="messages", value=6)).failed_open
            await wait_until_async(lambda: autumn.outbox.durable)
            return values

    assert asyncio.run(main()) == [5]
    with _failing_open(path) as autumn:
        assert _values(autumn) == [5, 6]


# -- no fsync on the event loop ------------------------------------------------------------------------------


def test_track_async_failing_open_does_not_fsync_on_the_event_loop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "outbox.jsonl"
    real_fsync = os.fsync
    fsync_threads: list[str] = []

    def recording_fsync(fd: int) -> None:
        fsync_threads.append(threading.current_thread().name)
        real_fsync(fd)

    async def main() -> None:
        async with _failing_open(path) as autumn:
            monkeypatch.setattr(os, "fsync", recording_fsync)
            loop_thread = threading.current_thread().name
            for value in (1, 2, 3):
                assert (await autumn.track_async(customer_id="c", feature_id="messages", value=value)).failed_open
            autumn.outbox._journal.wait_durable(autumn.outbox._journal.queued_seq())  # type: ignore[union-attr]
            assert fsync_threads and loop_thread not in fsync_threads

    asyncio.run(main())
    with _failing_open(path) as autumn:  # durable once written: a restart reads them back
        assert _values(autumn) == [1, 2, 3]


def test_sync_track_failing_open_is_durable_when_it_returns(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    autumn = _failing_open(path)
    autumn.track(customer_id="c", feature_id="messages", value=8)
    # Read while the client is still open (no close, no flush): the record is already on disk.
    records = [json.loads(line) for line in path.read_bytes().splitlines()]
    assert [r["body"]["value"] for r in records if "add" in r] == [8]
    autumn.close()


# -- compaction at run time ----------------------------------------------------------------------------------


def test_the_journal_is_compacted_at_run_time(tmp_path: Path, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journal_module, "COMPACT_AFTER_DEAD", 10)
    path = tmp_path / "outbox.jsonl"
    with Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=server.url,
        fail_open=True,
        retry_config=NO_RETRIES,
        outbox_path=path,
    ) as autumn:
        for _ in range(30):  # each change fails open, then is delivered: two records, both dead afterwards
            autumn.track(customer_id="c", feature_id="messages", server_url=_down())
            autumn.outbox.entries()[0].server_url = None
            assert autumn.flush() == 1
        down = _down()
        autumn.track(customer_id="c", feature_id="messages", value=2, server_url=down)
        lines = path.read_bytes().splitlines()
        assert len(lines) < 25  # 61 records were written; compaction kept the file small
        assert sum("add" in json.loads(line) and "done" not in json.loads(line) for line in lines) >= 1
    with Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=down, outbox_path=path
    ) as autumn:  # replayed only to its own server
        assert _values(autumn) == [2]


# -- corrupt lines are kept aside, unknown routes never replayed ---------------------------------------------


def _record(key: str, value: int, operation: str = "track", route_path: str = "/v1/balances.track") -> bytes:
    body = {"customer_id": "c", "feature_id": "messages", "value": value}
    record = {"add": key, "operation": operation, "path": route_path, "body": body, "server_url": None, "created_at": time.time()}
    return json.dumps(record).encode() + b"\n"


def test_corrupt_lines_in_the_middle_are_kept_aside(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "outbox.jsonl"
    path.write_bytes(_record("k1", 1) + b'{"add":"k2","operation":"tr\x00\xff garbage\n' + _record("k3", 3) + b"[1, 2]\n")
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), outbox_path=path) as autumn:
        assert _values(autumn) == [1, 3]
    corrupt = path.with_name("outbox.jsonl.corrupt").read_bytes().splitlines()
    assert corrupt == [b'{"add":"k2","operation":"tr\x00\xff garbage', b"[1, 2]"]
    message = next(r.getMessage() for r in caplog.records if "unreadable" in r.getMessage())
    assert "2 unreadable line(s)" in message and "2 in the middle" in message and "cut short" not in message
    assert b"garbage" not in path.read_bytes()  # compacted, but nothing erased: the lines are in .corrupt


@pytest.mark.parametrize(
    "operation, route_path",
    [("track", "/v1/customers.delete"), ("delete_customer", "/v1/balances.track"), ("check", "/v1/balances.check")],
    ids=["unknown-path", "unknown-operation", "read-only-check"],
)
def test_entries_for_routes_the_sdk_does_not_replay_are_never_sent(
    tmp_path: Path, server: LoopbackServer, operation: str, route_path: str
) -> None:
    path = tmp_path / "outbox.jsonl"
    path.write_bytes(_record("bad", 1, operation, route_path) + _record("good", 2))
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, outbox_path=path) as autumn:
        assert [e.idempotency_key for e in autumn.outbox.entries()] == ["good"]
        assert autumn.flush() == 1
    assert [(r.path, r.headers["idempotency-key"]) for r in server.requests] == [("/v1/balances.track", "good")]
    assert b'"bad"' in path.with_name("outbox.jsonl.corrupt").read_bytes()


def test_a_journalled_check_with_send_event_is_replayed_as_itself(tmp_path: Path, server: LoopbackServer) -> None:
    """A journalled check is sent to its own route with its own key: only there can the key be recognised."""
    path = tmp_path / "outbox.jsonl"
    body = {"customer_id": "c", "feature_id": "messages", "required_balance": 4, "send_event": True}
    record = {"add": "old", "operation": "check", "path": "/v1/balances.check", "body": body, "created_at": time.time()}
    path.write_bytes(json.dumps(record).encode() + b"\n")
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, outbox_path=path) as autumn:
        assert autumn.flush() == 1
    assert server.requests[0].path == "/v1/balances.check" and server.requests[0].headers["idempotency-key"] == "old"
    assert server.applied() == 4


# -- fork ----------------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
@pytest.mark.parametrize("hook", [True, False], ids=["at-fork-hook", "no-hook"])
def test_a_forked_child_never_writes_the_parents_journal(tmp_path: Path, hook: bool) -> None:
    path = tmp_path / "outbox.jsonl"
    autumn = _failing_open(path)
    autumn.track(customer_id="c", feature_id="messages", value=1)
    report = tmp_path / "child.json"
    pid = os.fork()
    if pid == 0:  # the child: report what it sees, never return into pytest
        code = 1
        try:
            if hook:
                autumn._replayer.reset_after_fork()  # what the SDK's os.register_at_fork hook does
                autumn._replayer.reset_after_fork()  # a second call (the hook and us) is harmless
            # Without the hook, the outbox notices the new pid itself before touching the journal.
            res = autumn.track(customer_id="c", feature_id="messages", value=50)
            try:
                Autumn(x_api_version="2.1", secret_key=SECRET_KEY, outbox_path=path).close()
                refused = False
            except ValueError:
                refused = True
            state = {"pending": len(autumn.outbox), "path": autumn.outbox.path, "failed_open": res.failed_open}
            report.write_text(json.dumps({**state, "refused": refused, "pid": os.getpid()}, default=str))
            code = 0
        finally:
            os._exit(code)  # no close(), no atexit: as if the worker were killed
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    child = json.loads(report.read_text())
    # The child fails open with its own change in its own file, durable; the parent's file still excludes others.
    assert child == {"pending": 1, "path": f"{path}.{pid}", "failed_open": True, "refused": True, "pid": pid}
    with pytest.raises(ValueError, match="in use"):
        Autumn(
            x_api_version="2.1", secret_key=SECRET_KEY, outbox_path=path
        )  # the child closing its copies kept the parent's lock
    assert _values(autumn) == [1]
    records = [json.loads(line) for line in path.read_bytes().splitlines()]
    assert [r["body"]["value"] for r in records if "add" in r] == [1]  # nothing of the child's in the parent's file
    autumn.close()
    # A later process with the same outbox_path takes over the dead child's file, and deletes it.
    with _failing_open(path) as later:
        assert sorted(_values(later)) == [1, 50]
    assert not Path(f"{path}.{pid}").exists() and not Path(f"{path}.{pid}.lock").exists()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_takes_the_journal_when_the_parent_released_it(tmp_path: Path) -> None:
    path = tmp_path / "outbox.jsonl"
    autumn = _failing_open(path)
    autumn.track(customer_id="c", feature_id="messages", value=1)
    autumn.close()  # e.g. a preloading parent that closes its client before forking workers
    report = tmp_path / "child.json"
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            autumn._replayer.reset_after_fork()
            autumn.track(customer_id="c", feature_id="messages", value=2)
            report.write_text(json.dumps({"values": _values(autumn), "path": str(autumn.outbox.path)}))
            autumn.close()
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert json.loads(report.read_text()) == {"values": [1, 2], "path": str(path)}
    with _failing_open(path) as again:
        assert _values(again) == [1, 2]


def test_corrupt_lines_that_cannot_be_set_aside_stay_in_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "outbox.jsonl"
    path.write_bytes(_record("k1", 1) + b"garbage\n" + _record("k3", 3))
    path.with_name("outbox.jsonl.corrupt").mkdir()  # cannot be opened as a file: the set-aside fails
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=_down(), outbox_path=path) as autumn:  # starts anyway
        assert _values(autumn) == [1, 3]
    assert b"garbage\n" in path.read_bytes()  # not erased by the compaction
    assert any("could not be moved" in r.getMessage() for r in caplog.records)


def test_a_full_disk_at_open_still_starts_and_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "outbox.jsonl"
    path.write_bytes(_record("k1", 1) + _record("k2", 2))
    real_write = os.write

    def no_space(fd: int, data: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", no_space)
    autumn = _failing_open(path)  # the compaction at open fails: the old file is kept as it is
    assert _values(autumn) == [1, 2]
    assert autumn.track(customer_id="c", feature_id="messages", value=3).failed_open
    monkeypatch.setattr(os, "write", real_write)
    autumn.track(customer_id="c", feature_id="messages", value=4)
    autumn.close()
    with _failing_open(path) as again:
        assert _values(again) == [1, 2, 3, 4]
