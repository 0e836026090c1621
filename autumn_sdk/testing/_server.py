"""LocalAutumn: the emulator as a real HTTP server on loopback, in a background thread."""

from __future__ import annotations

import os
import secrets
import socket
import threading
from collections.abc import Mapping
from types import TracebackType
from typing import Any

from . import _versions
from ._app import EmulatorApp, Fault
from ._ledger import balance_json, feature_for_check
from ._provision import load_customer
from ._seed import add_customer, apply_seed, load_seed
from ._store import ApiError, Clock, SeedError, Store
from ._webhooks import WebhookEndpoint, register_webhook


class LocalAutumn:
    """A stateful Autumn emulator on ``http://127.0.0.1:<port>``.

    >>> with LocalAutumn(seed={...}) as server:
    ...     autumn = Autumn(secret_key=server.secret_key, server_url=server.url)

    ``seed`` is a mapping or a JSON/YAML file in Autumn's vocabulary (features, plans, customers);
    the default is a demo with ``cus_123`` on a ``pro`` plan of 100 messages a month, and
    ``seed={}`` starts empty (create features, plans and customers through the API).
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
        self.store = Store(clock)
        apply_seed(self.store, load_seed(seed))
        self.clock = self.store.clock
        self.app = EmulatorApp(self.store, self.secret_key)
        # proto=IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted connections only for such sockets;
        # without it every answer waits ~40 ms for a delayed ACK.
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port))
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.store.base_url = self.url
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"LocalAutumn(url={self.url!r}, customers={sorted(self.store.customers)})"

    @property
    def state(self) -> Store:
        """The store (the name older tests use)."""
        return self.store

    def start(self) -> LocalAutumn:
        import uvicorn

        # http="h11": the protocol whose connection the drop and reset faults know how to break.
        config = uvicorn.Config(
            self.app, http="h11", log_level="warning", lifespan="off", access_log=False, timeout_keep_alive=30
        )
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
        reset: bool = False,
    ) -> None:
        """Make the next ``count`` requests fail: with ``status``, after ``delay`` seconds, ``drop``ped or ``reset``.

        ``drop=True`` breaks the connection after the answer's headers, so its body never arrives;
        ``reset=True`` resets the connection (TCP RST) after reading the request, before any byte of
        an answer. With ``apply=True`` the request is applied first (the case an Idempotency-Key
        protects against). Neither writes a traceback to the server's stderr.
        """
        if status is None and not delay and not drop and not reset:
            raise ValueError("fail_next needs status, delay, drop or reset")
        if drop and reset:
            raise ValueError("fail_next takes drop or reset, not both")
        payload = body.encode() if isinstance(body, str) else body
        fault = Fault(status, payload, tuple((headers or {}).items()), delay, drop, apply, reset)
        self.app.fail_next(count, fault)

    def balance(self, customer_id: str, feature_id: str, entity_id: str | None = None) -> dict[str, Any] | None:
        """The customer's balance of a feature as ``check`` would report it (records no usage)."""
        _versions.settle(self.store)  # API 2.3: balance locks past their expiry are released first
        with self.store.transaction():
            customer = load_customer(self.store, customer_id)
            paying, _, found = feature_for_check(self.store, customer, entity_id, self.store.feature(feature_id))
            return balance_json(paying, found) if found else None

    def add_customer(self, customer_id: str, plans: list[str], **fields: Any) -> None:
        """Add a customer on ``plans`` (attached without checkout); ``fields`` as in a seed customer."""
        try:
            add_customer(self.store, {**fields, "id": customer_id, "plans": plans})
        except ApiError as exc:
            raise SeedError(exc.message) from None

    def complete_checkout(self, customer_id: str) -> dict[str, Any]:
        """Pay the customer's pending checkout (the latest), as opening its ``payment_url`` does.

        Answers what the paid request answers (an attach: ``invoice``, ``payment_url: None``).
        """
        from .resources.billing import complete_checkout

        with self.store.transaction():
            pending = [c for c in self.store.checkouts.values() if c.customer_id == customer_id]
            if not pending:
                raise ValueError(f"customer {customer_id!r} has no pending checkout")
            return complete_checkout(self.store, pending[-1].id)

    def register_webhook(self, url: str, *, secret: str | None = None) -> WebhookEndpoint:
        """Send signed webhooks to ``url`` as Autumn does through Svix (see ``autumn_sdk.testing._webhooks``)."""
        return register_webhook(self.store, url, secret)

    @property
    def requests(self) -> int:
        """How many requests the emulator has received."""
        return self.app.requests
