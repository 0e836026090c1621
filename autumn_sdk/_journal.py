"""The outbox's storage: an append-only journal of JSON lines, its writer thread and its compaction.

Records are ``{"add": key, …}`` (a change), ``{"done": key}``, ``{"park": key, "reason": …}`` and
``{"requeue": key}``. Reading the file replays them into the pending and parked entries; what an
"add" record holds, and whether it may be replayed at all, is the outbox's policy (``_outbox``),
given here as ``decode``. Records are written by a background thread (so an event loop never waits
on the disk) or by the caller's own thread, and fsync'd per batch. A crash mid-write loses at most
the records being written. On open, and again at run time once dead records outnumber live ones,
the journal is compacted into a fresh file that atomically replaces the old one. Unreadable lines
are never replayed nor erased: they are moved to ``<path>.corrupt``.

The file belongs to one process at a time: a lock on ``<path>.lock`` (a file that is never
replaced, so compaction cannot race with another process taking the lock).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

_WRITER_LINGER = 0.05  # seconds the journal's writer thread waits for more records before it ends
# Runtime compaction starts once the journal holds this many dead records, and more dead than live.
COMPACT_AFTER_DEAD = 1000


class Entry(Protocol):
    """What the journal needs of an outbox entry."""

    idempotency_key: str
    park_reason: str | None
    ignore_age: bool

    def to_record(self) -> dict[str, Any]: ...


E = TypeVar("E", bound=Entry)


def line(record: dict[str, Any]) -> bytes:
    return json.dumps(record, separators=(",", ":")).encode() + b"\n"


def entry_lines(pending: OrderedDict[str, E], parked: OrderedDict[str, E]) -> list[bytes]:
    """The records that rebuild these entries: an "add" each, and a "park" after each parked one."""
    lines = [line(e.to_record()) for e in pending.values()]
    for e in parked.values():
        lines += [line(e.to_record()), line({"park": e.idempotency_key, "reason": e.park_reason})]
    return lines


class Journal:
    """The file behind an outbox: one lock, one append descriptor, one writer thread at a time."""

    def __init__(
        self,
        path: Path,
        logger: logging.Logger,
        snapshot: Callable[[], tuple[list[bytes], int]],
        live: Callable[[], int],
    ) -> None:
        """``snapshot``: every live record now (for compaction); ``live``: how many entries are live."""
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

    def open(self, decode: Callable[[dict[str, Any]], E]) -> tuple[OrderedDict[str, E], OrderedDict[str, E]]:
        """Take the file, read its pending and parked entries, and compact it.

        ``decode`` turns an "add" record into an entry, or raises ValueError (the line is then unreadable).
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock_fd = take_lock(self.lock_path, self.path)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                data = read_all(fd)
            finally:
                os.close(fd)
            pending, parked, corrupt, torn_tail = parse(data, decode)
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
            lines = entry_lines(pending, parked)
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
            write_all(fd, b"".join(line + b"\n" for line in corrupt))
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
            self._queue.append((self._seq, line(record)))
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
                    self._lock_fd = take_lock(self.lock_path, self.path)
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
            dead = self._records + len(batch) - self._live()
            if self._dirty or (dead >= self.compact_after and dead > self._live()):
                lines, _ = self._snapshot()
                self._rewrite(lines)  # the snapshot already reflects every queued record
            else:
                write_all(self._fd, b"".join(line for _, line in batch))
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
            write_all(fd, b"".join(self._unmoved + lines))
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            tmp.unlink(missing_ok=True)
            raise
        os.close(fd)
        os.replace(tmp, self.path)
        fsync_dir(self.path.parent)
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


def parse(
    data: bytes, decode: Callable[[dict[str, Any]], E]
) -> tuple[OrderedDict[str, E], OrderedDict[str, E], list[bytes], bool]:
    """Replay the journal's records: pending and parked entries, unreadable lines, and whether the last was torn."""
    pending: OrderedDict[str, E] = OrderedDict()
    parked: OrderedDict[str, E] = OrderedDict()
    corrupt: list[bytes] = []
    lines = data.split(b"\n")
    torn_tail = bool(lines[-1].strip())  # a last line without its newline: the write was cut short
    for raw in lines:
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
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
                added = decode(record)
                pending[added.idempotency_key] = added
        except (ValueError, KeyError, TypeError):
            corrupt.append(raw)
    if corrupt and corrupt[-1] != lines[-1]:
        torn_tail = False
    return pending, parked, corrupt, torn_tail


def write_all(fd: int, data: bytes) -> None:
    """os.write may write less than asked (a full disk, a signal): loop, or a record would be torn."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, "no progress writing the outbox journal")
        view = view[written:]


def read_all(fd: int) -> bytes:
    chunks = []
    os.lseek(fd, 0, os.SEEK_SET)
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    return b"".join(chunks)


def take_lock(lock_path: Path, path: Path) -> int:
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
        raise ValueError(f"outbox file {path} is in use by another client (in this process or another)") from None
    return fd


def fsync_dir(directory: Path) -> None:
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
