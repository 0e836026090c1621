"""The outbox: balance changes that failed open, kept with their Idempotency-Key to be sent again.

In memory by default. With a path it is also an append-only journal of JSON lines, written by a
background thread (so an event loop never waits on the disk) and fsync'd per batch. A crash
mid-write loses at most the records being written. On open, and again at run time once dead
records outnumber live ones, the journal is compacted into a fresh file that atomically replaces
the old one. Unreadable lines are never replayed nor erased: they are moved to ``<path>.corrupt``.

The file belongs to one process at a time: a lock on ``<path>.lock`` (a file that is never
replaced, so compaction cannot race with another process taking the lock).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import math
import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._operation import Route

DEFAULT_LIMIT = 10_000
_WRITER_LINGER = 0.05  # seconds the journal's writer thread waits for more records before it ends
# Runtime compaction starts once the journal holds this many dead records, and more dead than live.
COMPACT_AFTER_DEAD = 1000


# -- which entries may be replayed ------------------------------------------------------------------


def replay_route(operation: str, path: str) -> Route | None:
    """The SDK route an outbox entry is sent to, or None when it is not one the SDK replays.

    An entry read from a journal is data from disk: it is only ever sent to a route of the SDK's
    own table, and only to one that records usage (``track``, or ``check`` with ``send_event``).
    """
    from ._generated.settings import REPLAYED_ROUTES
    from ._operation import Route

    known = REPLAYED_ROUTES.get(operation)
    if known is None or known[1] != path:
        return None
    return Route(operation, known[0], path)


def as_usage(operation: str, path: str, body: dict[str, Any]) -> tuple[str, str, dict[str, Any]] | None:
    """What to replay for a failed-open call, or None when the call records no usage.

    A ``check`` with ``send_event`` is replayed as that same check, with its own Idempotency-Key,
    so that one the server had applied is not applied again (keys are scoped to their route). See
    :func:`usage_of_check` for when its answer says nothing was recorded.
    """
    if operation == "check" and body.get("send_event") is not True:
        return None
    return operation, path, body


USAGE_KEY_SUFFIX = ".usage"


def usage_of_check(body: dict[str, Any]) -> dict[str, Any]:
    """The ``track`` that records a failed-open check's usage unconditionally.

    The caller was already told "allowed" and let the user consume, so when the replayed check is
    refused (the balance ran out meanwhile) the usage is still recorded: a ``track`` of its
    ``required_balance``, same entity and properties, under the check's key plus ``.usage``.
    """
    usage: dict[str, Any] = {k: body[k] for k in ("customer_id", "feature_id", "entity_id", "properties") if k in body}
    usage["value"] = body.get("required_balance", 1)
    return usage


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


def _line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, separators=(",", ":")).encode() + b"\n"


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
        self.path = Path(path) if path is not None else None
        self.limit = limit
        self.dropped = 0
        self._logger = logger or logging.getLogger("autumn_sdk")
        self._entries: OrderedDict[str, OutboxEntry] = OrderedDict()
        self._parked: OrderedDict[str, OutboxEntry] = OrderedDict()
        self._lock = threading.Lock()
        self._journal: _Journal | None = None
        if self.path is not None:
            self._journal = _Journal(self.path, self._logger, self._snapshot, self._live)
            self._entries, self._parked = self._journal.open()
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
        journal = _Journal(self.path, self._logger, self._snapshot, self._live)
        try:
            self._entries, self._parked = journal.open()
        except ValueError:
            self._logger.warning(
                "outbox %s is held by the parent process: this forked child (pid %d) keeps its outbox in memory only, "
                "NOT durable. Create the Autumn client after the fork, with its own outbox_path, to keep it on disk.",
                self.path,
                os.getpid(),
            )
            self.path = None
            return
        self._journal = journal

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
            lines = [_line(e.to_record()) for e in self._entries.values()]
            for e in self._parked.values():
                lines += [_line(e.to_record()), _line({"park": e.idempotency_key, "reason": e.park_reason})]
            seq = self._journal.queued_seq() if self._journal else 0
        return lines, seq


def _in_event_loop() -> bool:
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:  # nobody imported it: no loop can be running
        return False
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class _Journal:
    """The file behind an outbox: one lock, one append descriptor, one writer thread at a time."""

    def __init__(
        self,
        path: Path,
        logger: logging.Logger,
        snapshot: Callable[[], tuple[list[bytes], int]],
        live: Callable[[], int],
    ) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self.corrupt_path = path.with_name(path.name + ".corrupt")
        self.compact_after = COMPACT_AFTER_DEAD
        self.broken = False  # the last write failed: changes since are in memory only
        self._logger = logger
        self._snapshot = snapshot
        self._live = live
        self._lock_fd: int | None = None
        self._fd: int | None = None
        self._unmoved: list[bytes] = []  # unreadable lines that could not be set aside: every rewrite keeps them
        self._records = 0  # lines in the file since the last compaction
        self._dirty = False  # the file may lack records or end torn: rewrite it whole on the next write
        self._closed = False
        self._closing = False  # close() waits: a lingering writer thread leaves at once
        self._cond = threading.Condition()
        self._queue: list[tuple[int, bytes]] = []
        self._seq = 0  # last queued
        self._written = 0  # last handled by the writer (written or failed)
        self._durable = 0  # last known to be on disk
        self._writer: threading.Thread | None = None

    # -- open ----------------------------------------------------------------------------------------

    def open(self) -> tuple[OrderedDict[str, OutboxEntry], OrderedDict[str, OutboxEntry]]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_fd = _take_lock(self.lock_path, self.path)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                data = _read_all(fd)
            finally:
                os.close(fd)
            pending, parked, corrupt, torn_tail = _parse(data)
            if corrupt:
                try:
                    self._set_aside(corrupt, torn_tail)
                except OSError as exc:  # keep them in the journal itself until they can be moved
                    self._unmoved = [line + b"\n" for line in corrupt]
                    self._logger.error(
                        "outbox %s: %d unreadable line(s) could not be moved to %s (%s); kept, never replayed",
                        self.path,
                        len(corrupt),
                        self.corrupt_path,
                        exc,
                    )
            self._records = len(pending) + 2 * len(parked)
            lines = [_line(e.to_record()) for e in pending.values()]
            for e in parked.values():
                lines += [_line(e.to_record()), _line({"park": e.idempotency_key, "reason": e.park_reason})]
            try:
                self._rewrite(lines)
            except OSError as exc:  # a full disk must not stop the app from starting: append to the old file
                self._logger.error(
                    "outbox %s: could not compact the journal (%s); it is rewritten on the next write", self.path, exc
                )
                self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
                self._dirty = True
        except BaseException:
            os.close(self._lock_fd)
            self._lock_fd = None
            raise
        if pending or parked:
            self._logger.info(
                "outbox %s: %d pending and %d parked change(s) from an earlier run", self.path, len(pending), len(parked)
            )
        return pending, parked

    def _set_aside(self, corrupt: list[bytes], torn_tail: bool) -> None:
        """Keep unreadable lines where a person can look at them, instead of erasing them at compaction."""
        fd = os.open(self.corrupt_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            _write_all(fd, b"".join(line + b"\n" for line in corrupt))
            os.fsync(fd)
        finally:
            os.close(fd)
        middle = len(corrupt) - int(torn_tail)
        self._logger.warning(
            "outbox %s: %d unreadable line(s) moved to %s (%d in the middle of the file%s); none of them is replayed",
            self.path,
            len(corrupt),
            self.corrupt_path,
            middle,
            ", and the last one cut short by a crash" if torn_tail else "",
        )

    # -- writing -------------------------------------------------------------------------------------

    def queued_seq(self) -> int:
        with self._cond:
            return self._seq

    def enqueue(self, record: dict[str, Any], *, reopen: bool = False, inline: bool = False) -> int:
        """Queue a record; returns its sequence number.

        ``inline``: the caller writes it with :meth:`write_through` (no thread hand-off for sync
        code); otherwise the writer thread does, so that an event loop never waits on the disk.

        After close, only a new change (``reopen``) takes the file again. A settled change (done,
        park) is then not written: on the next open the entry is replayed and meets 409, which counts
        as delivered, so nothing is billed twice.
        """
        with self._cond:
            if self._closed and not reopen:
                self._dirty = True
                return self._seq
            self._closed = False
            self._seq += 1
            self._queue.append((self._seq, _line(record)))
            if self._writer is None and not inline:
                self._start_writer()
            elif self._writer is not None:
                self._cond.notify_all()  # wake a lingering writer thread
            return self._seq

    def _start_writer(self) -> None:
        """Under _cond. Not a daemon: an interpreter exiting waits for queued records to reach the disk."""
        self._writer = threading.Thread(target=self._write_queued, name="autumn-outbox-journal")
        self._writer.start()

    def wait_durable(self, seq: int) -> bool:
        with self._cond:
            while self._written < seq:
                self._cond.wait()
            return self._durable >= seq

    def write_through(self, seq: int) -> bool:
        """Write the queue up to ``seq`` on this thread (unless another is writing it); returns whether it is on disk."""
        with self._cond:
            while self._written < seq:
                if self._writer is not None:
                    self._cond.wait()
                    continue
                if not self._queue:  # pragma: no cover - nothing of ours left to write
                    break
                self._writer = threading.current_thread()
                batch, self._queue = self._queue, []
                self._cond.release()
                try:
                    ok = self._persist(batch)
                finally:
                    self._cond.acquire()
                    self._writer = None
                self._written = max(self._written, batch[-1][0])
                if ok:
                    self._durable = max(self._durable, batch[-1][0])
                self._cond.notify_all()
            if self._queue and self._writer is None:
                self._start_writer()  # records queued meanwhile by callers that do not write themselves
            return self._durable >= seq

    def _write_queued(self) -> None:
        while True:
            with self._cond:
                if not self._queue and not self._closing:
                    # Linger a moment: an async replay settles one change after another, and a
                    # thread per record cost a fifth of its throughput.
                    self._cond.wait(_WRITER_LINGER)
                if not self._queue:
                    self._writer = None
                    self._cond.notify_all()
                    return
                batch, self._queue = self._queue, []
            last = batch[-1][0]
            ok = self._persist(batch)
            with self._cond:
                self._written = max(self._written, last)
                if ok:
                    self._durable = max(self._durable, last)
                self._cond.notify_all()

    def _persist(self, batch: list[tuple[int, bytes]]) -> bool:
        try:
            if self._fd is None:
                if self._lock_fd is None:
                    self._lock_fd = _take_lock(self.lock_path, self.path)
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            dead = self._records + len(batch) - self._live()
            if self._dirty or (dead >= self.compact_after and dead > self._live()):
                lines, _ = self._snapshot()
                self._rewrite(lines)  # the snapshot already reflects every queued record
            else:
                _write_all(self._fd, b"".join(line for _, line in batch))
                os.fsync(self._fd)
                self._records += len(batch)
        except (OSError, ValueError) as exc:
            self._dirty = True  # a record may be missing or torn: the next write rewrites the file whole
            if not self.broken:
                self.broken = True
                self._logger.error(
                    "outbox %s cannot be written (%s): changes are kept in memory only and are NOT durable "
                    "until it can be written again",
                    self.path,
                    exc,
                )
            return False
        if self.broken:
            self.broken = False
            self._logger.warning("outbox %s can be written again: rewritten with every pending change", self.path)
        return True

    def _rewrite(self, lines: list[bytes]) -> None:
        """Compact: write the live records into a new file and swap it in atomically."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            _write_all(fd, b"".join(self._unmoved + lines))
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
        os.close(fd)
        os.replace(tmp, self.path)
        _fsync_dir(self.path.parent)
        new_fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        if self._fd is not None:
            os.close(self._fd)
        self._fd = new_fd
        self._records = len(lines)
        self._dirty = False

    def close(self) -> None:
        with self._cond:
            self._closing = True
            self._cond.notify_all()
            while self._writer is not None:
                self._cond.wait()
            self._closing = False
            self._closed = True
            for fd in (self._fd, self._lock_fd):
                if fd is not None:
                    os.close(fd)  # closing the lock file releases the lock
            self._fd = self._lock_fd = None

    def forget_after_fork(self) -> None:
        """Close the child's copies of the parent's descriptors (the parent's lock stays in place)."""
        for fd in (self._fd, self._lock_fd):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._fd = self._lock_fd = None


