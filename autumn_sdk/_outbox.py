"""The outbox's policy: which balance changes are kept to be sent again, and what becomes of them.

A change that failed open (or that ``track_nowait`` could not deliver) is kept with its
Idempotency-Key: pending until it is delivered, parked when replay gives up on it, dropped past the
limit. Only the SDK's usage routes are ever replayed (:func:`replay_route`). In memory by default;
with a path, every change is also written to a journal file (storage: ``_journal``), and the
replay worker that sends them is ``_replay``.
"""

from __future__ import annotations

import glob
import json
import logging
import math
import os
import sys
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._journal import Journal, entry_lines

if TYPE_CHECKING:
    from ._operation import Route

DEFAULT_LIMIT = 10_000


# -- which entries may be replayed ------------------------------------------------------------------


def replay_route(operation: str, path: str) -> Route | None:
    """The SDK route an outbox entry is sent to, or None when it is not one the SDK replays.

    An entry read from a journal is data from disk: it is only ever sent to a route of the SDK's
    own table (settings.REPLAYED_ROUTES: the operations the overlays let fail open into the outbox).
    """
    from ._generated.settings import REPLAYED_ROUTES
    from ._operation import Route

    known = REPLAYED_ROUTES.get(operation)
    if known is None or known[1] != path:
        return None
    return Route(operation, known[0], path)


def replay_rule(operation: str) -> dict[str, Any]:
    """The overlays' rule for replaying ``operation`` (settings.REPLAY_RULES; empty: none)."""
    from ._generated.settings import REPLAY_RULES

    return REPLAY_RULES.get(operation, {})


def as_usage(operation: str, path: str, body: dict[str, Any]) -> tuple[str, str, dict[str, Any]] | None:
    """What to replay for a failed-open call, or None when the call changes nothing.

    A call that is a change only with a property set (``check`` with ``send_event``) is replayed as
    that same call, with its own Idempotency-Key, so that one the server had applied is not applied
    again (keys are scoped to their route). See :func:`recorded_usage` for a replay that is refused.
    """
    flag = replay_rule(operation).get("changes_when")
    if flag is not None and body.get(flag) is not True:
        return None
    return operation, path, body


USAGE_KEY_SUFFIX = ".usage"


