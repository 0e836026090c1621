"""The emulator's HTTP surface: a plain ASGI app speaking the balances API's wire contract.

Auth (bearer secret key), ``x-api-version``, Autumn's error bodies ``{message, code, env}``,
``Idempotency-Key`` (a repeat is 409 ``duplicate_idempotency_key`` and is not applied again; a key
whose request failed is released), input validation (400 ``invalid_inputs`` naming the field), and
scripted faults for tests of the code that calls it.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._generated.requests import OPERATIONS
from .._schema import SchemaError, validate_request
from ._model import ApiError, State

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_VERSION = re.compile(r"\d+(\.\d+)*")
_MAX_BODY = 1 << 20


@dataclass(frozen=True)
class Fault:
    """What the emulator does to a request instead of answering it normally.

    status: answer this status (with ``body``, default an Autumn error body) and apply nothing.
    delay: wait this long (seconds) first; with status None the request is then answered normally.
    drop: break the connection after the headers, so the answer is lost (``apply``: after applying it).
    """

    status: int | None = None
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    drop: bool = False
    apply: bool = False


_ROUTES = {"/v1/balances.check": "check", "/v1/balances.track": "track"}


class EmulatorApp:
    """ASGI application over a :class:`State`."""

    def __init__(self, state: State, secret_key: str, env: str = "sandbox") -> None:
        self.state = state
        self.secret_key = secret_key
        self.env = env
        self.faults: deque[Fault] = deque()
        self.requests = 0
        self._claimed: set[str] = set()
        self._lock = threading.Lock()

    def fail_next(self, count: int, fault: Fault) -> None:
        with self._lock:
            self.faults.extend([fault] * count)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                pass
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        body = await _read_body(receive)
        with self._lock:
            self.requests += 1
            fault = self.faults.popleft() if self.faults else None
        if fault is not None and fault.delay:
            await asyncio.sleep(fault.delay)
        if fault is not None and fault.status is not None:
            payload = (
                fault.body if fault.body is not None else self._error_body("injected_fault", f"Injected fault: {fault.status}")
            )
            await _respond(send, fault.status, payload, fault.headers)
            return
        if fault is not None and fault.drop and not fault.apply:
            await _drop(send)
            return
        status, payload = self.handle(scope, body)
        if fault is not None and fault.drop:
            await _drop(send)
            return
        await _respond(send, status, payload)

    def handle(self, scope: Scope, body: bytes) -> tuple[int, bytes]:
        """Answer one request: (status, JSON body)."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        key = headers.get("idempotency-key")
        try:
            operation = self._route(scope)
            self._authenticate(headers)
            version = headers.get("x-api-version", "2.1")
            if not _VERSION.fullmatch(version):
                raise ApiError(400, "invalid_api_version", f"Invalid x-api-version: {version!r}")
            if key is not None:
                with self._lock:
                    if key in self._claimed:
                        raise ApiError(409, "duplicate_idempotency_key", f"Idempotency key {key!r} was already used")
                    self._claimed.add(key)
            try:
                params = _validate(scope["path"], body)
                result = self.state.check(params) if operation == "check" else self.state.track(params)
            except BaseException:
                if key is not None:
                    with self._lock:
                        self._claimed.discard(key)  # a failed request releases its key
                raise
            return 200, json.dumps(result).encode()
        except ApiError as exc:
            return exc.status, self._error_body(exc.code, exc.message)
        except Exception as exc:  # a bug here must still answer like the API does
            return 500, self._error_body("internal_error", f"Internal error: {type(exc).__name__}")

    def _route(self, scope: Scope) -> str:
        operation = _ROUTES.get(scope["path"])
        if operation is None:
            raise ApiError(404, "not_found", f"No route {scope['method']} {scope['path']}")
        if scope["method"] != "POST":
            raise ApiError(405, "invalid_request", f"{scope['path']} takes POST, not {scope['method']}")
        return operation

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        auth = headers.get("authorization", "")
        if not auth:
            raise ApiError(401, "no_secret_key", "No secret key: send Authorization: Bearer <secret key>")
        if auth != f"Bearer {self.secret_key}":
            raise ApiError(401, "invalid_secret_key", "Invalid secret key")

    def _error_body(self, code: str, message: str) -> bytes:
        return json.dumps({"message": message, "code": code, "env": self.env}).encode()


def _validate(path: str, body: bytes) -> dict[str, Any]:
    """The body's known fields, checked against openapi.yaml (via the generated request schemas)."""
    try:
        data = json.loads(body) if body else None
    except ValueError as exc:
        raise ApiError(400, "invalid_inputs", f"The body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise ApiError(400, "invalid_inputs", "The body must be a JSON object")
    try:
        params: dict[str, Any] = validate_request(OPERATIONS[path][0], data, strict=False)
    except SchemaError as exc:
        raise ApiError(400, "invalid_inputs", str(exc)) from None
    if path.endswith("balances.track") and "feature_id" not in params and "event_name" not in params:
        raise ApiError(400, "invalid_inputs", "feature_id: Either feature_id or event_name is required")
    return params


def _is(kind: str, value: Any) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if kind == "array":
        return isinstance(value, list)
    return kind == "any" or isinstance(value, dict)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= _MAX_BODY:
            chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _respond(send: Send, status: int, payload: bytes, headers: tuple[tuple[str, str], ...] = ()) -> None:
    raw_headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in headers]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})


async def _drop(send: Send) -> None:
    """Promise a body, send part of it, then break off: the client sees the answer lost."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"', "more_body": True})
    raise ConnectionAbortedError("fault injected: connection dropped")