def _parse(
    data: bytes,
) -> tuple[OrderedDict[str, OutboxEntry], OrderedDict[str, OutboxEntry], list[bytes], bool]:
    """Replay the journal's records: pending and parked entries, unreadable lines, and whether the last was torn."""
    pending: OrderedDict[str, OutboxEntry] = OrderedDict()
    parked: OrderedDict[str, OutboxEntry] = OrderedDict()
    corrupt: list[bytes] = []
    lines = data.split(b"\n")
    torn_tail = bool(lines[-1].strip())  # a last line without its newline: the write was cut short
    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not an object")
            if "done" in record:
                key = str(record["done"])
                pending.pop(key, None)
                parked.pop(key, None)
            elif "park" in record:
                entry = pending.pop(str(record["park"]), None)
                if entry is not None:
                    entry.park_reason = str(record.get("reason"))
                    parked[entry.idempotency_key] = entry
            elif "requeue" in record:
                entry = parked.pop(str(record["requeue"]), None)
                if entry is not None:
                    entry.park_reason, entry.ignore_age = None, True
                    pending[entry.idempotency_key] = entry
            else:
                entry = OutboxEntry.from_record(record)
                pending[entry.idempotency_key] = entry
        except (ValueError, KeyError, TypeError):
            corrupt.append(line)
    if corrupt and corrupt[-1] != lines[-1]:
        torn_tail = False
    return pending, parked, corrupt, torn_tail


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write less than asked (a full disk, a signal): loop, or a record would be torn."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, "no progress writing the outbox journal")
        view = view[written:]


def _read_all(fd: int) -> bytes:
    chunks = []
    os.lseek(fd, 0, os.SEEK_SET)
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def _take_lock(lock_path: Path, path: Path) -> int:
    """Take the journal for this process alone: two writers would interleave their records."""
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: one process per file is then the caller's promise
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise ValueError(f"outbox file {path} is in use by another process") from None
    return fd


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms that cannot open a directory
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def new_entry(
    operation: str, path: str, body: bytes, idempotency_key: str, server_url: str | None, created_at: float
) -> OutboxEntry:
    return OutboxEntry(operation, path, body, idempotency_key, server_url, created_at)
