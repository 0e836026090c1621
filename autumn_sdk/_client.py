"""The ``Autumn`` client: configuration, HTTP client lifecycle and the transport under the methods.

The operation methods themselves (``check``, ``track``, …) are generated from openapi.yaml into
``_generated/operations``; this module gives them one place to send a request.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import httpx

from . import _errors as errors
from . import _retries as retries
from ._generated import settings
from ._generated.resources import Operations
from ._operation import RequestParts, Route
from ._outbox import DEFAULT_LIMIT, Outbox
from ._replay import Replayer
from ._version import __version__

SECRET_KEY_ENV = "AUTUMN_SECRET_KEY"
_USER_AGENT = f"autumn-sdk-python/{__version__}"
_LOGGER = logging.getLogger("autumn_sdk")


class Autumn(Operations):
    """A client of the Autumn API.

    Args:
        secret_key: Your Autumn secret key; read from ``AUTUMN_SECRET_KEY`` when not given.
        x_api_version: The API version responses are shaped for.
        server_url: The API's base URL (default ``https://api.useautumn.com``).
        client: An ``httpx.Client`` of yours to send sync calls with; you close it.
        async_client: An ``httpx.AsyncClient`` of yours to send async calls with; you close it.
        retry_config: How calls are retried; ``None`` keeps the SDK's defaults (see README).
        timeout_ms: Timeout of each attempt in milliseconds (default 5000).
        fail_open: When the API is unreachable (no answer, or 5XX after retries), answer in its
            place (``check``: allowed; ``track``: value 0) with ``failed_open=True``, and keep every
            balance change in the outbox to send again. 4XX are never failed open.
        debug_logger: A logger to use instead of ``logging.getLogger("autumn_sdk")``.
        outbox_path: A file that keeps the outbox across process restarts (default: memory only).
        outbox_limit: The most changes the outbox keeps; past it the oldest are dropped and logged.

    Use it as a context manager (``with`` or ``async with``): on exit it sends what the outbox holds
    and closes the HTTP clients it created.
    """

    def __init__(
        self,
        secret_key: str | None = None,
        x_api_version: str = settings.API_VERSION,
        server_url: str | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        retry_config: retries.RetryConfig | None = None,
        timeout_ms: float | None = None,
        fail_open: bool = False,
        debug_logger: logging.Logger | None = None,
        outbox_path: str | os.PathLike[str] | None = None,
        outbox_limit: int = DEFAULT_LIMIT,
    ) -> None:
        key = secret_key if secret_key is not None else os.environ.get(SECRET_KEY_ENV, "").strip()
        if not isinstance(key, str):
            raise TypeError(f"secret_key must be a str, not {type(key).__name__}")
        if not key:
            raise ValueError(f"No Autumn secret key: pass secret_key=... or set the {SECRET_KEY_ENV} environment variable")
        if not key.isprintable() or any(c.isspace() for c in key):
            raise ValueError("secret_key must not contain whitespace or control characters")
        if not isinstance(x_api_version, str) or not x_api_version:
            raise ValueError("x_api_version must be a non-empty str")
        if retry_config is not None and not isinstance(retry_config, retries.RetryConfig):
            raise TypeError(f"retry_config must be a utils.RetryConfig, not {type(retry_config).__name__}")
        if client is not None and not isinstance(client, httpx.Client):
            raise TypeError(f"client must be an httpx.Client, not {type(client).__name__}")
        if async_client is not None and not isinstance(async_client, httpx.AsyncClient):
            raise TypeError(f"async_client must be an httpx.AsyncClient, not {type(async_client).__name__}")
        self._key_hint = _key_hint(key)
        self._x_api_version = x_api_version
        self._server_url = _base_url(server_url if server_url is not None else settings.SERVER_URL)
        self._timeout = _timeout(timeout_ms if timeout_ms is not None else settings.TIMEOUT_MS)
        self._retry_config = retry_config or retries.DEFAULT_RETRY_CONFIG
        self._fail_open = bool(fail_open)
        self._logger = debug_logger or _LOGGER
        self._clock = retries.SYSTEM_CLOCK
        self._headers = {
            "authorization": f"Bearer {key}",
            settings.API_VERSION_HEADER: x_api_version,
            "content-type": "application/json",
            "accept": "application/json",
            "user-agent": _USER_AGENT,
        }
        self._client = client
        self._async_client = async_client
        self._owns_client = client is None
        self._owns_async_client = async_client is None
        self._lock = threading.Lock()
        self._replayer = Replayer(self, Outbox(outbox_path, outbox_limit, self._logger), self._logger)
        self.outbox = self._replayer.outbox

    def __repr__(self) -> str:
        return f"Autumn(server_url={self._server_url!r}, x_api_version={self._x_api_version!r}, secret_key={self._key_hint!r})"

    # -- lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Send what the outbox holds, then close the sync HTTP client this object created.

        A caller's own client is left open.
        """
        self._flush_before_close()
        self._close_sync_client()

    def _close_sync_client(self) -> None:
        with self._lock:
            client, owned = self._client, self._owns_client
            if owned:
                self._client = None
        if owned and client is not None:
            client.close()

    async def aclose(self) -> None:
        """Send what the outbox holds, then close every HTTP client this object created.

        A caller's own clients are left open.
        """
        await self._replayer.stop_async()
        if self.outbox:
            try:
                await self.flush_async()
            except Exception as exc:  # closing must not fail because the API is down
                self._logger.warning("outbox not sent on close: %s", exc)
        with self._lock:
            client, owned = self._async_client, self._owns_async_client
            if owned:
                self._async_client = None
        if owned and client is not None:
            await client.aclose()
        self._release_outbox()
        self._close_sync_client()

    def _flush_before_close(self) -> None:
        self._replayer.stop()
        if self.outbox:
            try:
                self.flush()
            except Exception as exc:  # closing must not fail because the API is down
                self._logger.warning("outbox not sent on close: %s", exc)
        self._release_outbox()

    def _release_outbox(self) -> None:
        if self.outbox or self.outbox.parked:
            kept = "kept in " + str(self.outbox.path) if self.outbox.path else "lost: the outbox has no outbox_path"
            parked = f" and {self.outbox.parked} parked" if self.outbox.parked else ""
            self._logger.warning("closing with %d unsent%s balance change(s), %s", len(self.outbox), parked, kept)
        self._replayer.close()

    def __enter__(self) -> Autumn:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    async def __aenter__(self) -> Autumn:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.aclose()

    def _http(self) -> httpx.Client:
        client = self._client
        if client is None:
            with self._lock:
                if self._client is None:
                    # Created on first use: building the SSL context is most of a client's cost.
                    self._client = httpx.Client(timeout=self._timeout, follow_redirects=False)
                client = self._client
        return client

    def _async_http(self) -> httpx.AsyncClient:
        client = self._async_client
        if client is None:
            with self._lock:
                if self._async_client is None:
                    self._async_client = httpx.AsyncClient(timeout=self._timeout, follow_redirects=False)
                client = self._async_client
        return client

    # -- transport (called by the generated operation methods) --------------------------------------

    def _options(
        self,
        route: Route,
        idempotency_key: str | None,
        retry_config: retries.RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
        owned: bool,
        parts: RequestParts | None,
    ) -> tuple[str, dict[str, str], Any, retries.RetryConfig]:
        """URL, headers, timeout and retry policy of one call: the client's, unless the call overrides them.

        A client the SDK built already has the timeout, so none is passed per request (that costs ~1.5 µs).
        """
        headers = self._headers
        if idempotency_key is not None:
            headers = {**headers, "idempotency-key": idempotency_key}
        if retry_config is None and server_url is None and timeout_ms is None and not http_headers and parts is None:
            return (
                self._server_url + route.path,
                headers,
                httpx.USE_CLIENT_DEFAULT if owned else self._timeout,
                self._retry_config,
            )
        if retry_config is not None and not isinstance(retry_config, retries.RetryConfig):
            raise TypeError(f"retries must be a utils.RetryConfig, not {type(retry_config).__name__}")
        path = route.path
        if parts is not None:
            path = parts.path
            if parts.headers:
                headers = {**headers, **parts.headers}
        if http_headers:
            headers = {**headers, **_extra_headers(http_headers)}
        url = (self._server_url if server_url is None else _base_url(server_url)) + path
        if timeout_ms is not None:
            timeout: Any = _timeout(timeout_ms)
        else:
            timeout = httpx.USE_CLIENT_DEFAULT if owned else self._timeout
        return url, headers, timeout, retry_config or self._retry_config

    def _send(
        self,
        route: Route,
        content: bytes | None,
        idempotency_key: str | None,
        retries_override: retries.RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
        parts: RequestParts | None = None,
    ) -> httpx.Response:
        url, headers, timeout, config = self._options(
            route, idempotency_key, retries_override, server_url, timeout_ms, http_headers, self._owns_client, parts
        )
        query = parts.query if parts is not None else None
        client = self._client or self._http()

        def attempt() -> httpx.Response:
            try:
                return client.request(route.method, url, content=content, params=query, headers=headers, timeout=timeout)
            except httpx.HTTPError as exc:
                raise errors.from_transport_error(exc) from exc

        response = retries.send_with_retries(attempt, config, self._clock, self._logger, route.operation)
        if not 200 <= response.status_code < 300:
            raise self._error(route, response, idempotency_key)
        if self.outbox:  # the API answers again: send the outbox in the background
            self._replayer.start_background()
        return response

    async def _send_async(
        self,
        route: Route,
        content: bytes | None,
        idempotency_key: str | None,
        retries_override: retries.RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
        parts: RequestParts | None = None,
    ) -> httpx.Response:
        url, headers, timeout, config = self._options(
            route, idempotency_key, retries_override, server_url, timeout_ms, http_headers, self._owns_async_client, parts
        )
        query = parts.query if parts is not None else None
        client = self._async_client or self._async_http()

        async def attempt() -> httpx.Response:
            try:
                return await client.request(route.method, url, content=content, params=query, headers=headers, timeout=timeout)
            except httpx.HTTPError as exc:
                raise errors.from_transport_error(exc) from exc

        try:
            response = await retries.send_with_retries_async(attempt, config, self._clock, self._logger, route.operation)
        except BaseException as exc:  # cancelled (or wait_for timed out) with a request that may have been applied
            if self._fail_open and idempotency_key is not None and not isinstance(exc, Exception):
                self._replayer.keep_cancelled(route, content, idempotency_key, server_url)
            raise
        if not 200 <= response.status_code < 300:
            raise self._error(route, response, idempotency_key)
        if self.outbox:
            self._replayer.start_background_async()
        return response

    def _error(self, route: Route, response: httpx.Response, idempotency_key: str | None) -> errors.AutumnError:
        error = errors.error_for_status(response, idempotency_key)
        self._logger.debug("%s: %s", route.operation, error)
        return error

    # -- fail-open and the outbox -------------------------------------------------------------------

    def _fail_open_on(
        self,
        exc: errors.AutumnError,
        route: Route,
        content: bytes,
        idempotency_key: str | None,
        server_url: str | None,
        changes_balance: bool,
    ) -> bool:
        if not self._fail_open or not errors.is_outage(exc):
            return False
        kept = ""
        if changes_balance and idempotency_key is not None:
            kept = self._replayer.keep(route, content, idempotency_key, server_url)
        self._logger.warning("%s failed open: the API is unreachable (%s: %s)%s", route.operation, type(exc).__name__, exc, kept)
        return True

    def flush(self) -> int:
        """Send the outbox's pending balance changes now, oldest first; returns how many were delivered.

        What was dropped or parked instead is counted in ``outbox.dropped`` and ``outbox.parked``.
        """
        return self._replayer.flush()

    async def flush_async(self) -> int:
        """The async twin of :meth:`flush`."""
        return await self._replayer.flush_async()


def _key_hint(key: str) -> str:
    for prefix in ("am_sk_test_", "am_sk_live_"):
        if key.startswith(prefix):
            return prefix + "…"
    return "…"


def _base_url(url: Any) -> str:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ValueError(f"server_url must be an http:// or https:// URL, not {url!r}")
    try:
        httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"server_url is not a valid URL: {exc}") from None
    return url.rstrip("/")


def _timeout(timeout_ms: Any) -> httpx.Timeout:
    if isinstance(timeout_ms, bool) or not isinstance(timeout_ms, (int, float)) or not timeout_ms > 0:
        raise ValueError(f"timeout_ms must be a positive number of milliseconds, not {timeout_ms!r}")
    if timeout_ms == float("inf"):
        raise ValueError("timeout_ms must be finite")
    return httpx.Timeout(timeout_ms / 1000)


def _extra_headers(http_headers: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(http_headers, Mapping):
        raise TypeError(f"http_headers must be a mapping of str to str, not {type(http_headers).__name__}")
    extra: dict[str, str] = {}
    for name, value in http_headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("http_headers must be a mapping of str to str")
        extra[name.lower()] = value
    return extra
