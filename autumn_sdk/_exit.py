"""At interpreter exit, what each open client still holds is sent, within ``EXIT_BUDGET`` seconds in all.

A module-level client (Flask, gunicorn workers) is seldom closed: without this, changes that failed
open, or that ``track_nowait`` queued, would vanish with the process. One ``atexit`` hook serves
every client (held weakly). Each client's delivery runs on its own daemon thread, and the hook waits
for them at most ``EXIT_BUDGET`` seconds from its start, so a hung API cannot hold the exit longer.
What is left is then handed to the outbox: with ``outbox_path`` it is on disk for the next process
(a WARNING says so); in memory only, an ERROR gives the count and the Idempotency-Keys.
"""

from __future__ import annotations

import atexit
import threading
import time
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import BaseClient as Autumn

EXIT_BUDGET = 5.0

_clients: weakref.WeakSet[Autumn] = weakref.WeakSet()
_registered = False
_register_lock = threading.Lock()


def watch(client: Autumn) -> None:
    """Deliver what ``client`` holds at exit, unless it was closed."""
    global _registered
    _clients.add(client)
    if not _registered:
        with _register_lock:
            if not _registered:
                atexit.register(deliver_all)
                _registered = True


def _has_work(client: Autumn) -> bool:
    return not client._closed and bool(len(client._nowait) or len(client.outbox) or client.outbox.parked)


def _deliver(client: Autumn, until: float) -> None:
    try:
        client._nowait.wait_idle(until)
        if time.monotonic() < until:
            client._replayer.flush(until)
    except Exception:  # nothing to raise to at exit: the report says what is left
        client._logger.exception("autumn: sending the outbox at exit failed")


def _report(client: Autumn) -> None:
    """Out of time or done: hand what is still queued to the outbox, say what is left, release the file."""
    client._nowait.abandon()
    client.outbox.report_unsent("exiting")
    client.outbox.close()  # writes what the journal's thread still holds: the process is about to end


def deliver_all(budget: float = EXIT_BUDGET) -> None:
    """The atexit hook: every open client with pending changes sends them, all within ``budget`` seconds."""
    until = time.monotonic() + budget
    busy = [client for client in list(_clients) if _has_work(client)]
    threads = []
    for client in busy:
        thread = threading.Thread(target=_deliver, args=(client, until), name="autumn-exit", daemon=True)
        try:
            thread.start()
        except RuntimeError:  # no new threads this late in the shutdown: send here, each bounded by its deadline
            _deliver(client, until)
            continue
        threads.append(thread)
    for thread in threads:
        thread.join(max(0.0, until - time.monotonic()))
    for client in busy:
        _report(client)
