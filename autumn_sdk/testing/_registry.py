"""The handler registry: one function per operationId, registered by the resource modules.

To serve a new operation, write ``@handles("operationId")`` over a function in the module of its
resource (``resources/<group>.py``). The function gets the store and the validated request (body
fields plus any path parameters) and returns the JSON answer; it raises ``ApiError`` to refuse.
It runs inside ``Store.transaction()``: serialised, and rolled back if it raises.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ._store import Store

Handler = Callable[[Store, Mapping[str, Any]], dict[str, Any]]

HANDLERS: dict[str, Handler] = {}


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