def recorded_usage(rule: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    """The call that records a refused replay's usage unconditionally (the rule's ``record_as``).

    The caller was already told "allowed" and let the user consume, so when the replayed check is
    refused (the balance ran out meanwhile) the usage is still recorded: a ``track`` of its
    ``required_balance``, same entity and properties, under the check's key plus ``.usage``.
    """
    usage: dict[str, Any] = {k: body[k] for k in rule["fields"] if k in body}
    usage["value"] = body.get(rule["value_from"], rule["value_default"])
    return usage


# -- what becomes of a change after an attempt to send it ----------------------------------------------

MAX_ATTEMPTS = 8  # failed replays of one change before it is parked
# Idempotency keys live 24 h on the server; an hour of margin covers clock skew and a slow backlog.
MAX_AGE = 23 * 3600.0

DELIVERED = "delivered"  # applied (2XX), or applied before (409 duplicate_idempotency_key)
UNAVAILABLE = "unavailable"  # the API cannot take it now (no connection; 401, 408, 429, 503): keep it as it is
FAILED = "failed"  # this attempt failed (5XX, a timeout, a lost answer): one attempt counted, try later
DROP = "drop"  # it can never succeed (400, 404, 422 with an Autumn error code): given up for good
PARK = "park"  # anything else (403, a proxy's 4XX page): kept for a person to look at

_NEVER = frozenset({400, 404, 422})
_UNAVAILABLE = frozenset({401, 408, 429, 503})


def verdict(exc: BaseException) -> str:
    """What an error answer to a balance change means for it: one of the five verdicts above.

    The one rule for replays of the outbox and for ``track_nowait``'s senders alike.
    """
    from . import _errors as errors

    if isinstance(exc, (errors.AlreadyAppliedError, errors.ResponseValidationError)):
        return DELIVERED  # a 409 for this very key, or a 2XX with an odd body: applied either way
    if isinstance(exc, errors.ConnectionFailedError):
        return UNAVAILABLE  # nothing was sent: the API is unreachable, not this change's fault
    status = exc.status_code if isinstance(exc, errors.AutumnDefaultError) else None
    if status in _UNAVAILABLE:
        return UNAVAILABLE
    if status is None or status >= 500:
        return FAILED
    if status in _NEVER and getattr(exc, "code", None) is not None:
        return DROP
    return PARK


def exhausted(entry: OutboxEntry) -> bool:
    """Whether a change has failed often enough to be parked rather than tried again."""
    return entry.attempts >= MAX_ATTEMPTS


def too_old(entry: OutboxEntry, now: float) -> float | None:
    """Its age in seconds when it is too old to replay automatically (its key may have expired), else None."""
    if entry.ignore_age:
        return None
    age = now - entry.created_at
    return age if age > MAX_AGE else None


class OutboxEntry:
    """One balance change to send again, exactly as it was first sent (a ``check`` as its ``track``)."""

    __slots__ = (
        "attempts",
        "body",
        "created_at",
        "idempotency_key",
        "ignore_age",
        "not_before",
        "operation",
        "park_reason",
        "path",
        "server_url",
    )

    def __init__(
        self, operation: str, path: str, body: bytes, idempotency_key: str, server_url: str | None, created_at: float
    ) -> None:
        self.operation = operation
        self.path = path
        self.body = body
        self.idempotency_key = idempotency_key
        self.server_url = server_url
        self.created_at = created_at  # wall-clock seconds: the key's age on the server counts from here
        # Replay state, in memory only: a restart gives every pending entry a fresh start.
        self.attempts = 0
        self.not_before = 0.0  # monotonic seconds
        self.park_reason: str | None = None
        self.ignore_age = False  # requeued by hand after parking: the caller took the age risk

    def __repr__(self) -> str:
        return f"OutboxEntry({self.operation!r}, idempotency_key={self.idempotency_key!r})"

    def to_record(self) -> dict[str, Any]:
        return {
            "add": self.idempotency_key,
            "operation": self.operation,
            "path": self.path,
            "body": json.loads(self.body),
            "server_url": self.server_url,
            "created_at": self.created_at,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> OutboxEntry:
        """An entry from a journal record; ValueError when it is not one the SDK would ever send."""
        key, body, created_at, server_url = record["add"], record["body"], record["created_at"], record.get("server_url")
        if not isinstance(key, str) or not key or not key.isascii() or not key.isprintable():
            raise ValueError("bad idempotency key")
        if not isinstance(body, dict):
            raise ValueError("body is not a JSON object")
        if isinstance(created_at, bool) or not isinstance(created_at, (int, float)) or not math.isfinite(created_at):
            raise ValueError("bad created_at")
        if server_url is not None and (not isinstance(server_url, str) or not server_url.startswith(("http://", "https://"))):
            raise ValueError("bad server_url")
        usage = as_usage(str(record["operation"]), str(record["path"]), body)
        if usage is None or replay_route(usage[0], usage[1]) is None:
            raise ValueError("not one of the SDK's routes")
        operation, path, body = usage
        return cls(operation, path, _encode(body), key, server_url, float(created_at))


def _encode(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":")).encode()


class Outbox:
    """Pending balance changes, oldest first, and the parked ones that replay gave up on.

    ``len(outbox)`` is how many are pending. ``parked`` counts those kept but no longer replayed
    automatically (see :meth:`parked_entries`, :meth:`requeue_parked`); ``dropped`` counts those
    given up on for good (over ``limit``, or refused by the API as impossible).
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        limit: int = DEFAULT_LIMIT,
        logger: logging.Logger | None = None,
        home_url: str | None = None,
    ) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"outbox_limit must be a positive int, not {limit!r}")
        self.path = Path(path) if path is not None else None  # the file in use: the home one, or a forked child's own
        self._home = self.path  # the outbox_path given: a forked child's own file is named after it
        self.limit = limit
        self.dropped = 0
        self._logger = logger or logging.getLogger("autumn_sdk")
        self._entries: OrderedDict[str, OutboxEntry] = OrderedDict()
        self._parked: OrderedDict[str, OutboxEntry] = OrderedDict()
        self._lock = threading.Lock()
        self._journal: Journal | None = None
        if self.path is not None:
            self._journal = Journal(self.path, self._logger, self._snapshot, self._live)
            self._entries, self._parked = self._journal.open(OutboxEntry.from_record)
            self._adopt_orphans()
            if home_url is not None:
                self._park_foreign(home_url)
            self._write(self._trim(inline=True), inline=True)

    def _park_foreign(self, home_url: str) -> None:
        """Park changes from the file that a call had sent to a server other than this client's.

        Replay sends the client's secret key with each change: a file that anyone could edit must not
        decide where that key goes. Such a change (a per-call ``server_url`` in an earlier process)
        waits for a person to look at it and call :meth:`requeue_parked`.
        """
        foreign = [e for e in self._entries.values() if e.server_url is not None and e.server_url.rstrip("/") != home_url]
        for entry in foreign:
            self.park(entry, f"sent to {entry.server_url}, not this client's server_url: replayed after requeue_parked()")
        if foreign:
            self._logger.error(
                "autumn outbox %s: parked %d change(s) recorded for another server_url; see outbox.parked_entries()",
                self.path,
                len(foreign),
            )

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"Outbox({where}, pending={len(self)}, parked={self.parked}, dropped={self.dropped}, limit={self.limit})"

    @property
    def parked(self) -> int:
        """How many changes are parked: kept, but not replayed until :meth:`requeue_parked`."""
        return len(self._parked)

    @property
    def durable(self) -> bool:
        """False while the journal cannot be written (say, a full disk): changes are then in memory only."""
        return self._journal is not None and not self._journal.broken

    def entries(self) -> list[OutboxEntry]:
        """The pending changes, oldest first (a snapshot)."""
        with self._lock:
            return list(self._entries.values())

    def parked_entries(self) -> list[OutboxEntry]:
        """The parked changes, oldest first (a snapshot), each with its ``park_reason``."""
        with self._lock:
            return list(self._parked.values())

    def __contains__(self, idempotency_key: object) -> bool:
        return idempotency_key in self._entries or idempotency_key in self._parked

    def get(self, idempotency_key: str) -> OutboxEntry | None:
        """The pending change with this key, or None."""
        return self._entries.get(idempotency_key)

    def is_pending(self, idempotency_key: str) -> bool:
        return idempotency_key in self._entries

    def add(self, entry: OutboxEntry) -> bool:
        """Keep a change. Returns whether it is on disk when this returns.

        From a thread with a running event loop it does not wait for the disk (False): the journal's
        writer thread fsyncs it moments later. Elsewhere the caller's thread writes and fsyncs it.
        Never raises OSError: a journal that cannot be written is logged and the change stays in memory.
        """
        inline = not _in_event_loop()
        with self._lock:
            self._entries[entry.idempotency_key] = entry
            self._parked.pop(entry.idempotency_key, None)
            seq = self._journal.enqueue(entry.to_record(), reopen=True, inline=inline) if self._journal else 0
            seq = max(seq, self._trim(inline))
        return self._write(seq, inline)

    def remove(self, entry: OutboxEntry, *, dropped: bool = False) -> None:
        inline = not _in_event_loop()
        with self._lock:
            if self._entries.pop(entry.idempotency_key, None) is None and self._parked.pop(entry.idempotency_key, None) is None:
                return
            seq = self._journal.enqueue({"done": entry.idempotency_key}, inline=inline) if self._journal else 0
            if dropped:
                self.dropped += 1
        self._write(seq, inline)

    def park(self, entry: OutboxEntry, reason: str) -> None:
        inline = not _in_event_loop()
        with self._lock:
            if self._entries.pop(entry.idempotency_key, None) is None:
                return
            entry.park_reason = reason
            self._parked[entry.idempotency_key] = entry
            seq = self._journal.enqueue({"park": entry.idempotency_key, "reason": reason}, inline=inline) if self._journal else 0
        self._write(seq, inline)

    def requeue_parked(self) -> int:
        """Make every parked change pending again, with a fresh attempt count; returns how many.

        Meant for an operator who checked why they were parked: a change parked for its age is then
        replayed whatever its age (its Idempotency-Key may have expired on the server).
        """
        inline = not _in_event_loop()
        seq = 0
        with self._lock:
            parked, self._parked = self._parked, OrderedDict()
            for key, entry in parked.items():
                entry.attempts, entry.not_before, entry.park_reason, entry.ignore_age = 0, 0.0, None, True
                self._entries[key] = entry
                if self._journal:
                    seq = self._journal.enqueue({"requeue": key}, reopen=True, inline=inline)
        self._write(seq, inline)
        return len(parked)

    def close(self) -> None:
        """Write what is queued and release the journal (a later ``add`` takes it again)."""
        if self._journal:
            self._journal.close()

    def reset_after_fork(self) -> None:
        """In a forked child: forget the parent's changes (the parent delivers them) and its journal.

        flock() on a descriptor inherited through fork does not exclude the child, so the child never
        writes through it. It takes the journal afresh, which works only if the parent released it;
        otherwise the child keeps its outbox in memory only, and says so.
        """
        self._lock = threading.Lock()  # another thread of the parent may have held it at the fork
        self._entries, self._parked = OrderedDict(), OrderedDict()
        self.dropped = 0
        if self._journal is not None:
            self._journal.forget_after_fork()
            self._journal = None
        if self.path is None:
            return
        home = self._home
        assert home is not None  # a path implies a home
        for path in (home, child_path(home, os.getpid())):
            journal = Journal(path, self._logger, self._snapshot, self._live)
            try:
                self._entries, self._parked = journal.open(OutboxEntry.from_record)
            except ValueError:  # held by the parent (or, for our own name, a process of a reused pid)
                continue
            except OSError as exc:
                self._logger.error("outbox %s cannot be opened in the forked child (pid %d): %s", path, os.getpid(), exc)
                break
            self.path, self._journal = path, journal
            if path != home:
                self._logger.info(
                    "outbox %s is held by the parent process: this forked child (pid %d) keeps its changes in %s "
                    "(on disk; a later process with the same outbox_path takes them over)",
                    home,
                    os.getpid(),
                    path,
                )
            self._adopt_orphans()
            self._write(self._trim(inline=True), inline=True)
            return
        self._logger.warning(
            "outbox %s: this forked child (pid %d) keeps its outbox in memory only, NOT durable: neither that file "
            "nor its own %s could be taken",
            home,
            os.getpid(),
            child_path(home, os.getpid()),
        )
        self.path = None

    def _adopt_orphans(self) -> None:
        """Take over the files of forked processes that are gone (``<outbox_path>.<pid>``), then delete them.

        A file whose process is alive is locked by it and skipped. Its changes are written to this
        outbox's own file before that file is deleted, so a crash in between replays them twice at
        worst, and the Idempotency-Key makes the second one a 409: counted once.
        """
        home, journal = self._home, self._journal
        if home is None or journal is None:
            return
        try:
            candidates = sorted(home.parent.glob(glob.escape(home.name) + ".*"))
        except OSError:
            return
        for candidate in candidates:
            if not candidate.name[len(home.name) + 1 :].isdigit() or candidate == self.path:
                continue
            orphan = Journal(candidate, self._logger, lambda: ([], 0), lambda: 0)
            try:
                pending, parked = orphan.open(OutboxEntry.from_record)
            except (ValueError, OSError):
                continue  # its process is alive (it holds the lock), or the file cannot be read now
            try:
                with self._lock:
                    seq = 0
                    for entry in [*pending.values(), *parked.values()]:
                        if entry.idempotency_key in self:
                            continue
                        seq = journal.enqueue(entry.to_record(), reopen=True, inline=True)
                        if entry.park_reason is not None:
                            self._parked[entry.idempotency_key] = entry
                            seq = journal.enqueue({"park": entry.idempotency_key, "reason": entry.park_reason}, inline=True)
                        else:
                            self._entries[entry.idempotency_key] = entry
                if seq and not self._write(seq, inline=True):
                    continue  # not on disk here yet: the orphan's file keeps them until a later open
                candidate.unlink(missing_ok=True)
                orphan.lock_path.unlink(missing_ok=True)  # while we hold it: a later opener makes a new one
            finally:
                orphan.close()
            if pending or parked:
                self._logger.info(
                    "outbox %s: took over %d pending and %d parked change(s) from %s (a process that has exited)",
                    self.path,
                    len(pending),
                    len(parked),
                    candidate,
                )

    def where(self, written: bool | None = None) -> str:
        """Where a change kept now is: on disk, being written, or in memory only (and why)."""
        if self.path is None:
            return "in memory only (no outbox_path): sent by flush(), close() or at exit, else lost"
        if not self.durable:
            return f"in memory only: {self.path} cannot be written"
        if written is False:
            return f"being written to {self.path}"
        return f"on disk in {self.path}"

    def report_unsent(self, context: str) -> None:
        """Log what is still pending or parked: kept in the file (WARNING) or lost with the keys (ERROR)."""
        with self._lock:
            pending, parked = list(self._entries), list(self._parked)
        if not pending and not parked:
            return
        also = f" and {len(parked)} parked" if parked else ""
        if self.path is not None and self.durable:
            self._logger.warning(
                "%s with %d unsent%s balance change(s), kept in %s for the next process", context, len(pending), also, self.path
            )
            return
        keys = pending + parked
        shown = ", ".join(keys[:_KEYS_SHOWN]) + (f", … ({len(keys) - _KEYS_SHOWN} more)" if len(keys) > _KEYS_SHOWN else "")
        reason = "no outbox_path" if self.path is None else f"{self.path} cannot be written"
        self._logger.error(
            "%s with %d unsent%s balance change(s), lost: in memory only (%s); their Idempotency-Keys: %s",
            context,
            len(pending),
            also,
            reason,
            shown,
        )

    # -- helpers -------------------------------------------------------------------------------------

    def _write(self, seq: int, inline: bool) -> bool:
        """After a change (outside _lock): off any event loop, write the journal up to ``seq`` now.

        Returns whether it is on disk.
        """
        if self._journal is None or not inline or not seq:
            return False
        return self._journal.write_through(seq)

    def _trim(self, inline: bool) -> int:
        """Past the limit, drop the oldest: parked ones first (they are not replayed anyway). Under _lock.

        Returns the journal sequence number of the last record it queued (0 for none).
        """
        seq = 0
        while len(self._entries) + len(self._parked) > self.limit:
            held = self._parked if self._parked else self._entries
            key, oldest = held.popitem(last=False)
            if self._journal:
                seq = self._journal.enqueue({"done": key}, inline=inline)
            self.dropped += 1
            self._logger.warning(
                "outbox full (%d): dropped the oldest %s (Idempotency-Key %s); %d dropped so far",
                self.limit,
                oldest.operation,
                key,
                self.dropped,
            )
        return seq

    def _live(self) -> int:
        return len(self._entries) + len(self._parked)

    def _snapshot(self) -> tuple[list[bytes], int]:
        """Every live record, and the journal sequence number they reflect (for compaction)."""
        with self._lock:
            lines = entry_lines(self._entries, self._parked)
            seq = self._journal.queued_seq() if self._journal else 0
        return lines, seq


_KEYS_SHOWN = 100  # Idempotency-Keys named in one log line about lost changes


def child_path(home: Path, pid: int) -> Path:
    """The file of a forked child whose parent holds ``home``: ``<home>.<pid>``, taken over later."""
    return home.with_name(f"{home.name}.{pid}")


def _in_event_loop() -> bool:
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:  # nobody imported it: no loop can be running
        return False
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def new_entry(
    operation: str, path: str, body: bytes, idempotency_key: str, server_url: str | None, created_at: float
) -> OutboxEntry:
    return OutboxEntry(operation, path, body, idempotency_key, server_url, created_at)
