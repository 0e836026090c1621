"""The handler registry: one function per operationId, registered by the resource modules.

To serve a new operation, write ``@handles("operationId")`` over a function in the module of its
resource (``resources/<group>.py``). The function gets the store and the validated request (body
fields plus any path parameters) and returns the JSON answer; it raises ``ApiError`` to refuse.
It runs inside ``Store.transaction()``: serialised, and rolled back if it raises. Where the server
answers differently by ``x-api-version``, the handler asks ``api_version()`` (or ``at_least``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from .._generated.versions import DEFAULT_VERSION
from ._store import Store

Handler = Callable[[Store, Mapping[str, Any]], dict[str, Any]]

HANDLERS: dict[str, Handler] = {}

# When no request is being answered: the default version, as for a request without the header.
_VERSION: ContextVar[str] = ContextVar("autumn_emulator_api_version", default=DEFAULT_VERSION)


def api_version() -> str:
    """The ``x-api-version`` of the request being answered (the default when it sent none)."""
    return _VERSION.get()


def at_least(version: str) -> bool:
    """Whether the request's API version is ``version`` or later (``"2.3"``)."""
    return _parse(api_version()) >= _parse(version)


def _parse(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@contextmanager
def answering(version: str) -> Iterator[None]:
    """Handlers called inside see ``version`` as the request's API version."""
    token = _VERSION.set(version)
    try:
        yield
    finally:
        _VERSION.reset(token)


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}: {HANDLERS[operation_id].__name__} and {handler.__name__}")
        HANDLERS[operation_id] = handler
        return handler

    return register


def handlers() -> dict[str, Handler]:
    """Every registered handler (importing the resource modules registers them)."""
    from . import resources  # noqa: F401

    return HANDLERS
