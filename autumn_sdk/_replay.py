"""Replay of the outbox: the background worker and the flushes that send failed-open changes again.

The client owns one :class:`Replayer`. It holds the outbox, the replay worker (a thread for sync
code, a task for async code) and their state, so that a forked child can forget them in one call
(:meth:`Replayer.reset_after_fork`).
"""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING, Any, Protocol

from . import _errors as errors
from . import _retries as retries
from ._operation import Route
from ._outbox import Outbox, OutboxEntry, new_entry

if TYPE_CHECKING:
    import asyncio

    import httpx


class _Transport(Protocol):
    """What replay needs from the client: its two send paths."""

    def _send(
        self,
        route: Route,
        content: bytes | None,
        idempotency_key: str | None,
        retries_override: retries.RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Any,
    ) -> httpx.Response: ...

    async def _send_async(
        self,
        route: Route,
        content: bytes | None,
        idempotency_key: str | None,
        retries_override: retries.RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Any,
    ) -> httpx.Response: ...


class Replayer:
    """The outbox and the machinery that sends it again."""

    def __init__(self, transport: _Transport, outbox: Outbox, logger: logging.Logger) -> None:
        self.outbox = outbox
        self._transport = transport
        self._logger = logger
        self._pid = os.getpid()
        self._replaying = threading.Lock()
        self._replay_tasks: set[asyncio.Task[int]] = set()

    # -- what the client calls ---------------------------------------------------------------------

    def keep(self, route: Route, content: bytes, idempotency_key: str, server_url: str | None) -> None:
        """Keep a failed-open balance change to send again."""
        self.outbox.add(new_entry(route.operation, route.path, content, idempotency_key, server_url))

    def start_background(self) -> None:
        """The API answers again: send the outbox in a background thread, off the caller's path."""
        if not self._replaying.locked():
            threading.Thread(target=self._flush_quietly, name="autumn-outbox", daemon=True).start()

    def start_background_async(self) -> None:
        if not self._replaying.locked():
            import asyncio

            task = asyncio.get_running_loop().create_task(self.flush_async())
            self._replay_tasks.add(task)
            task.add_done_callback(self._replay_tasks.discard)

    def cancel_background_async(self) -> None:
        for task in list(self._replay_tasks):
            task.cancel()

    def flush(self) -> int:
        delivered = 0
        with self._replaying:
            for entry in self.outbox.entries():
                try:
                    self._transport._send(
                        _route(entry), entry.body, entry.idempotency_key, retries.NO_RETRIES, entry.server_url, None, None
                    )
                except errors.AutumnError as exc:
                    if not self._settle(entry, exc):
                        break
                else:
                    self.outbox.remove(entry)
                delivered += 1
        return delivered

    async def flush_async(self) -> int:
        import asyncio

        while not self._replaying.acquire(blocking=False):
            await asyncio.sleep(0.005)
        delivered = 0
        try:
            for entry in self.outbox.entries():
                try:
                    await self._transport._send_async(
                        _route(entry), entry.body, entry.idempotency_key, retries.NO_RETRIES, entry.server_url, None, None
                    )
                except errors.AutumnError as exc:
                    if not self._settle(entry, exc):
                        break
                else:
                    self.outbox.remove(entry)
                delivered += 1
        finally:
            self._replaying.release()
        return delivered

    def close(self) -> None:
        """Release the journal (a later call reopens it)."""
        self.outbox.close()

    def reset_after_fork(self) -> None:
        """In a forked child: forget the parent's worker, tasks and locks, and stop using its journal.

        The parent keeps delivering what its outbox holds; the child starts with an empty one.
        Idempotent: a second call in the same process does nothing.
        """
        if os.getpid() == self._pid:
            return
        self._pid = os.getpid()
        self._replaying = threading.Lock()
        self._replay_tasks = set()
        self.outbox.reset_after_fork()

    # -- replay --------------------------------------------------------------------------------------

    def _settle(self, entry: OutboxEntry, exc: errors.AutumnError) -> bool:
        """After a failed replay: False to stop replaying (the API is still down), else settle the entry."""
        if isinstance(exc, errors.AlreadyAppliedError):
            self.outbox.remove(entry)  # an earlier attempt was applied: delivered
            return True
        if errors.is_outage(exc):
            return False
        self.outbox.remove(entry, dropped=True)
        self._logger.error("outbox: the API refused %s %s for good, dropped: %s", entry.operation, entry.idempotency_key, exc)
        return True

    def _flush_quietly(self) -> None:
        try:
            self.flush()
        except Exception:  # a background thread has no caller to tell
            self._logger.exception("outbox replay failed")


def _route(entry: OutboxEntry) -> Route:
    return Route(entry.operation, "POST", entry.path)
