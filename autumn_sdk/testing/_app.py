"""The emulator's HTTP surface: a plain ASGI app speaking API 2.1's and 2.3's wire contracts.

Routes and request validation come from the generated tables of the request's version
(``x-api-version``, see ``_versions``); each operationId is answered by its handler in the registry,
and the answer is shaped for that version. Around that:
bearer auth, ``x-api-version`` (only the versions modelled), a 1 MiB body limit (413), Autumn's
error bodies ``{message, code, env}``, ``Idempotency-Key`` (scoped to the org and env, kept 24 h on
the emulator's clock; a repeat is 409 ``duplicate_idempotency_key``; a failed request releases it,
unless it failed with a 409),
the hosted pages a browser would open (checkout, portal), and scripted faults for tests.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import socket
import struct
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._generated.v2_1.requests import OPERATIONS
from .._schema import SchemaError, validate_request
from . import _versions
from ._registry import answering, handlers
from ._store import ApiError, Store

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

_MAX_BODY = 1 << 20


@dataclass(frozen=True)
class Fault:
    """What the emulator does to a request instead of answering it normally.

    status: answer this status (with ``body``, default an Autumn error body) and apply nothing.
    delay: wait this long (seconds) first; with status None the request is then answered normally.
    drop: break the connection after the headers, so the answer is lost (``apply``: after applying it).
    reset: reset the connection (TCP RST) once the request is read, before any byte of an answer
    (``apply``: after applying it).
    """

    status: int | None = None
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    drop: bool = False
    apply: bool = False
    reset: bool = False


SERVED_VERSIONS = _versions.SERVED


@dataclass(frozen=True)
class Route:
    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]


def _routes(operations: Mapping[str, tuple[str, str, str | None, str]]) -> list[Route]:
    """Every operation of a version, from its generated table; ``{name}`` path parameters match a segment."""
    routes = []
    for template, (operation_id, method, _, _) in operations.items():
        pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template))
        routes.append(Route(operation_id, method.upper(), template, re.compile(pattern + r"\Z")))
    return routes


class EmulatorApp:
    """ASGI application over a :class:`Store`."""

    def __init__(self, store: Store, secret_key: str) -> None:
        self.store = store
        self.secret_key = secret_key
        self.faults: deque[Fault] = deque()
        self.requests = 0
        # 2.1 from this module's OPERATIONS (tests patch it), 2.3 from its own table.
        self.routes = {v: _routes(OPERATIONS if v == "2.1" else _versions.operations(v)) for v in SERVED_VERSIONS}
        self.handlers = handlers()
        self._lock = threading.Lock()

    @property
    def env(self) -> str:
        return self.store.env

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
        body, too_large = await _read_body(receive)
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
        if fault is not None and (fault.drop or fault.reset) and not fault.apply:
            await (_reset(send) if fault.reset else _drop(send))
            return
        if too_large:
            status, payload = 413, self._error_body("payload_too_large", f"The body is larger than {_MAX_BODY} bytes")
        else:
            status, payload = self.handle(scope, body)
        if fault is not None and (fault.drop or fault.reset):
            await (_reset(send) if fault.reset else _drop(send))
            return
        content_type = "text/html; charset=utf-8" if payload.startswith(b"<!doctype html>") else "application/json"
        await _respond(send, status, payload, content_type=content_type)

    def handle(self, scope: Scope, body: bytes) -> tuple[int, bytes]:
        """Answer one request: (status, body)."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        claimed: str | None = None  # the idempotency key this request claimed
        try:
            page = self._hosted_page(scope)
            if page is not None:
                return 200, page
            version = _versions.resolve(headers.get("x-api-version"))
            route, path_params = self._route(scope, version)
            self._authenticate(headers)
            handler = _versions.handler(version, route.operation_id, self.handlers)
            if handler is None:  # an operation of the document that no resource module answers yet
                raise ApiError(501, "not_implemented", f"The emulator does not model {route.operation_id} yet")
            params = {**_validate(route.operation_id, body, version), **path_params}
            key = headers.get("idempotency-key")
            _versions.settle(self.store)  # its own change: balance locks past their expiry are released
            # The key is released with everything else if the handler fails, except with a 409.
            with self.store.transaction(), answering(version):
                if key is not None:
                    self.store.claim_idempotency_key(key)
                    claimed = key
                result = _versions.render(version, route.operation_id, self.store, params, handler(self.store, params))
            return _versions.status(route.operation_id, params), json.dumps(result).encode()
        except ApiError as exc:
            if claimed is not None and exc.status == 409:
                # withIdempotencyKey.ts: a refused-as-conflicting request keeps its key.
                with self.store.transaction():
                    self.store.claim_idempotency_key(claimed)
            return exc.status, self._error_body(exc.code, exc.message)
        except Exception as exc:  # a bug here must still answer like the API does
            return 500, self._error_body("internal_error", f"Internal error: {type(exc).__name__}: {exc}")

    def _route(self, scope: Scope, version: str) -> tuple[Route, dict[str, str]]:
        path, method = scope["path"], scope["method"]
        allowed = []
        for route in self.routes[version]:
            match = route.pattern.match(path)
            if match is None:
                continue
            if route.method == method:
                return route, match.groupdict()
            allowed.append(route.method)
        if allowed:
            raise ApiError(405, "invalid_request", f"{path} takes {' or '.join(allowed)}, not {method}")
        raise ApiError(404, "not_found", f"No route {method} {path}")

    def _hosted_page(self, scope: Scope) -> bytes | None:
        """The emulator's stand-ins for the pages a browser opens: checkout, customer portal."""
        if scope["method"] != "GET":
            return None
        path = scope["path"]
        if path.startswith("/checkout/"):
            from .resources.billing import complete_checkout

            with self.store.transaction():
                checkout = self.store.checkouts.get(path.removeprefix("/checkout/"))
                customer_id = checkout.customer_id if checkout else ""
                complete_checkout(self.store, path.removeprefix("/checkout/"))
            return _page("Payment complete", f"Customer {customer_id} paid; the emulator applied the purchase.")
        if path.startswith("/invoices/"):
            invoice_id = path.removeprefix("/invoices/")
            with self.store.lock:
                found = [(c.id, i) for c in self.store.customers.values() for i in c.invoices if i["stripe_id"] == invoice_id]
            if not found:
                raise ApiError(404, "invoice_not_found", f"Invoice {invoice_id} not found")
            customer_id, invoice = found[0]
            return _page(
                f"Invoice {invoice_id}", f"Customer {customer_id}: {invoice['total']} {invoice['currency']}, {invoice['status']}."
            )
        if path.startswith("/portal/"):
            with self.store.transaction():
                customer = self.store.customer(path.removeprefix("/portal/"))
                plans = ", ".join(s.plan.name for s in customer.subscriptions) or "no plan"
            return _page("Customer portal", f"Customer {customer.id}: {plans}.")
        return None

    def _authenticate(self, headers: Mapping[str, str]) -> None:
        auth = headers.get("authorization", "")
        if not auth:
            raise ApiError(401, "no_secret_key", "No secret key: send Authorization: Bearer <secret key>")
        if auth != f"Bearer {self.secret_key}":
            raise ApiError(401, "invalid_secret_key", "Invalid secret key")

    def _error_body(self, code: str, message: str) -> bytes:
        return json.dumps({"message": message, "code": code, "env": self.env}).encode()


