"""A real HTTP server on 127.0.0.1, scripted per request, for wire-level and fault tests.

Each request is recorded. The answer comes from the script (a queue of ``Reply``) when it is not
empty, else from a small in-memory model of Autumn that honours ``Idempotency-Key`` and counts the
usage it applied: enough to prove that a retried ``track`` is applied exactly once.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SECRET_KEY = "am_sk_test_loopback0123456789"


@dataclass(frozen=True)
class Recorded:
    method: str
    path: str
    headers: dict[str, str]  # lower-cased names
    body: bytes
    at: float

    @property
    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    """One scripted answer. ``fault`` breaks the connection instead of (or in the middle of) answering.

    fault: None | "reset" (RST before any byte) | "close" (FIN before any byte) |
           "truncate" (headers promise more body than is sent, then close)
    ``apply`` makes the server apply the request (count usage, claim the key) before the fault or answer.
    """

    status: int = 200
    body: bytes | dict[str, Any] | str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    fault: str | None = None
    apply: bool = False


def balance(feature_id: str = "messages", remaining: float = 72, granted: float = 100) -> dict[str, Any]:
    return {
        "feature_id": feature_id,
        "granted": granted,
        "remaining": remaining,
        "usage": granted - remaining,
        "unlimited": False,
        "overage_allowed": False,
        "max_purchase": None,
        "next_reset_at": 1773851121437,
        "breakdown": [
            {
                "id": "cus_ent_39qmLooixXLAqMywgXywjAz96rV",
                "plan_id": "pro_plan",
                "included_grant": granted,
                "prepaid_grant": 0,
                "remaining": remaining,
                "usage": granted - remaining,
                "unlimited": False,
                "reset": {"interval": "month", "resets_at": 1773851121437},
                "price": None,
                "expires_at": None,
            }
        ],
    }


def error_body(code: str, message: str, status: int) -> Reply:
    return Reply(status, {"message": message, "code": code, "env": "sandbox"})


class LoopbackServer:
    """Start with ``LoopbackServer()``; stop with ``close()``. ``url`` is its base URL."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.script: deque[Reply | Callable[[Recorded], Reply]] = deque()
        self.usage: dict[str, float] = {}  # feature_id -> usage applied (the server-side counter)
        self.claimed_keys: set[str] = set()
        self._lock = threading.Lock()
        self._httpd = _Server(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def enqueue(self, *replies: Reply | Callable[[Recorded], Reply]) -> None:
        self.script.extend(replies)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def applied(self, feature_id: str = "messages") -> float:
        return self.usage.get(feature_id, 0)

    # -- the in-memory model of the API ----------------------------------------------------------

    def apply(self, request: Recorded) -> Reply:
        """Answer like Autumn: auth, idempotency, then the operation itself."""
        if request.headers.get("authorization") != f"Bearer {SECRET_KEY}":
            return error_body("invalid_secret_key", "Invalid secret key", 401)
        key = request.headers.get("idempotency-key")
        with self._lock:
            if key is not None:
                if key in self.claimed_keys:
                    return error_body("duplicate_idempotency_key", "Idempotency key already used", 409)
                self.claimed_keys.add(key)
            body = request.json
            if request.path == "/v1/balances.track":
                feature = body.get("feature_id", "messages")
                value = body.get("value", 1)
                self.usage[feature] = self.usage.get(feature, 0) + value
                return Reply(
                    200,
                    {"customer_id": body["customer_id"], "value": value, "balance": balance(feature, 100 - self.usage[feature])},
                )
            if request.path == "/v1/balances.check":
                feature = body["feature_id"]
                required = body.get("required_balance", 1)
                if body.get("send_event"):
                    self.usage[feature] = self.usage.get(feature, 0) + required
                return Reply(
                    200,
                    {
                        "allowed": True,
                        "customer_id": body["customer_id"],
                        "entity_id": body.get("entity_id"),
                        "required_balance": required,
                        "balance": balance(feature, 100 - self.usage.get(feature, 0)),
                    },
                )
        return error_body("not_found", f"No route {request.path}", 404)

    def next_reply(self, request: Recorded) -> Reply:
        with self._lock:
            scripted = self.script.popleft() if self.script else None
        if scripted is None:
            return self.apply(request)
        reply = scripted(request) if callable(scripted) else scripted
        if reply.apply:
            self.apply(request)
        return reply


class _Server(ThreadingHTTPServer):
    # socketserver's default backlog of 5 drops connects under concurrency (1 s SYN retransmits).
    request_queue_size = 1024


def _handler(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out as two writes: with Nagle on, the body waits ~40 ms for an ACK.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", 0))
            body = self.rfile.read(length)
            request = Recorded("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body, time.monotonic())
            server.requests.append(request)
            reply = server.next_reply(request)
            if reply.delay:
                time.sleep(reply.delay)
            if reply.fault in ("reset", "close"):
                if reply.fault == "reset":
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.close_connection = True
                self.connection.close()
                return
            payload = _payload(reply.body)
            try:
                self.send_response(reply.status)
                content_type = "application/json" if isinstance(reply.body, dict) else "text/html"
                headers = {"content-type": content_type, **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                if reply.fault == "truncate":
                    self.send_header("content-length", str(len(payload) + 100))
                    self.end_headers()
                    self.wfile.write(payload)
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        do_GET = do_POST

    return Handler


def _payload(body: bytes | dict[str, Any] | str | None) -> bytes:
    if body is None:
        return b""
    if isinstance(body, dict):
        return json.dumps(body).encode()
    if isinstance(body, str):
        return body.encode()
    return body


def unused_port() -> int:
    """A loopback port nothing listens on: connecting to it is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


class StallingServer:
    """A TCP listener on 127.0.0.1 that reads each request and then stalls: ``mode`` "silent" never
    answers; "trickle" sends headers promising a body, then one byte every ``interval`` seconds.
    ``connections`` counts the connections accepted (one per attempt: a stalled one is never reused).
    """

    def __init__(self, mode: str = "silent", interval: float = 0.05) -> None:
        self.mode = mode
        self.interval = interval
        self.connections = 0
        self._closed = threading.Event()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self._sock.settimeout(0.05)
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._stall, args=(conn,), daemon=True).start()

    def _stall(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(1.0)
            try:
                conn.recv(65536)
                if self.mode == "trickle":
                    conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n")
                while not self._closed.wait(self.interval):
                    if self.mode == "trickle":
                        conn.sendall(b" ")
            except OSError:
                return

    def close(self) -> None:
        self._closed.set()
        self._sock.close()
