"""Replay of the outbox: the background worker and the flushes that send failed-open changes again.

The client owns one :class:`Replayer`. It holds the outbox, the replay workers (at most one thread
for sync code and one task for async code) and their state, so that a forked child can forget them
in one call (:meth:`Replayer.reset_after_fork`). What an answer means for a change is the outbox's
policy (``_outbox.verdict``); this module applies it, with its own pacing.

The rules (the README's "Fail-open, and no usage lost" states them for users):

- Each entry is sent alone, without the call-level retries; the Replayer schedules retries itself.
- Delivered: a 2XX, or 409 ``duplicate_idempotency_key`` (an earlier attempt was applied).
- The API is unavailable (no connection; 401, 408, 429, 503): the entry stays as it was, the pass stops
  and the worker pauses (``Retry-After`` honoured, else backoff up to a minute).
- The entry failed (5XX, a timeout, a lost answer): it counts one attempt and waits its own backoff,
  and the pass goes on with the next entry, so one bad entry never blocks the others. After
  ``MAX_ATTEMPTS`` it is parked. Three such failures in a row stop the pass (an outage, not an entry).
- It can never succeed (400, 404 or 422 with an Autumn error code): dropped, counted, logged.
- Any other answer (403, a 409 that is not a duplicate, a proxy's 4XX page): parked.
- Older than ``MAX_AGE`` (its Idempotency-Key may have expired on the server, so a replay could
  bill twice): parked, unless requeued by hand.

Parking and dropping are logged at ERROR. No thread lock is ever held across an ``await`` or a
request: an entry is claimed (under a lock held for a set operation) while it is being sent, and a
concurrent flush skips claimed entries.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Protocol

from . import _errors as errors
from . import _outbox as policy
from . import _retries as retries
from ._outbox import (
    MAX_AGE,
    MAX_ATTEMPTS,
    USAGE_KEY_SUFFIX,
    Outbox,
    OutboxEntry,
    as_usage,
    recorded_usage,
    replay_route,
    replay_rule,
)

if TYPE_CHECKING:
    import asyncio

    import httpx

    from ._operation import Route

__all__ = ["ENTRY_BACKOFF", "MAX_AGE", "MAX_ATTEMPTS", "PAUSE_BACKOFF", "Replayer"]

ENTRY_BACKOFF = (1.0, 300.0)  # first wait and cap, seconds: 1, 2, 4 … 300 (then parked after MAX_ATTEMPTS)
PAUSE_BACKOFF = (1.0, 60.0)  # the worker's wait while the API is unavailable
MAX_RETRY_AFTER = 3600.0
FAILURES_IN_A_ROW = 3  # entry failures in one pass that mean "the API is failing", not "this entry is bad"
_NOTABLE_AGE = 3600.0  # replaying an entry older than this is logged (INFO), so the age rule's outcome is visible
_IDLE_FLOOR = 0.05  # the worker never spins: its shortest wait between passes

_DELIVERED, _SETTLED, _FAILED, _STOP = range(4)


class _Transport(Protocol):
    """What replay needs from the client: its two send paths and its clock."""

    _clock: retries.Clock

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
    """The outbox, and the machinery that sends it again."""

    def __init__(self, transport: _Transport, outbox: Outbox, logger: logging.Logger) -> None:
        self.outbox = outbox
        self._transport = transport
        self._logger = logger
        self._pid = os.getpid()
        self._init_state()

    def _init_state(self) -> None:
        self._state = threading.Lock()  # held only for a few assignments, never across I/O or await
        self._claimed: set[str] = set()
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task[None] | None = None
        self._stop = threading.Event()
        self._pause_until = 0.0
        self._pauses = 0
        self._passes = 0  # flushes and worker passes running now

    # -- keeping changes -----------------------------------------------------------------------------

    def keep(self, route: Route, content: bytes, idempotency_key: str, server_url: str | None) -> str:
        """Keep a failed-open balance change; returns what to add to the fail-open warning."""
        self._forked_check()
        try:
            entry = self._entry(route, content, idempotency_key, server_url)
            if entry is None:
                return ""
            durable = self.outbox.add(entry)
        except Exception as exc:  # the caller gets its failed-open answer whatever happens here: say what was lost
            self._logger.error("outbox: could not keep %s %s: %s: %s", route.operation, idempotency_key, type(exc).__name__, exc)
            return "; NOT kept in the outbox (see the error above)"
        return f"; kept in the outbox ({len(self.outbox)} pending), {self.outbox.where(durable)}"

    def park_kept(self, idempotency_key: str, reason: str) -> None:
        """Park a change just kept (``track_nowait`` after an answer a person must look at)."""
        entry = self.outbox.get(idempotency_key)
        if entry is not None:
            self._park(entry, reason)

    def keep_cancelled(self, route: Route, content: bytes | None, idempotency_key: str, server_url: str | None) -> None:
        """A balance change whose call was cancelled mid-flight (it may have been applied): keep it."""
        self._forked_check()
        if content is None or idempotency_key in self.outbox:  # a replay being cancelled: it is still kept
            return
        try:
            entry = self._entry(route, content, idempotency_key, server_url)
            if entry is None:
                return
            durable = self.outbox.add(entry)
        except Exception as exc:  # the cancellation must still propagate
            self._logger.error("outbox: could not keep cancelled %s %s: %s", route.operation, idempotency_key, exc)
            return
        self._logger.warning(
            "%s was cancelled while it was being sent (it may have been applied): kept in the outbox "
            "with its Idempotency-Key %s, so it is recorded exactly once; %s",
            route.operation,
            idempotency_key,
            self.outbox.where(durable),
        )

    def _entry(self, route: Route, content: bytes, idempotency_key: str, server_url: str | None) -> OutboxEntry | None:
        body = json.loads(content)
        if not isinstance(body, dict):
            raise ValueError("the request body is not a JSON object")
        usage = as_usage(route.operation, route.path, body)
        if usage is None:
            return None
        return OutboxEntry(route.operation, route.path, content, idempotency_key, server_url, self._transport._clock.now())

    # -- background workers --------------------------------------------------------------------------

    def start_background(self) -> None:
        """The API answers again: start the sync worker unless it runs (one per client, started atomically)."""
        if self._thread is not None or self._passes:  # fast path (a replay's own success lands here); checked again below
            return
        self._forked_check()
        with self._state:
            if self._thread is not None or self._passes or self._stop.is_set():
                return
            thread = self._thread = threading.Thread(target=self._run_thread, name="autumn-outbox", daemon=True)
        thread.start()

    def start_background_async(self) -> None:
        """The async twin: one task per client, on the running loop."""
        task = self._task
        if task is not None and not task.done():
            return
        self._forked_check()
        import asyncio

        with self._state:
            if (self._task is not None and not self._task.done()) or self._passes or self._stop.is_set():
                return
            self._task = asyncio.get_running_loop().create_task(self._run_task(), name="autumn-outbox")

    def _run_thread(self) -> None:
        try:
            while not self._stop.is_set():
                self._pass(due_only=True)
                wait = self._next_wait()
                if wait is None or self._stop.wait(wait):
                    return
        except Exception:  # a background thread has no caller to tell
            self._logger.exception("outbox replay failed")
        finally:
            with self._state:
                self._thread = None

    async def _run_task(self) -> None:
        import asyncio

        try:
            while not self._stop.is_set():
                await self._pass_async(due_only=True)
                wait = self._next_wait()
                if wait is None:
                    return
                await asyncio.sleep(wait)
        except Exception:
            self._logger.exception("outbox replay failed")

    def _next_wait(self) -> float | None:
        """Seconds until the worker's next pass, or None when nothing pending is left for it."""
        entries = self.outbox.entries()
        if not entries:
            return None
        now = self._transport._clock.monotonic()
        due = max(self._pause_until, min(e.not_before for e in entries))
        return max(_IDLE_FLOOR, due - now)

    def stop(self) -> None:
        """Stop the sync worker and wait for its request in flight; a later successful call starts it again."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        self._stop.clear()

    async def stop_async(self) -> None:
        """Stop both workers; the async task is cancelled (its entry stays pending, key and all)."""
        import asyncio

        self._stop.set()
        task = self._task
        if task is not None and not task.done() and task is not asyncio.current_task():
            loop = task.get_loop()
            if loop is asyncio.get_running_loop():
                task.cancel()
                await asyncio.wait({task})  # neither raises the task's error nor swallows our own cancellation
            elif not loop.is_closed():  # a task of another thread's loop: cancel it there
                loop.call_soon_threadsafe(task.cancel)
        thread = self._thread
        if thread is not None:
            await asyncio.to_thread(thread.join)
        self._stop.clear()

    # -- flushing ------------------------------------------------------------------------------------

    def flush(self, until: float | None = None) -> int:
        """Send every pending change now; ``until`` (time.monotonic()): start none after it (at exit)."""
        self._forked_check()
        return self._pass(due_only=False, until=until)

    async def flush_async(self) -> int:
        self._forked_check()
        return await self._pass_async(due_only=False)

    def _forked_check(self) -> None:
        """Forked without the at-fork hook: never replay the parent's changes nor write its journal."""
        if os.getpid() != self._pid:
            self.reset_after_fork()

    def _pass(self, *, due_only: bool, until: float | None = None) -> int:
        """Send the pending entries once each, oldest first; returns how many were delivered."""
        self._enter()
        try:
            delivered = failures = 0
            queue = deque(self._candidates(due_only))
            while queue:
                if until is not None and time.monotonic() >= until:
                    break
                entry = queue.popleft()
                if not self._claim(entry):
                    continue
                try:
                    outcome = self._too_old(entry)
                    if outcome is None:
                        try:
                            response = self._transport._send(*self._request(entry))
                        except errors.AutumnError as exc:
                            outcome = self._after_failure(entry, exc)
                        except Exception as exc:  # the client was closed under the worker, say
                            self._logger.warning("outbox replay stopped: %s: %s", type(exc).__name__, exc)
                            outcome = _STOP
                        else:
                            outcome = self._answered(entry, response, queue)
                finally:
                    self._release(entry)
                delivered, failures, go_on = self._tally(outcome, delivered, failures)
                if not go_on:
                    break
            return delivered
        finally:
            self._leave()

    async def _pass_async(self, *, due_only: bool) -> int:
        """The async twin of :meth:`_pass` (same decisions; no lock is held across the await)."""
        self._enter()
        try:
            delivered = failures = 0
            queue = deque(self._candidates(due_only))
            while queue:
                entry = queue.popleft()
                if not self._claim(entry):
                    continue
                try:
                    outcome = self._too_old(entry)
                    if outcome is None:
                        try:
                            response = await self._transport._send_async(*self._request(entry))
                        except errors.AutumnError as exc:
                            outcome = self._after_failure(entry, exc)
                        except Exception as exc:
                            self._logger.warning("outbox replay stopped: %s: %s", type(exc).__name__, exc)
                            outcome = _STOP
                        else:
                            outcome = self._answered(entry, response, queue)
                finally:
                    self._release(entry)
                delivered, failures, go_on = self._tally(outcome, delivered, failures)
                if not go_on:
                    break
            return delivered
        finally:
            self._leave()

    def _enter(self) -> None:
        with self._state:
            self._passes += 1

    def _leave(self) -> None:
        with self._state:
            self._passes -= 1

    def _candidates(self, due_only: bool) -> list[OutboxEntry]:
        entries = self.outbox.entries()
        if not due_only:
            return entries  # flush() is the caller asking for it now: no backoff
        now = self._transport._clock.monotonic()
        if now < self._pause_until:
            return []
        return [e for e in entries if e.not_before <= now]

    def _tally(self, outcome: int, delivered: int, failures: int) -> tuple[int, int, bool]:
        if outcome == _DELIVERED:
            self._pauses = 0
            return delivered + 1, 0, True
        if outcome == _SETTLED:
            return delivered, 0, True
        if outcome == _FAILED:
            failures += 1
            if failures >= FAILURES_IN_A_ROW:
                self._pause(None)
                return delivered, failures, False
            return delivered, failures, True
        return delivered, failures, False

    def _claim(self, entry: OutboxEntry) -> bool:
        with self._state:
            if entry.idempotency_key in self._claimed:
                return False
            self._claimed.add(entry.idempotency_key)
        if not self.outbox.is_pending(entry.idempotency_key):  # settled or parked by another flush meanwhile
            self._release(entry)
            return False
        return True

    def _release(self, entry: OutboxEntry) -> None:
        with self._state:
            self._claimed.discard(entry.idempotency_key)

    def _request(self, entry: OutboxEntry) -> tuple[Route, bytes, str, retries.RetryConfig, str | None, None, None]:
        route = replay_route(entry.operation, entry.path)
        if route is None:  # from_record and keep() let no such entry in: a bug if it happens
            raise ValueError(f"outbox entry {entry.idempotency_key} is not for a route the SDK replays")
        return route, entry.body, entry.idempotency_key, retries.NO_RETRIES, entry.server_url, None, None

    # -- decisions -----------------------------------------------------------------------------------

    def _too_old(self, entry: OutboxEntry) -> int | None:
        now = self._transport._clock.now()
        old = policy.too_old(entry, now)
        if old is None:
            age = now - entry.created_at
            if not entry.ignore_age and age > _NOTABLE_AGE:
                self._logger.info(
                    "outbox: replaying %s %s, %.1f h old (within the %.0f h replay limit)",
                    entry.operation,
                    entry.idempotency_key,
                    age / 3600,
                    MAX_AGE / 3600,
                )
            return None
        self._park(entry, f"older than {MAX_AGE / 3600:.0f} h ({old / 3600:.1f} h): its Idempotency-Key may have expired")
        return _SETTLED

    def _answered(self, entry: OutboxEntry, response: httpx.Response, queue: deque[OutboxEntry]) -> int:
        """A 2XX to a replay. A replay its answer calls refused recorded nothing: record its usage (REPLAY_RULES)."""
        rule = replay_rule(entry.operation)
        if "record_as" not in rule or _answer_field(response, rule["refused_field"]) != rule["refused_value"]:
            return self._delivered(entry)
        from ._generated.settings import REPLAYED_ROUTES

        body = json.loads(entry.body)
        usage = OutboxEntry(
            rule["record_as"],
            REPLAYED_ROUTES[rule["record_as"]][1],
            json.dumps(recorded_usage(rule, body), separators=(",", ":")).encode(),
            entry.idempotency_key + USAGE_KEY_SUFFIX,
            entry.server_url,
            entry.created_at,
        )
        self.outbox.add(usage)  # kept before the refused one is settled: a crash in between replays both, and
        self.outbox.remove(entry)  # the refused one then answers 409 (its key is claimed) while the usage records
        self._logger.warning(
            "outbox: the replayed %s %s was refused (the balance ran out meanwhile); its usage of %s is "
            "recorded as a %s, as the caller was already told it was allowed",
            entry.operation,
            entry.idempotency_key,
            body.get(rule["value_from"], rule["value_default"]),
            rule["record_as"],
        )
        queue.appendleft(usage)
        return _SETTLED

    def _delivered(self, entry: OutboxEntry) -> int:
        self.outbox.remove(entry)
        return _DELIVERED

    def _after_failure(self, entry: OutboxEntry, exc: errors.AutumnError) -> int:
        """Apply the outbox's verdict on an error answer to a replay."""
        found = policy.verdict(exc)
        if found == policy.DELIVERED:
            if isinstance(exc, errors.ResponseValidationError):
                self._logger.warning(
                    "outbox: %s %s was applied, with an unexpected answer: %s", entry.operation, entry.idempotency_key, exc
                )
            return self._delivered(entry)
        if found == policy.UNAVAILABLE:
            if isinstance(exc, errors.AutumnDefaultError):
                self._pause(_retry_after(exc, self._transport._clock))
                self._logger.info("outbox replay paused: the API answered %s", exc.status_code)
            else:
                self._pause(None)
            return _STOP
        if found == policy.FAILED:  # this entry failed once: its own backoff, while the others go on
            entry.attempts += 1
            if policy.exhausted(entry):
                self._park(entry, f"failed {entry.attempts} times, last: {exc}")
                return _SETTLED
            entry.not_before = self._transport._clock.monotonic() + self._backoff(ENTRY_BACKOFF, entry.attempts - 1, exc)
            return _FAILED
        if found == policy.DROP:
            self.outbox.remove(entry, dropped=True)
            self._logger.error(
                "outbox: the API refused %s %s for good, dropped (%d dropped so far): %s",
                entry.operation,
                entry.idempotency_key,
                self.outbox.dropped,
                exc,
            )
            return _SETTLED
        self._park(entry, f"the API answered {exc}")
        return _SETTLED

    def _park(self, entry: OutboxEntry, reason: str) -> None:
        self.outbox.park(entry, reason)
        self._logger.error(
            "outbox: parked %s %s (%d parked; not replayed until outbox.requeue_parked()): %s",
            entry.operation,
            entry.idempotency_key,
            self.outbox.parked,
            reason,
        )

    def _pause(self, retry_after: float | None) -> None:
        delay = retry_after if retry_after is not None else self._backoff(PAUSE_BACKOFF, self._pauses, None)
        self._pauses += 1
        self._pause_until = self._transport._clock.monotonic() + delay

    def _backoff(self, bounds: tuple[float, float], n: int, exc: errors.AutumnError | None) -> float:
        """The calls' backoff formula, with jitter in its upper half; a Retry-After the server sent wins."""
        if exc is not None and (after := _retry_after(exc, self._transport._clock)) is not None:
            return after
        return retries.backoff_delay(bounds[0], bounds[1], 2.0, n, self._transport._clock.jitter(), floor=0.5)

    # -- lifecycle -----------------------------------------------------------------------------------

    def close(self) -> None:
        """Release the journal (a later change takes it again)."""
        self.outbox.close()

    def reset_after_fork(self) -> None:
        """In a forked child: forget the parent's workers, tasks and locks, and its journal.

        The parent keeps delivering what its outbox holds; the child starts with an empty one, on
        the same file only if the parent had released it (else in memory, with a warning).
        Idempotent: a second call in the same process does nothing.
        """
        if os.getpid() == self._pid:
            return
        self._pid = os.getpid()
        self._init_state()
        self.outbox.reset_after_fork()


def _retry_after(exc: errors.AutumnError, clock: retries.Clock) -> float | None:
    """The answer's Retry-After (the calls' own parser), kept between 1 s and an hour."""
    if not isinstance(exc, errors.AutumnDefaultError):
        return None
    seconds = retries.retry_after(exc.headers, clock)
    if seconds is None:
        return None
    return min(MAX_RETRY_AFTER, max(PAUSE_BACKOFF[0], seconds))


def _answer_field(response: httpx.Response, name: str) -> object:
    """A field of a replay's answer; None when the body does not say."""
    try:
        data = json.loads(response.content)
    except ValueError:
        return None
    return data.get(name) if isinstance(data, dict) else None
