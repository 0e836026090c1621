"""``track_nowait``: balance changes queued in memory and sent by background threads, each exactly once.

One :class:`NowaitSender` per client: a bounded queue drained by up to ``WORKERS`` daemon threads,
each sending one change at a time through the client's own sync path (its retries, deadline and
connection pool), so several are in flight at once. Every change carries the Idempotency-Key it
was given when it was queued: a retry or a replay of it is applied once, and a 409
``duplicate_idempotency_key`` counts as delivered.

What an error answer means is the outbox's policy (``_outbox.verdict``), as for a replay. What
cannot be delivered now goes to the outbox, as a failed-open ``track`` does, with its key (the
outbox's file makes it durable): no answer, a 5XX after retries, 401, 408, 429. While the API is
unreachable, the workers hand what is queued straight to the outbox without sending it (so the
queue never backs up behind timeouts), and try again after a backoff. An answer a person must look
at (403, a proxy's page) is kept parked. One that can never succeed (400, 404, 422 with an Autumn
code) is counted in ``failed`` and logged at ERROR with its key. A full queue does what
``when_full`` says: "block" the caller until there is room, "drop" the change (counted in
``dropped``, logged), or "raise" ``QueueFullError``.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import deque
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _errors as errors
from . import _outbox as policy
from . import _retries as retries

if TYPE_CHECKING:
    from ._operation import Route
    from ._replay import Replayer

# Changes in flight at once per client. Against a real API the round trip dominates, so throughput
# grows with this; 16 stays under httpx's 20 keep-alive connections, so every sender reuses its own.
WORKERS = 16
CAPACITY = 10_000  # changes queued at most, as the outbox's default limit
WHEN_FULL = ("block", "drop", "raise")
DOWN_BACKOFF = (0.5, 30.0)  # seconds the workers send nothing after an outage: 0.5 doubling to 30
_DROP_LOG_EVERY = 1000


def _track_route() -> Route:
    """Where a queued change is sent: the replayed ``track`` route of the overlays (every version's).

    A document without one (the generator's tests) still imports the SDK; it just has no track_nowait.
    """
    from ._generated.settings import REPLAYED_ROUTES
    from ._operation import Route

    method, path = REPLAYED_ROUTES.get("track", ("POST", "/v1/balances.track"))
    return Route("track", method, path)


NOWAIT_ROUTE = _track_route()


class _Change:
    """One queued ``track``: its encoded body and key, and the call's own options."""

    __slots__ = ("content", "http_headers", "key", "retries", "server_url", "timeout_ms")

    def __init__(
        self,
        content: bytes,
        key: str,
        retries: retries.RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
    ) -> None:
        self.content = content
        self.key = key
        self.retries = retries
        self.server_url = server_url
        self.timeout_ms = timeout_ms
        self.http_headers = http_headers


class NowaitSender:
    """The queue of ``track_nowait`` changes and the threads that send them."""

    def __init__(
        self,
        transport: Any,
        replayer: Replayer,
        logger: logging.Logger,
        when_full: str = "block",
        capacity: int = CAPACITY,
        workers: int = WORKERS,
    ) -> None:
        if when_full not in WHEN_FULL:
            raise ValueError(f"nowait_when_full must be one of {', '.join(map(repr, WHEN_FULL))}, not {when_full!r}")
        self._transport = transport  # the client: its _send is the one request path
        self._replayer = replayer
        self._logger = logger
        self.when_full = when_full
        self.capacity = capacity
        self._workers = workers
        self._init_state()

    def _init_state(self) -> None:
        lock = threading.Lock()
        self._ready = threading.Condition(lock)  # a change was queued, or the sender stops
        self._room = threading.Condition(lock)  # a change left the queue
        self._idle_cond = threading.Condition(lock)  # nothing queued nor in flight
        self._queue: deque[_Change] = deque()
        self._in_flight: dict[str, _Change] = {}
        self._threads: list[threading.Thread] = []
        self._waiting = 0  # workers waiting for a change
        self._stopping = False
        self._down_until = 0.0  # time.monotonic(): until then, changes go to the outbox unsent
        self._pauses = 0
        self._pid = os.getpid()
        self.delivered = 0
        self.kept = 0  # handed to the outbox
        self.failed = 0  # refused by the API for good
        self.dropped = 0  # not queued: the queue was full and when_full is "drop"

    def __repr__(self) -> str:
        return (
            f"NowaitSender(queued={len(self._queue)}, in_flight={len(self._in_flight)}, delivered={self.delivered}, "
            f"kept={self.kept}, failed={self.failed}, dropped={self.dropped}, when_full={self.when_full!r})"
        )

    def __len__(self) -> int:
        """Changes queued or in flight."""
        return len(self._queue) + len(self._in_flight)

    # -- the caller's side -----------------------------------------------------------------------------

    def put(
        self,
        content: bytes,
        key: str,
        retries: retries.RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
    ) -> None:
        """Queue one change (already checked and encoded); returns at once unless the queue is full."""
        if os.getpid() != self._pid:  # forked without the at-fork hook: the parent's queue is the parent's
            self.reset_after_fork()
        change = _Change(content, key, retries, server_url, timeout_ms, http_headers)
        with self._ready:
            if self._stopping:
                raise RuntimeError("this Autumn client is closed: create a new one")
            if len(self._queue) >= self.capacity and not self._when_full(key):
                return
            self._queue.append(change)
            if self._waiting:
                self._ready.notify()
            elif not self._threads:
                self._start_worker()  # the first; the others are started by the workers (_more_workers)

    def _when_full(self, key: str) -> bool:
        """Under the lock, with the queue full: whether to queue the change after all."""
        if self.when_full == "block":
            while len(self._queue) >= self.capacity and not self._stopping:
                self._room.wait()
            if self._stopping:
                raise RuntimeError("this Autumn client is closed: create a new one")
            return True
        if self.when_full == "raise":
            raise errors.QueueFullError(
                f"the track_nowait queue is full ({self.capacity} changes): not queued (Idempotency-Key {key})"
            )
        self.dropped += 1
        if self.dropped % _DROP_LOG_EVERY == 1:
            self._logger.error(
                "track_nowait queue full (%d changes): dropped the change with Idempotency-Key %s; %d dropped so far",
                self.capacity,
                key,
                self.dropped,
            )
        return False

    def _start_worker(self) -> None:
        """Under the lock. A daemon: the process may exit with changes queued; the exit hook sends them."""
        thread = threading.Thread(target=self._work, name=f"autumn-nowait-{len(self._threads)}", daemon=True)
        self._threads.append(thread)
        thread.start()

    def wait_idle(self, until: float | None = None) -> bool:
        """Wait until nothing is queued nor in flight (or ``until``, time.monotonic()); returns whether it is."""
        with self._idle_cond:
            while self._queue or self._in_flight:
                left = None if until is None else until - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._idle_cond.wait(left)
            return True

    def stop(self) -> None:
        """Refuse new changes (``put`` raises RuntimeError), deliver what is queued, let the workers end."""
        with self._ready:
            self._stopping = True  # the workers still empty the queue: they end only once it is empty
            self._ready.notify_all()
            self._room.notify_all()
        self.wait_idle()

    def abandon(self) -> int:
        """Hand what is queued or in flight to the outbox without sending it (at exit, out of time).

        A change in flight may be applied meanwhile: its replay then meets 409, counted once.
        Returns how many were handed over.
        """
        with self._ready:
            changes = [*self._in_flight.values(), *self._queue]
            self._queue.clear()
            self._stopping = True
            self._ready.notify_all()
            self._room.notify_all()
        for change in changes:
            self._keep(change)
        with self._ready:
            self.kept += len(changes)
        return len(changes)

    def reset_after_fork(self) -> None:
        """In a forked child: the parent's queue, threads and locks are the parent's; start empty."""
        if os.getpid() != self._pid:
            self._init_state()

    # -- the workers' side -----------------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            with self._ready:
                while not self._queue:
                    if self._stopping:
                        return
                    self._waiting += 1
                    self._ready.wait()
                    self._waiting -= 1
                change = self._queue.popleft()
                self._in_flight[change.key] = change
                self._room.notify()
                down = time.monotonic() < self._down_until
                if self._queue and not self._waiting and len(self._threads) < self._workers and not down:
                    # More queued than senders free: one more sender, started here, not on the caller's thread.
                    self._start_worker()
            outcome = "kept"
            try:
                if down:
                    self._keep(change)
                else:
                    outcome = self._send(change)
            except Exception:  # a worker has no caller to tell: never let one die
                self._logger.exception("track_nowait: could not send the change with Idempotency-Key %s", change.key)
                self._keep(change)
            finally:
                with self._ready:
                    setattr(self, outcome, getattr(self, outcome) + 1)  # the counters change under the lock only
                    self._in_flight.pop(change.key, None)
                    if not self._queue and not self._in_flight:
                        self._idle_cond.notify_all()

    def _send(self, change: _Change) -> str:
        """Send one change; returns the counter it adds to: delivered, kept or failed."""
        try:
            self._transport._send(
                NOWAIT_ROUTE,
                change.content,
                change.key,
                change.retries,
                change.server_url,
                change.timeout_ms,
                change.http_headers,
            )
        except errors.AutumnError as exc:
            found = policy.verdict(exc)  # the outbox's own rules, as for a replay
            if found == policy.DELIVERED:
                return "delivered"  # a 409: an earlier attempt of this very change was applied; or an odd 2XX body
            if found == policy.DROP:
                self._logger.error(
                    "track_nowait: the API refused the change with Idempotency-Key %s for good, not kept: %s", change.key, exc
                )
                return "failed"
            if found == policy.PARK:  # an answer a person must look at: kept, parked
                self._keep(change)
                self._replayer.park_kept(change.key, f"the API answered {exc}")
                return "kept"
            self._went_down(exc)  # unavailable, or failed: the outbox replays it later
            self._keep(change)
            return "kept"
        if self._pauses:
            self._pauses = 0
            self._logger.warning("track_nowait: the API answers again; the outbox is being sent")
        return "delivered"

    def _went_down(self, exc: errors.AutumnError) -> None:
        clock = self._transport._clock
        wait = retries.backoff_delay(DOWN_BACKOFF[0], DOWN_BACKOFF[1], 2.0, self._pauses, clock.jitter(), floor=0.5)
        with self._ready:
            if time.monotonic() < self._down_until:
                return  # another worker saw the same outage
            self._down_until = time.monotonic() + wait
            self._pauses += 1
        self._logger.warning(
            "track_nowait: the API is unreachable (%s: %s): changes go to the outbox, %s; sending again in %.1f s",
            type(exc).__name__,
            exc,
            self._replayer.outbox.where(),
            wait,
        )

    def _keep(self, change: _Change) -> None:
        """To the outbox, as a failed-open track, with its key."""
        self._replayer.keep(NOWAIT_ROUTE, change.content, change.key, change.server_url)
