"""LocalAutumn: the emulator as a real HTTP server on loopback, in a background thread."""

from __future__ import annotations

import json
import os
import secrets
import socket
import threading
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from ._app import EmulatorApp, Fault
from ._model import Clock, State

DEMO_SEED: dict[str, Any] = {
    "features": [
        {"id": "messages", "name": "Messages", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"id": "sso", "name": "SSO", "type": "boolean"},
    ],
    "plans": [
        {
            "id": "pro",
            "name": "Pro",
            "items": [{"feature_id": "messages", "included_usage": 100, "interval": "month"}, {"feature_id": "sso"}],
        }
    ],
    "customers": [{"id": "cus_123", "plans": ["pro"]}],
}


def load_seed(seed: Mapping[str, Any] | str | os.PathLike[str] | None) -> Mapping[str, Any]:
    """A seed as a mapping: given as one, or read from a .json/.yaml/.yml file."""
    if seed is None:
        return DEMO_SEED
    if isinstance(seed, Mapping):
        return seed
    path = Path(seed)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
    else:
        import yaml

        data = yaml.safe_load(text)
    if not isinstance(data, Mapping):
        raise ValueError(f"{path}: a seed is a mapping with features, plans and customers")
    return data


class LocalAutumn:
    """A stateful Autumn emulator on ``http://127.0.0.1:<port>``.

    >>> with LocalAutumn(seed={...}) as server:
    ...     autumn = Autumn(secret_key=server.secret_key, server_url=server.url)

    ``seed`` is a mapping or a JSON/YAML file in Autumn's vocabulary (features, plans, customers);
    the default is a demo with ``cus_123`` on a ``pro`` plan of 100 messages a month.
    ``clock`` lets tests move time (``server.clock.advance(days=31)``) to see balances reset.
    """

    def __init__(
        self,
        seed: Mapping[str, Any] | str | os.PathLike[str] | None = None,
        *,
        port: int = 0,
        secret_key: str | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.secret_key = secret_key or f"am_sk_test_local{secrets.token_hex(12)}"
        self.state = State(load_seed(seed), clock)
        self.clock = self.state.clock
        self.app = EmulatorApp(self.state, self.secret_key)
        # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted connections only for such sockets;
        # without it every answer waits ~40 ms for a delayed ACK.
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port))
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"LocalAutumn(url={self.url!r}, customers={sorted(self.state.customers)})"

    def start(self) -> LocalAutumn:
        import uvicorn

        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", access_log=False, timeout_keep_alive=30)
        self._server = uvicorn.Server(config)
        self._socket.listen(1024)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="local-autumn", daemon=True
        )
        self._thread.start()
        ready = threading.Event()
        while not self._server.started and self._thread.is_alive():
            ready.wait(0.005)
        if not self._server.started:
            raise RuntimeError("the Autumn emulator did not start")
        return self

    def stop(self) -> None:
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
            self._server = None
        self._socket.close()

    def __enter__(self) -> LocalAutumn:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    # -- for tests ---------------------------------------------------------------------------------

    def fail_next(
        self,
        count: int = 1,
        *,
        status: int | None = None,
        delay: float = 0.0,
        drop: bool = False,
        apply: bool = False,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Make the next ``count`` requests fail: with ``status``, after ``delay`` seconds, or ``drop``ped.

        ``drop=True`` breaks the connection before the answer arrives; with ``apply=True`` the request
        is applied first (the case an Idempotency-Key protects against).
        """
        if status is None and not delay and not drop:
            raise ValueError("fail_next needs status, delay or drop")
        payload = body.encode() if isinstance(body, str) else body
        self.app.fail_next(count, Fault(status, payload, tuple((headers or {}).items()), delay, drop, apply))

    def balance(self, customer_id: str, feature_id: str, entity_id: str | None = None) -> dict[str, Any] | None:
        """The customer's balance of a feature as the API would report it (records no usage)."""
        return self.state.balance(customer_id, feature_id, entity_id)

    def add_customer(self, customer_id: str, plans: list[str]) -> None:
        self.state.add_customer(customer_id, plans)

    @property
    def requests(self) -> int:
        """How many requests the emulator has received."""
        return self.app.requests
