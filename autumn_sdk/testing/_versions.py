"""The API versions the emulator speaks, and what differs between them.

One store, rendered per version: the handlers of ``resources`` answer in 2.1's shape, and a 2.3
request is answered in 2.3's by ``render`` (the fields 2.3 added, from the same state) or by a
handler of its own (``handles_in("2.3", ...)``: cursor pages, locks, the 2.3-only operations).
Each request is routed and validated with its version's generated tables.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

from .._generated.versions import DEFAULT_VERSION, VERSIONS
from ._registry import Handler
from ._store import ApiError, Store

# Every version the SDK ships (its generated tables), oldest first; no header: the newest, as the SDK's.
SERVED = tuple(sorted(VERSIONS, key=lambda v: tuple(int(part) for part in v.split("."))))
DEFAULT = DEFAULT_VERSION
_ALIASES = {alias: version for version in SERVED for alias in (version, f"{version}.0")}
_PACKAGES = VERSIONS

# Answers that are not 200: track's with ``async: true`` is 202 (queued). batch_track's is 200
# (handle-batch-track-status.test.ts on the server), though the published document says 202.
_ACCEPTED: set[str] = set()

_OVERRIDES: dict[str, dict[str, Handler]] = {version: {} for version in SERVED}
Renderer = Callable[[Store, Mapping[str, Any], dict[str, Any]], dict[str, Any]]
_RENDERERS: dict[str, dict[str, Renderer]] = {version: {} for version in SERVED}


def resolve(header: str | None) -> str:
    """The version a request speaks: its ``x-api-version`` (``2.3`` or ``2.3.0``), else the default."""
    if header is None:
        return DEFAULT
    version = _ALIASES.get(header.strip())
    if version is None:
        raise ApiError(
            400,
            "invalid_api_version",
            f"x-api-version {header!r} is not served by this emulator; it serves {', '.join(SERVED)}",
        )
    return version


def package(version: str) -> str:
    """The subpackage of ``autumn_sdk._generated`` with the version's tables ("v2_3")."""
    return _PACKAGES[version]


def requests_module(version: str) -> ModuleType:
    return importlib.import_module(f"autumn_sdk._generated.{_PACKAGES[version]}.requests")


def operations(version: str) -> dict[str, tuple[str, str, str | None, str]]:
    table: dict[str, tuple[str, str, str | None, str]] = requests_module(version).OPERATIONS
    return table


def request_schema(version: str, operation_id: str) -> Any:
    return requests_module(version).REQUEST_SCHEMAS.get(operation_id)


def status(operation_id: str, params: Mapping[str, Any]) -> int:
    """The success status of a request: 202 for what Autumn queues, else 200."""
    return 202 if operation_id in _ACCEPTED or (operation_id == "track" and params.get("async") is True) else 200


def handles_in(version: str, operation_id: str) -> Callable[[Handler], Handler]:
    """Register ``handler`` for ``operation_id`` in requests of ``version`` only (it wins over ``handles``)."""

    def register(handler: Handler) -> Handler:
        if operation_id in _OVERRIDES[version]:
            raise RuntimeError(f"two {version} handlers for {operation_id}")
        _OVERRIDES[version][operation_id] = handler
        return handler

    return register


def renders(version: str, *operation_ids: str) -> Callable[[Renderer], Renderer]:
    """Register a function that turns the 2.1-shaped answer of ``operation_ids`` into ``version``'s shape."""

    def register(renderer: Renderer) -> Renderer:
        for operation_id in operation_ids:
            _RENDERERS[version][operation_id] = renderer
        return renderer

    return register


def handler(version: str, operation_id: str, shared: Mapping[str, Handler]) -> Handler | None:
    """The handler of ``operation_id`` in ``version``: its own, else the shared one (None: not modelled)."""
    _load()
    return _OVERRIDES[version].get(operation_id) or shared.get(operation_id)


def render(version: str, operation_id: str, store: Store, params: Mapping[str, Any], answer: dict[str, Any]) -> dict[str, Any]:
    _load()
    renderer = _RENDERERS[version].get(operation_id)
    return answer if renderer is None else renderer(store, params, answer)


def settle(store: Store) -> None:
    """What the emulator's clock has done since the last request: expired balance locks are released,
    in a transaction of their own (so a request refused afterwards cannot undo it), and only when due."""
    _load()
    from .resources.locks import due, expire_due

    if due(store):
        with store.transaction():
            expire_due(store)


def _load() -> None:
    """Importing the modules registers their handlers and renderers."""
    from . import _previews_2_3, _render_2_3  # noqa: F401
    from .resources import invoices, locks, pages, subjects, tracking  # noqa: F401
