"""At interpreter exit a client that was never closed sends what it holds, within a bounded time.

Real subprocesses that exit without ``close()`` (a module-level client, as in Flask or gunicorn)
against a loopback server in this process; and ``os.fork`` for gunicorn ``--preload`` workers.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from autumn_sdk import Autumn
from tests.conftest import ROOT
from tests.loopback import SECRET_KEY, LoopbackServer, Recorded, Reply, StallingServer

HEADER = textwrap.dedent(
    f"""
    import logging, os, sys
    from autumn_sdk import Autumn
    from autumn_sdk.utils import NO_RETRIES

    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(levelname)s %(message)s")
    url = sys.argv[1]
    path = sys.argv[2] if len(sys.argv) > 2 else None
    KEY = "{SECRET_KEY}"
    """
)


def _run(tmp_path: Path, body: str, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "app.py"
    script.write_text(HEADER + textwrap.dedent(body))
    result = subprocess.run(
        [sys.executable, str(script), *args], env={"PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr
    return result


TEN_TRACKS = """
    autumn = Autumn(secret_key=KEY, server_url=url, fail_open=True, retry_config=NO_RETRIES, outbox_path=path)
    for i in range(10):
        assert autumn.track(customer_id="cus_1", feature_id="messages", idempotency_key=f"k{i}").failed_open
    # the process ends here: no close()
"""


def _outage_for(server: LoopbackServer, failures: int) -> None:
    """The first ``failures`` requests answer 503; the API is back after them."""
    server.enqueue(*[Reply(503, "") for _ in range(failures)])


def test_changes_that_failed_open_are_sent_at_exit_without_close(server: LoopbackServer, tmp_path: Path) -> None:
    _outage_for(server, 10)
    _run(tmp_path, TEN_TRACKS, server.url)
    assert server.applied() == 10  # was 0 of 10, and nothing logged
    assert {r.headers["idempotency-key"] for r in server.requests[10:]} == {f"k{i}" for i in range(10)}


def test_what_cannot_be_sent_at_exit_is_logged_with_its_keys(server: LoopbackServer, tmp_path: Path) -> None:
    server.next_reply = lambda request: Reply(503, "")  # type: ignore[method-assign]
    result = _run(tmp_path, TEN_TRACKS, server.url)
    line = next(line for line in result.stderr.splitlines() if "exiting with" in line)
    assert line.startswith("ERROR exiting with 10 unsent balance change(s), lost: in memory only (no outbox_path)")
    assert set(re.findall(r"k\d", line.split("Idempotency-Keys:")[1])) == {f"k{i}" for i in range(10)}
    warnings = [line for line in result.stderr.splitlines() if "failed open" in line]
    assert len(warnings) == 10 and all("in memory only (no outbox_path)" in w for w in warnings)


def test_with_an_outbox_path_what_is_left_at_exit_stays_in_the_file(server: LoopbackServer, tmp_path: Path) -> None:
    server.next_reply = lambda request: Reply(503, "")  # type: ignore[method-assign]
    path = tmp_path / "outbox.jsonl"
    result = _run(tmp_path, TEN_TRACKS, server.url, str(path))
    assert f"WARNING exiting with 10 unsent balance change(s), kept in {path} for the next process" in result.stderr
    assert all(f"on disk in {path}" in line for line in result.stderr.splitlines() if "failed open" in line)
    del server.next_reply
    with Autumn(secret_key=SECRET_KEY, server_url=server.url, outbox_path=path) as later:
        assert later.flush() == 10
    assert server.applied() == 10


def test_an_api_that_never_answers_holds_the_exit_for_the_budget_only(tmp_path: Path) -> None:
    """Delivery at exit is bounded (5 s in all), however many changes and whatever the API does."""
    silent = StallingServer("silent")
    body = """
        autumn = Autumn(
            secret_key=KEY, server_url="http://127.0.0.1:9", fail_open=True, retry_config=NO_RETRIES,
            timeout_ms=60_000, deadline_ms=60_000,  # one request alone could hold the exit a minute
        )
        for i in range(50):
            autumn.track(customer_id="c", feature_id="messages", idempotency_key=f"k{i}")  # refused: fails open
        autumn._server_url = url  # at exit the API accepts connections and never answers
    """
    try:
        result = _run(tmp_path, body, silent.url, timeout=30)
    finally:
        silent.close()
    # It ended (within the 30 s timeout, not a minute): one change was being sent when the budget ran
    # out, the others never started, and all 50 are reported.
    assert "ERROR exiting with 50 unsent balance change(s), lost" in result.stderr
    assert silent.connections == 1


def test_track_nowait_at_exit_is_delivered(server: LoopbackServer, tmp_path: Path) -> None:
    body = """
        autumn = Autumn(secret_key=KEY, server_url=url)
        for i in range(500):
            autumn.track_nowait(customer_id="c", feature_id="messages", idempotency_key=f"k{i}")
    """
    _run(tmp_path, body, server.url)
    assert server.applied() == 500


# -- gunicorn --preload: workers forked from a parent that holds outbox_path ------------------------------

PRELOAD = """
    import json
    autumn = Autumn(secret_key=KEY, server_url=url, fail_open=True, retry_config=NO_RETRIES, outbox_path=path)
    autumn.track(customer_id="c", feature_id="messages", idempotency_key="parent")  # the master holds the file
    children = []
    for n in range(2):
        pid = os.fork()
        if pid == 0:  # a worker: fails open, then exits normally (atexit runs), without close()
            autumn.track(customer_id="c", feature_id="messages", idempotency_key=f"worker{n}")
            print(json.dumps({"pid": os.getpid(), "outbox": str(autumn.outbox.path)}), flush=True)
            sys.exit(0)
        children.append(pid)
    for pid in children:
        assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0
    autumn.close()
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_forked_workers_keep_their_changes_on_disk_for_the_next_process(server: LoopbackServer, tmp_path: Path) -> None:
    import json

    server.next_reply = lambda request: Reply(503, "")  # type: ignore[method-assign]
    path = tmp_path / "outbox.jsonl"
    result = _run(tmp_path, PRELOAD, server.url, str(path))
    workers = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(w["outbox"] for w in workers) == sorted(f"{path}.{w['pid']}" for w in workers)
    failed_open = [line for line in result.stderr.splitlines() if "failed open" in line]
    assert len(failed_open) == 3 and not any("in memory only" in line for line in failed_open)
    for worker in workers:
        assert f"kept in {path}.{worker['pid']} for the next process" in result.stderr

    def answer(request: Recorded) -> Reply:
        return server.apply(request)

    server.next_reply = answer  # type: ignore[method-assign]
    with Autumn(secret_key=SECRET_KEY, server_url=server.url, outbox_path=path) as later:  # takes over the workers' files
        assert sorted(e.idempotency_key for e in later.outbox.entries()) == ["parent", "worker0", "worker1"]
        assert later.flush() == 3
    assert server.applied() == 3
    assert sorted(p.name for p in tmp_path.glob("outbox.jsonl*")) == ["outbox.jsonl", "outbox.jsonl.lock"]
