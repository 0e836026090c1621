"""The outbox: balance changes that failed open, kept with their Idempotency-Key to be sent again.

In memory by default. With a path it is also an append-only journal of JSON lines, one fsync'd
record per change, so a crash mid-write loses at most the record being written: on open a torn last
line is skipped and the journal is compacted into a fresh file that atomically replaces the old one.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

DEFAULT_LIMIT = 10_000


class OutboxEntry:
    """One call to send again, exactly as it was first sent."""

    __slots__ = ("body", "created_at", "idempotency_key", "operation", "path", "server_url")

    def __init__(
        self, operation: str, path: str, body: bytes, idempotency_key: str, server_url: str | None, created_at: float
    ) -> None:
        self.operation = operation
        self.path = path
        self.body = body
        self.idempotency_key = idempotency_key
        self.server_url = server_url
        self.created_at = created_at

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
        return cls(
            operation=str(record["operation"]),
            path=str(record["path"]),
            body=json.dumps(record["body"], separators=(",", ":")).encode(),
            idempotency_key=str(record["add"]),
            server_url=record.get("server_url"),
            created_at=float(record["created_at"]),
        )


class Outbox:
    """Pending balance changes, oldest first, at most ``limit`` of them (past it the oldest are dropped).

    ``len(outbox)`` is how many are pending; ``dropped`` counts those given up on (over the limit, or
    refused by the API when replayed).
    """

    def __init__(
        self, path: str | os.PathLike[str] | None = None, limit: int = DEFAULT_LIMIT, logger: logging.Logger | None = None
    ) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"outbox_limit must be a positive int, not {limit!r}")
        self.path = Path(path) if path is not None else None
        self.limit = limit
        self.dropped = 0
        self._logger = logger or logging.getLogger("autumn_sdk")
        self._entries: OrderedDict[str, OutboxEntry] = OrderedDict()
        self._lock = threading.Lock()
        self._fd: int | None = None
        if self.path is not None:
            self._open_journal(self.path)

    def __len__(self) -> int:
        return len(self._entries)

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"Outbox({where}, pending={len(self)}, dropped={self.dropped}, limit={self.limit})"

    def entries(self) -> list[OutboxEntry]:
        """A snapshot, oldest first."""
        with self._lock:
            return list(self._entries.values())

    def add(self, entry: OutboxEntry) -> None:
        with self._lock:
            self._entries[entry.idempotency_key] = entry
            self._append(entry.to_record())
            while len(self._entries) > self.limit:
                key, oldest = self._entries.popitem(last=False)
                self._append({"done": key})
                self.dropped += 1
                self._logger.warning(
                    "outbox full (%d): dropped the oldest %s (Idempotency-Key %s); %d dropped so far",
                    self.limit,
                    oldest.operation,
                    key,
                    self.dropped,
                )

    def remove(self, entry: OutboxEntry, *, dropped: bool = False) -> None:
        with self._lock:
            if self._entries.pop(entry.idempotency_key, None) is None:
                return
            self._append({"done": entry.idempotency_key})
            if dropped:
                self.dropped += 1

    def reset_after_fork(self) -> None:
        """In a forked child: drop the parent's pending changes (the parent delivers them) and its journal.

        flock() on a descriptor inherited through fork does not exclude the child, so the child never
        writes through it: it tries to take the journal afresh, which succeeds only if the parent has
        released it, and otherwise keeps its outbox in memory and says so.
        """
        self._lock = threading.Lock()  # another thread of the parent may have held it at the fork
        self._entries = OrderedDict()
        self.dropped = 0
        if self._fd is not None:
            os.close(self._fd)  # closing the child's copy leaves the parent's lock in place
            self._fd = None
        if self.path is None:
            return
        try:
            self._open_journal(self.path)
        except ValueError:
            self._logger.warning(
                "outbox %s is held by the parent process: this forked child (pid %d) keeps its outbox in memory only. "
                "Create the Autumn client after the fork, with its own outbox_path, to keep it durable.",
                self.path,
                os.getpid(),
            )
            self.path = None

    def close(self) -> None:
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)  # also releases the lock
                self._fd = None

    # -- the journal -------------------------------------------------------------------------------

    def _append(self, record: dict[str, Any]) -> None:
        if self.path is None:
            return
        if self._fd is None:  # closed with its client, which is in use again
            self._fd = _lock(os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600), self.path)
        os.write(self._fd, json.dumps(record, separators=(",", ":")).encode() + b"\n")
        os.fsync(self._fd)

    def _open_journal(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = _lock(os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600), path)
        skipped = self._load(fd)
        if skipped:
            self._logger.warning("outbox %s: skipped %d unreadable record(s) (a write cut short)", path, skipped)
        # Compact: write what is pending into a new file and swap it in atomically.
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as out:
            for entry in self._entries.values():
                out.write(json.dumps(entry.to_record(), separators=(",", ":")).encode() + b"\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
        # The lock moves to the new file; a process waiting on the old one finds it replaced.
        new_fd = _lock(os.open(path, os.O_RDWR | os.O_APPEND), path)
        os.close(fd)
        self._fd = new_fd
        if self._entries:
            self._logger.info("outbox %s: %d pending change(s) from an earlier run", path, len(self._entries))

    def _load(self, fd: int) -> int:
        data = b""
        os.lseek(fd, 0, os.SEEK_SET)
        while chunk := os.read(fd, 1 << 16):
            data += chunk
        skipped = 0
        for line in data.split(b"\n"):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if "done" in record:
                    self._entries.pop(str(record["done"]), None)
                else:
                    entry = OutboxEntry.from_record(record)
                    self._entries[entry.idempotency_key] = entry
            except (ValueError, KeyError, TypeError):
                skipped += 1
        while len(self._entries) > self.limit:
            self._entries.popitem(last=False)
            self.dropped += 1
        return skipped


def _lock(fd: int, path: Path) -> int:
    """Take the journal for this process alone: two writers would interleave their records."""
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


def new_entry(operation: str, path: str, body: bytes, idempotency_key: str, server_url: str | None) -> OutboxEntry:
    return OutboxEntry(operation, path, body, idempotency_key, server_url, time.time())