def _page(title: str, text: str) -> bytes:
    return f"<!doctype html><title>{html.escape(title)}</title><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p>".encode()


def _validate(operation_id: str, body: bytes, version: str) -> dict[str, Any]:
    """The body checked against its version's request schema (unknown keys dropped, as the API does).

    A body that is a JSON array (balances.batch_track) comes to the handler as ``{"body": [...]}``.
    """
    schema = _versions.request_schema(version, operation_id)
    if schema is None:
        return {}  # an operation without a body ignores one, as the API does
    try:
        data = json.loads(body) if body else {}  # no body: every field missing, named by the validation below
    except ValueError as exc:
        raise ApiError(400, "invalid_inputs", f"The body is not valid JSON: {exc}") from None
    takes_array = schema.get("type") == "array"
    if not isinstance(data, list if takes_array else dict):
        raise ApiError(400, "invalid_inputs", f"The body must be a JSON {'array' if takes_array else 'object'}")
    try:
        params = validate_request(operation_id, data, strict=False, version=_versions.package(version))
    except SchemaError as exc:
        raise ApiError(400, "invalid_inputs", str(exc)) from None
    return {"body": params} if takes_array else dict(params)


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    """The body, and whether it was over the limit (then it is read to the end and dropped)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size <= _MAX_BODY:
            chunks.append(chunk)
        if not message.get("more_body"):
            return (b"" if size > _MAX_BODY else b"".join(chunks)), size > _MAX_BODY


async def _respond(
    send: Send, status: int, payload: bytes, headers: tuple[tuple[str, str], ...] = (), content_type: str = "application/json"
) -> None:
    raw_headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(payload)).encode())]
    raw_headers += [(k.lower().encode(), v.encode()) for k, v in headers]
    await send({"type": "http.response.start", "status": status, "headers": raw_headers})
    await send({"type": "http.response.body", "body": payload})


def _transport(send: Send) -> asyncio.Transport | None:
    """The connection under uvicorn's ``send`` (its request cycle keeps it), to break it quietly."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    return transport if isinstance(transport, asyncio.Transport) else None


async def _let_the_server_see_it_closed() -> None:
    # The server learns of the closed connection on the loop's next turns; returning before that
    # would make it log "returned without completing response".
    for _ in range(3):
        await asyncio.sleep(0)


async def _drop(send: Send) -> None:
    """Promise a body, send part of it, then close: the client sees the answer lost."""
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"', "more_body": True})
    transport = _transport(send)
    if transport is None:  # a server other than uvicorn: raising breaks the connection too (and is logged)
        raise ConnectionAbortedError("fault injected: connection dropped")
    transport.close()
    await _let_the_server_see_it_closed()


async def _reset(send: Send) -> None:
    """Close with SO_LINGER 0, so the client gets a TCP RST instead of any answer."""
    transport = _transport(send)
    if transport is None:
        raise ConnectionResetError("fault injected: connection reset")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    await _let_the_server_see_it_closed()
