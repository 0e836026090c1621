"""The ``Autumn`` client: configuration, HTTP client lifecycle, and the one request path under the methods.

The operation methods themselves (``check``, ``track``, ``customers.get_or_create``, …) are
generated per API version into ``_generated/<version>/resources``: ``Autumn(x_api_version=...)``
returns that version's client class, a subclass of this one, whose namespaces are objects holding
it. Every generated method checks and encodes its arguments, then calls :meth:`Autumn._request`,
which sends, retries, fails open and parses.
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Mapping
from time import monotonic
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, TypedDict, TypeVar, cast

import httpx

from . import _arguments as _args
from . import _errors as errors
from . import _exit
from . import _retries as retries
from ._generated import settings
from ._generated.versions import CLIENT_CLASSES, DEFAULT_VERSION, VERSIONS
from ._nowait import NOWAIT_ROUTE as _NOWAIT_ROUTE
from ._nowait import NowaitSender
from ._operation import CallOptions, Endpoint, HttpResponse, RequestParts, Route, parse
from ._outbox import DEFAULT_LIMIT, Outbox
from ._replay import Replayer
from ._version import __version__

if TYPE_CHECKING:
    import asyncio  # imported on first async use at run time: sync users never pay for it
    import ssl

_AnswerT = TypeVar("_AnswerT")

SECRET_KEY_ENV = "AUTUMN_SECRET_KEY"
_USER_AGENT = f"autumn-sdk-python/{__version__}"
_LOGGER = logging.getLogger("autumn_sdk")


class BaseClient:
    """A client of the Autumn API: the runtime under every version's client class.

    ``Autumn(...)`` returns the client class of the version ``x_api_version`` names (a subclass of
    this one, generated from that version's document), so construct it as ``Autumn``.

    Args:
        secret_key: Your Autumn secret key; read from ``AUTUMN_SECRET_KEY`` when not given.
        x_api_version: The API version to speak (default: the newest shipped): it chooses the
            operations and models the client has, and the answers' shape.
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
        deadline_ms: The most time a call may take in all, retries and waits included, in
            milliseconds: no attempt starts past it and each attempt's timeouts are clipped to what
            is left. Default 3000 with ``fail_open`` (as Autumn's own server, which fails open after
            3 s), else none (``timeout_ms`` per attempt and the retry budget bound a call).
        nowait_when_full: What ``track_nowait`` does when its queue (10,000 changes) is full:
            ``"block"`` until there is room (default), ``"drop"`` the change (counted in
            ``nowait.dropped``, logged at ERROR), or ``"raise"`` ``errors.QueueFullError``.
        retry_clock: Time as the retry loop sees it: an object with ``monotonic()``, ``now()``,
            ``jitter()``, ``sleep(seconds)`` and ``async sleep_async(seconds)``, for tests that
            assert a retry schedule without waiting. Timeouts stay real time.

    Use it as a context manager (``with`` or ``async with``): on exit it sends what the outbox holds
    and closes the HTTP clients it created.
    """

    API_VERSION: ClassVar[str] = DEFAULT_VERSION

    def __init__(
        self,
        secret_key: str | None = None,
        x_api_version: str | None = None,
        server_url: str | None = None,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        retry_config: retries.RetryConfig | None = None,
        timeout_ms: float | None = None,
        fail_open: bool = False,
        debug_logger: logging.Logger | None = None,
        outbox_path: str | os.PathLike[str] | None = None,
        outbox_limit: int = DEFAULT_LIMIT,
        retry_clock: retries.RetryClock | None = None,
        deadline_ms: float | None = None,
        nowait_when_full: Literal["block", "drop", "raise"] = "block",
    ) -> None:
        key = secret_key if secret_key is not None else os.environ.get(SECRET_KEY_ENV, "").strip()
        if not isinstance(key, str):
            raise TypeError(f"secret_key must be a str, not {type(key).__name__}")
        if not key:
            raise ValueError(f"No Autumn secret key: pass secret_key=... or set the {SECRET_KEY_ENV} environment variable")
        if not key.isascii() or not key.isprintable() or any(c.isspace() for c in key):
            # Found here, not at send time: there it would be a UnicodeEncodeError, or an outage to fail_open.
            raise ValueError("secret_key must be printable ASCII without whitespace (it is sent as an HTTP header)")
        if x_api_version is None:
            x_api_version = self.API_VERSION
        elif _version_name(x_api_version) != self.API_VERSION:
            raise ValueError(f"x_api_version={x_api_version!r} does not match {type(self).__name__} (API {self.API_VERSION})")
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
        self._attempt_seconds: float = self._timeout.read  # type: ignore[assignment]  # _timeout sets them all
        # Sent as each request's timeout extension: httpx would build a Timeout and its dict per request.
        self._timeouts = self._timeout.as_dict()
        self._retry_config = retry_config or retries.DEFAULT_RETRY_CONFIG
        if not isinstance(fail_open, bool):  # "yes" or "false" would be truthy: say so rather than guess
            raise TypeError(f"fail_open must be a bool, not {type(fail_open).__name__}")
        self._fail_open = fail_open
        # [runtime-15] the total deadline of a call, in seconds (None: none); see deadline_ms above.
        if deadline_ms is None and self._fail_open:
            deadline_ms = DEFAULT_FAIL_OPEN_DEADLINE_MS
        self._deadline: float | None = None if deadline_ms is None else _deadline(deadline_ms)
        self._logger = debug_logger or _LOGGER
        if retry_clock is not None and not all(callable(getattr(retry_clock, m, None)) for m in retries.CLOCK_METHODS):
            raise TypeError(f"retry_clock must have the methods {', '.join(retries.CLOCK_METHODS)}")
        # Only those five methods are ever called, so any object with them serves as a Clock.
        self._clock: retries.Clock = cast(retries.Clock, retry_clock) if retry_clock is not None else retries.SYSTEM_CLOCK
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
        self._closed = False
        self._ssl: ssl.SSLContext | None = None
        # A token per sync call in flight (set.add/discard are atomic): close() waits for them.
        self._sync_calls: set[object] = set()
        # The SDK's AsyncClient per event loop: a pool built on one loop cannot be used on another.
        self._loop_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _LoopClient] = weakref.WeakKeyDictionary()
        self._current_loop_client: _LoopClient | None = None  # the last one used: one read on the hot path
        self._caller_loop_client = _LoopClient(None, async_client, owned=False) if async_client is not None else None
        self._closing_tasks: set[asyncio.Task[None]] = set()
        self._closing_loop_clients: set[_LoopClient] = set()
        self._replayer = Replayer(self, Outbox(outbox_path, outbox_limit, self._logger, home_url=self._server_url), self._logger)
        self.outbox = self._replayer.outbox
        # [runtime-15] track_nowait's queue and senders; and delivery at exit of what the client holds.
        self.nowait = self._nowait = NowaitSender(self, self._replayer, self._logger, nowait_when_full)
        self._calls_done = threading.Condition()  # notified when the last sync call ends after close() began
        _exit.watch(self)
        _LIVE_CLIENTS.add(self)  # weakly: for the reset in a forked child

    def __repr__(self) -> str:
        return f"Autumn(server_url={self._server_url!r}, x_api_version={self._x_api_version!r}, secret_key={self._key_hint!r})"

    # -- lifecycle ---------------------------------------------------------------------------------

    def close(self) -> None:
        """Send what the outbox holds, then close every HTTP client this object created.

        Calls in flight on other threads finish first; calls made after ``close()`` raise
        ``RuntimeError`` before sending anything. A caller's own clients are left open.
        """
        self._flush_before_close()
        self._closed = True
        self._wait_for_sync_calls()
        self._close_sync_client()
        self._close_loop_clients(None)

    def _wait_for_sync_calls(self) -> None:
        """[runtime-15] Calls in flight on other threads finish first (each is bounded by its retry budget)."""
        with self._calls_done:
            while self._sync_calls:
                self._calls_done.wait()

    def _close_sync_client(self) -> None:
        with self._lock:
            client, owned = self._client, self._owns_client
            if owned:
                self._client = None
        if owned and client is not None:
            client.close()

    async def aclose(self) -> None:
        """Send what the outbox holds, then close every HTTP client this object created.

        Calls in flight finish first; calls made after it raise ``RuntimeError`` before sending
        anything. A caller's own clients are left open.
        """
        import asyncio

        await asyncio.to_thread(self._nowait.stop)  # [runtime-15] track_nowait's queue is delivered first
        await self._replayer.stop_async()
        if self.outbox:
            try:
                await self.flush_async()
            except Exception as exc:  # closing must not fail because the API is down
                self._logger.warning("outbox not sent on close: %s", exc)
        self._closed = True
        if self._sync_calls:
            await asyncio.to_thread(self._wait_for_sync_calls)
        mine = self._close_loop_clients(asyncio.get_running_loop())
        if mine is not None:
            await _close_loop_client(mine)
        self._release_outbox()
        self._close_sync_client()

    def _close_loop_clients(self, awaited: asyncio.AbstractEventLoop | None) -> _LoopClient | None:
        """Close the SDK's AsyncClient of every event loop, each on its own loop once its calls end.

        The one of ``awaited`` (the loop aclose() runs on) is returned for the caller to await.
        """
        with self._lock:
            loop_clients = list(self._loop_clients.items())
            self._loop_clients.clear()
            self._current_loop_client = None
        if not loop_clients:
            return None
        import asyncio

        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        mine = None
        for loop, loop_client in loop_clients:
            if loop is awaited:
                mine = loop_client
            elif loop.is_closed():
                continue  # it was closed as its loop shut down (asyncio.run finalises _close_with_loop)
            elif loop is running:
                # A sync close() inside async code must not block its own loop: a task closes it.
                self._closing_loop_clients.add(loop_client)  # held (with its closer) until closed
                task = loop.create_task(self._close_soon(loop_client))
                self._closing_tasks.add(task)
                task.add_done_callback(self._closing_tasks.discard)
            elif loop.is_running():  # another thread's loop
                asyncio.run_coroutine_threadsafe(_close_loop_client(loop_client), loop)
            else:
                loop.run_until_complete(_close_loop_client(loop_client))
        return mine

    async def _close_soon(self, loop_client: _LoopClient) -> None:
        """Close a loop's client from a task, after a grace period.

        A coroutine that closes the client synchronously and returns ends its loop at once, and
        asyncio then cancels this task: better during the grace period, with the client untouched
        (the loop's shutdown then closes it whole: _close_with_loop), than half-way through closing
        its connections, which would leave the rest to the garbage collector.
        """
        import asyncio

        await asyncio.sleep(_CLOSE_GRACE_SECONDS)
        await _close_loop_client(loop_client)
        self._closing_loop_clients.discard(loop_client)

    def _flush_before_close(self) -> None:
        self._nowait.stop()  # [runtime-15] what track_nowait queued is sent (or kept) before the outbox is flushed
        self._replayer.stop()
        if self.outbox:
            try:
                self.flush()
            except Exception as exc:  # closing must not fail because the API is down
                self._logger.warning("outbox not sent on close: %s", exc)
        self._release_outbox()

    def _release_outbox(self) -> None:
        self.outbox.report_unsent("closing")  # [runtime-15] lost changes: an ERROR naming their keys
        self._replayer.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        await self.aclose()

    def _http(self) -> httpx.Client:
        client = self._client
        if client is None:
            with self._lock:
                if self._client is None:
                    # Created on first use: building the SSL context is most of a client's cost.
                    self._client = _from_environment(
                        lambda: httpx.Client(timeout=self._timeout, follow_redirects=False, verify=self._ssl_context())
                    )
                client = self._client
        return client

    def _ssl_context(self) -> ssl.SSLContext:
        """One SSL context for every client this Autumn creates (call with _lock held).

        Building one (loading the CA bundle) is most of a client's cost, ~45 ms, and with a client per
        event loop, code that runs asyncio.run() per request would pay it on every call.
        """
        if self._ssl is None:
            self._ssl = httpx.create_ssl_context()  # as httpx's default verify=True: certifi, SSL_CERT_FILE/DIR
        return self._ssl

    async def _loop_client(self, loop: asyncio.AbstractEventLoop) -> _LoopClient:
        """The SDK's AsyncClient for ``loop``, created on its first call there.

        An httpx pool belongs to the loop it was first used on: used on another one (a second
        ``asyncio.run()``) it fails with "Event loop is closed", after the request may have been sent.
        """
        with self._lock:
            if self._closed:  # no new client for a closed Autumn
                raise RuntimeError(_CLOSED)
            loop_client = self._loop_clients.get(loop)
            created = loop_client is None
            if loop_client is None:
                client = _from_environment(
                    lambda: httpx.AsyncClient(timeout=self._timeout, follow_redirects=False, verify=self._ssl_context())
                )
                loop_client = _LoopClient(loop, client)
                self._loop_clients[loop] = loop_client
            self._current_loop_client = loop_client
        if created:
            # Registered with the loop as an async generator: asyncio.run() (and pytest-asyncio)
            # finalise those before closing the loop, which closes the client on its own loop.
            await loop_client.closer.__anext__()
        return loop_client

    def _after_fork_in_child(self) -> None:
        """In a forked child: forget the parent's connection pools and locks (see _reset_after_fork)."""
        self._lock = threading.Lock()
        self._sync_calls = set()
        self._closing_tasks = set()
        # Open again: a preloading parent may close its client (releasing the outbox file) before
        # forking the workers that use it; what close() released was the parent's.
        self._closed = False
        if self._owns_client and self._client is not None:
            _INHERITED_AT_FORK.append(self._client)
            self._client = None
        if self._loop_clients or self._current_loop_client is not None or self._closing_loop_clients:
            inherited = (list(self._loop_clients.values()), self._current_loop_client, self._closing_loop_clients)
            _INHERITED_AT_FORK.append(inherited)
            self._loop_clients = weakref.WeakKeyDictionary()
            self._current_loop_client = None
            self._closing_loop_clients = set()
        self._replayer.reset_after_fork()
        self._nowait.reset_after_fork()  # [runtime-15]
        self._calls_done = threading.Condition()

    # -- transport (called by the generated operation methods) --------------------------------------

    def _options(
        self,
        route: Route,
        idempotency_key: str | None,
        retry_config: retries.RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
        parts: RequestParts | None,
    ) -> tuple[str, dict[str, str], dict[str, float | None], retries.RetryConfig, float]:
        """URL, headers, timeouts, retry policy and attempt deadline (s) of one call: the client's, unless it overrides them."""
        headers = self._headers
        if idempotency_key is not None:
            headers = {**headers, "idempotency-key": idempotency_key}
        if retry_config is None and server_url is None and timeout_ms is None and not http_headers and parts is None:
            return self._server_url + route.path, headers, self._timeouts, self._retry_config, self._attempt_seconds
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
        timeouts, seconds = self._timeouts, self._attempt_seconds
        if timeout_ms is not None:
            timeout = _timeout(timeout_ms)
            timeouts, seconds = timeout.as_dict(), timeout.read  # type: ignore[assignment]  # _timeout sets them all
        return url, headers, timeouts, retry_config or self._retry_config, seconds

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
        only_unsent: bool = False,
        deadline_ms: float | None = None,
    ) -> httpx.Response:
        url, headers, timeouts, config, seconds = self._options(
            route, idempotency_key, retries_override, server_url, timeout_ms, http_headers, parts
        )
        deadline = self._deadline if deadline_ms is None else _deadline(deadline_ms)
        query = parts.query if parts is not None else None
        token = object()
        calls = self._sync_calls
        calls.add(token)  # before the closed check: close() either waits for this call or it sees closed
        attempts = 1
        try:
            if self._closed:
                raise RuntimeError(_CLOSED)
            client = self._client or self._http()
            started = self._clock.monotonic()
            first: retries.Outcome | None = None
            if not only_unsent and (deadline is None or deadline >= seconds):
                # The common call: one plain attempt, which mostly answers, made without the retry loop's frames.
                try:
                    first = _attempt(client, route.method, url, content, query, headers, timeouts, seconds)
                except errors.APIConnectionError as exc:
                    first = exc
            if isinstance(first, httpx.Response) and first.status_code not in settings.RETRY_STATUS_CODES:
                response = first
            else:
                request = (client, route, url, content, query, headers, timeouts, seconds)
                response, attempts = self._retried(request, only_unsent, config, deadline, first, started)
        finally:
            calls.discard(token)
            if self._closed and not calls:  # [runtime-15] close() may be waiting for the last call
                with self._calls_done:
                    self._calls_done.notify_all()
        if not 200 <= response.status_code < 300:
            raise self._error(route, response, idempotency_key, attempts)
        if self.outbox and not self._closed:  # the API answers again: send the outbox in the background
            self._replayer.start_background()
        return response

    def _retried(
        self,
        request: tuple[httpx.Client, Route, str, bytes | None, Mapping[str, str] | None, dict[str, str], Any, float],
        only_unsent: bool,
        config: retries.RetryConfig,
        deadline: float | None,
        first: retries.Outcome | None,
        started: float,
    ) -> tuple[httpx.Response, int]:
        """A call's retry loop, after ``first`` (the outcome of its plain first attempt, None if it made
        none): its final answer, and how many attempts it made."""
        client, route, url, content, query, headers, timeouts, seconds = request
        attempts = 0 if first is None else 1

        def attempt(left: float | None) -> httpx.Response:
            nonlocal attempts
            attempts += 1
            if left is None or left >= seconds:  # nothing to clip
                limit, wait, until = timeouts, seconds, None
            else:  # the call's deadline: no attempt may outlast it
                limit, wait, until = httpx.Timeout(left).as_dict(), left, monotonic() + left

            def send() -> httpx.Response:
                return _attempt(client, route.method, url, content, query, headers, limit, wait, until)

            return _unsent_only(send) if only_unsent else send()

        try:
            response = retries.send_with_retries(
                attempt, config, self._clock, self._logger, route.operation, deadline, first, started
            )
        except _NotRetried as stop:
            response = stop.unwrap()
        return response, attempts

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
        only_unsent: bool = False,
        deadline_ms: float | None = None,
    ) -> httpx.Response:
        url, headers, timeouts, config, seconds = self._options(
            route, idempotency_key, retries_override, server_url, timeout_ms, http_headers, parts
        )
        deadline = self._deadline if deadline_ms is None else _deadline(deadline_ms)
        attempts = 1
        query = parts.query if parts is not None else None
        if self._owns_async_client:
            loop = _running_loop()
            current = self._current_loop_client
            loop_client = current if current is not None and current.loop() is loop else await self._loop_client(loop)
        else:
            loop_client = cast(_LoopClient, self._caller_loop_client)  # set whenever the caller gave a client
            if loop_client.loop() is not _running_loop():
                _check_callers_loop(loop_client)
        loop_client.in_flight += 1  # only this loop's thread changes it: no lock needed
        try:
            if self._closed:
                raise RuntimeError(_CLOSED)
            client = loop_client.client
            try:
                started = self._clock.monotonic()
                first: retries.Outcome | None = None
                if not only_unsent and (deadline is None or deadline >= seconds):
                    # The common call: one plain attempt, made without the retry loop's frames.
                    try:
                        first = await _attempt_async(client, route.method, url, content, query, headers, timeouts, seconds)
                    except errors.APIConnectionError as exc:
                        first = exc
                if isinstance(first, httpx.Response) and first.status_code not in settings.RETRY_STATUS_CODES:
                    response = first
                else:
                    request = (client, route, url, content, query, headers, timeouts, seconds)
                    response, attempts = await self._retried_async(request, only_unsent, config, deadline, first, started)
            except BaseException as exc:  # cancelled (or wait_for timed out) with a request that may have been applied
                if self._fail_open and idempotency_key is not None and not isinstance(exc, Exception):
                    self._replayer.keep_cancelled(route, content, idempotency_key, server_url)
                raise
        finally:
            loop_client.in_flight -= 1
        if not 200 <= response.status_code < 300:
            raise self._error(route, response, idempotency_key, attempts)
        if self.outbox and not self._closed:
            self._replayer.start_background_async()
        return response

    async def _retried_async(
        self,
        request: tuple[httpx.AsyncClient, Route, str, bytes | None, Mapping[str, str] | None, dict[str, str], Any, float],
        only_unsent: bool,
        config: retries.RetryConfig,
        deadline: float | None,
        first: retries.Outcome | None,
        started: float,
    ) -> tuple[httpx.Response, int]:
        """The async twin of :meth:`_retried`."""
        client, route, url, content, query, headers, timeouts, seconds = request
        attempts = 0 if first is None else 1

        async def attempt(left: float | None) -> httpx.Response:
            nonlocal attempts
            attempts += 1
            limit, wait, until = timeouts, seconds, None
            if left is not None and left < seconds:  # the call's deadline: no attempt may outlast it
                limit, wait, until = httpx.Timeout(left).as_dict(), left, monotonic() + left
            send = _attempt_async(client, route.method, url, content, query, headers, limit, wait, until)
            return await (_unsent_only_async(send) if only_unsent else send)

        try:
            response = await retries.send_with_retries_async(
                attempt, config, self._clock, self._logger, route.operation, deadline, first, started
            )
        except _NotRetried as stop:
            response = stop.unwrap()
        return response, attempts

    def _error(self, route: Route, response: httpx.Response, idempotency_key: str | None, attempts: int) -> errors.AutumnError:
        error = errors.error_for_status(response, idempotency_key)
        if isinstance(error, errors.AlreadyAppliedError) and attempts > 1:
            # The first attempt with this key did not meet a 409, so the key was this call's: a retry
            # that meets one means an earlier attempt of this call was applied and its answer lost.
            error.by_this_call = True
        self._logger.debug("%s: %s", route.operation, error)
        return error

    # -- the request path every generated method takes ----------------------------------------------

    def _request(
        self,
        endpoint: Endpoint[_AnswerT],
        content: bytes | None,
        options: CallOptions,
        parts: RequestParts | None = None,
        changes: bool | None = None,
    ) -> _AnswerT:
        """Send one call, retry it, fail open if the client does, and parse its answer.

        ``changes``: whether the call changes state (default: it has an Idempotency-Key).
        """
        key = options.idempotency_key
        only_unsent = endpoint.retry != "all" and endpoint.retries_only_unsent(content)
        try:
            response = self._send(
                endpoint.route, content, key, options.retries, options.server_url, options.timeout_ms,
                options.http_headers, parts, only_unsent, options.deadline_ms,
            )  # fmt: skip
        except errors.AutumnError as exc:
            return self._answer_instead(endpoint, content, options, exc, key is not None if changes is None else changes)
        return self._parse(endpoint, response)

    async def _request_async(
        self,
        endpoint: Endpoint[_AnswerT],
        content: bytes | None,
        options: CallOptions,
        parts: RequestParts | None = None,
        changes: bool | None = None,
    ) -> _AnswerT:
        """The async twin of :meth:`_request`."""
        key = options.idempotency_key
        only_unsent = endpoint.retry != "all" and endpoint.retries_only_unsent(content)
        try:
            response = await self._send_async(
                endpoint.route, content, key, options.retries, options.server_url, options.timeout_ms,
                options.http_headers, parts, only_unsent, options.deadline_ms,
            )  # fmt: skip
        except errors.AutumnError as exc:
            return self._answer_instead(endpoint, content, options, exc, key is not None if changes is None else changes)
        return self._parse(endpoint, response)

    def _parse(self, endpoint: Endpoint[_AnswerT], response: httpx.Response) -> _AnswerT:
        model = endpoint._model or endpoint.model  # the cached class: one slot read on the hot path
        if model is None:
            return None  # type: ignore[return-value]  # a 204 operation: Endpoint[None]
        answer: Any = parse(model, response)
        if response.status_code == 202 and endpoint.accepted:
            answer.accepted = True
        answer._http = HttpResponse(response)
        return answer  # type: ignore[no-any-return]  # (cast() would be a call on every answer)

    def _answer_instead(
        self, endpoint: Endpoint[_AnswerT], content: bytes | None, options: CallOptions, exc: errors.AutumnError, changes: bool
    ) -> _AnswerT:
        """The answer to give for a call that ended in ``exc``; re-raises it when there is none."""
        if endpoint.fail_open is None:
            raise exc
        if isinstance(exc, errors.AlreadyAppliedError) and exc.by_this_call:
            self._logger.info("%s: applied by an earlier attempt of this call (its answer was lost)", endpoint.route.operation)
            return endpoint.made_up_answer(content, already_applied=True)
        kept = endpoint.dated(content, self._clock.now() * 1000) if changes else content
        if not self._fail_open_on(exc, endpoint.route, kept or b"", options.idempotency_key, options.server_url, changes):
            raise exc
        return endpoint.made_up_answer(content, failed_open=True)

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
        keeps = changes_balance and idempotency_key is not None
        closed = self._closed  # closed while this call was in flight: close() has already sent the outbox
        if keeps and closed and self.outbox.path is None:
            return False  # an in-memory outbox of a closed client is never sent: the caller gets the error
        kept = self._replayer.keep(route, content, cast(str, idempotency_key), server_url) if keeps else ""
        self._logger.warning("%s failed open: the API is unreachable (%s: %s)%s", route.operation, type(exc).__name__, exc, kept)
        if keeps and closed:
            self._release_outbox()  # on disk for the next process, and the file free for it
        return True

    def flush(self) -> int:
        """Send the outbox's pending balance changes now, oldest first; returns how many of them were delivered.

        What ``track_nowait`` queued is sent first (or handed to the outbox) and counted in
        ``nowait.delivered``, not here. What was dropped or parked is in ``outbox.dropped`` and
        ``outbox.parked``.
        """
        self._nowait.wait_idle()  # [runtime-15]
        return self._replayer.flush()

    async def flush_async(self) -> int:
        """The async twin of :meth:`flush`."""
        if len(self._nowait):  # [runtime-15]
            import asyncio

            await asyncio.to_thread(self._nowait.wait_idle)
        return await self._replayer.flush_async()

    # -- track_nowait [runtime-15] ----------------------------------------------------------------------

    def _nowait_put(self, endpoint: Endpoint[Any], content: bytes | None, options: CallOptions) -> None:
        """Queue a checked, encoded change for the background senders (the generated ``track_nowait``)."""
        if self._closed:
            raise RuntimeError(_CLOSED)
        content = endpoint.dated(content, self._clock.now() * 1000)  # sent later: dated now, when it happened
        if options.overrides:  # checked now, not when a sender gets to it
            self._options(_NOWAIT_ROUTE, options.idempotency_key, options.retries, options.server_url,
                          options.timeout_ms, options.http_headers, None)  # fmt: skip
        self._nowait.put(
            cast(bytes, content), cast(str, options.idempotency_key), options.retries, options.server_url,
            options.timeout_ms, options.http_headers,
        )  # fmt: skip


class ClientOptions(TypedDict, total=False):
    """The options of ``Autumn(...)`` besides ``secret_key`` and ``x_api_version`` (see :class:`BaseClient`)."""

    server_url: str | None
    client: httpx.Client | None
    async_client: httpx.AsyncClient | None
    retry_config: retries.RetryConfig | None
    timeout_ms: float | None
    fail_open: bool
    debug_logger: logging.Logger | None
    outbox_path: str | os.PathLike[str] | None
    outbox_limit: int
    retry_clock: retries.RetryClock | None
    deadline_ms: float | None
    nowait_when_full: Literal["block", "drop", "raise"]


def new_client(cls: type[BaseClient], facade: type[BaseClient], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """``Autumn.__new__``: an instance of the client class of the version asked for (``x_api_version``).

    Called as ``AutumnV2_1(...)`` (a version's own class, or a subclass of one), that class.
    """
    if cls is not facade:
        return object.__new__(cls)
    version = kwargs.get("x_api_version", args[1] if len(args) > 1 else None)
    return object.__new__(_client_class(DEFAULT_VERSION if version is None else version))


# -- lifecycle helpers: event loops and fork ---------------------------------------------------------

_CLOSED = "this Autumn client is closed: create a new one"
_CLOSE_GRACE_SECONDS = 0.05


class _LoopClient:
    """An AsyncClient and the calls in flight on it, for one event loop."""

    __slots__ = ("client", "closer", "in_flight", "loop")

    def __init__(self, loop: asyncio.AbstractEventLoop | None, client: httpx.AsyncClient, owned: bool = True) -> None:
        # Weakly: the loop keys a WeakKeyDictionary whose values must not keep it alive.
        self.loop = weakref.ref(loop) if loop is not None else _no_loop
        self.client = client
        self.in_flight = 0
        # A caller's client is theirs to close: it gets no closer (one that is never started does nothing).
        self.closer = _close_with_loop(client if owned else None, os.getpid())


def _no_loop() -> None:
    return None


def _check_callers_loop(loop_client: _LoopClient) -> None:
    """A caller's AsyncClient on a loop other than its first: refuse it, before anything is sent,
    if that first loop is gone (its pooled connections would fail mid-request, maybe once applied)."""
    first = loop_client.loop()
    loop = _running_loop()
    # Gone: closed, or collected (its weak reference died) after it was closed.
    if (first is None and loop_client.loop is not _no_loop) or (first is not None and first.is_closed()):
        raise RuntimeError(
            "the async_client given to Autumn was first used on an event loop that is now closed: "
            "an httpx.AsyncClient belongs to one loop, so create it (and this Autumn) on the loop you use, "
            "or let Autumn create its own (one per loop)"
        )
    if first is None:
        loop_client.loop = weakref.ref(loop)  # its first use


async def _close_with_loop(client: httpx.AsyncClient | None, pid: int) -> AsyncGenerator[None, None]:
    """Suspended until its loop finalises async generators (or it is closed): then closes ``client``."""
    try:
        yield
    finally:
        if client is not None and os.getpid() == pid:  # a forked child must not shut down the parent's connections
            await client.aclose()


async def _close_loop_client(loop_client: _LoopClient) -> None:
    import asyncio

    while loop_client.in_flight:  # let the calls in flight on this loop finish
        await asyncio.sleep(0.001)
    await loop_client.closer.aclose()  # runs its finally: the client is closed


def _running_loop() -> asyncio.AbstractEventLoop:
    global _running_loop
    from asyncio import get_running_loop  # on the first async call: sync users never import asyncio

    _running_loop = get_running_loop  # from now on, a direct call
    return get_running_loop()


# Every live Autumn, weakly: os.register_at_fork cannot unregister, so one module-level hook serves all.
_LIVE_CLIENTS: weakref.WeakSet[BaseClient] = weakref.WeakSet()
# What a forked child inherited: kept referenced, never closed or collected in the child, because
# closing it there could shut down (or send on) sockets the parent is still using.
_INHERITED_AT_FORK: list[object] = []


def _reset_after_fork() -> None:
    """In a forked child (gunicorn --preload, multiprocessing "fork"), every Autumn starts afresh:
    pooled keep-alive sockets are shared with the parent (the two would read each other's answers),
    and a lock held by a parent thread at fork time would never be released in the child."""
    for autumn in list(_LIVE_CLIENTS):
        autumn._after_fork_in_child()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


# -- one attempt: a request and its whole answer, the body within timeout_ms of its headers ---

_PAST_DEADLINE = "the answer's body did not arrive within timeout_ms of its headers"


def _attempt(
    client: httpx.Client,
    method: str,
    url: str,
    content: bytes | None,
    query: Mapping[str, str] | None,
    headers: dict[str, str],
    timeouts: dict[str, float | None],
    seconds: float,
    until: float | None = None,
) -> httpx.Response:
    """Send one request and read its answer; a transport failure becomes the SDK's own error.

    httpx's timeouts bound each network wait separately, so a server that trickles its body would
    never be cut off: the body must arrive whole within ``seconds`` of its headers. The deadline
    starts at the headers, not before ``send``, so that queueing for a pooled connection under load
    never turns an answer the API already sent (and applied) into a timeout. ``until`` (monotonic
    seconds): the call's deadline, which the body must not pass either.
    """
    try:
        request = client.build_request(
            method, url, content=content, params=query, headers=headers, extensions={"timeout": timeouts.copy()}
        )
        response = client.send(request, stream=True)
    except httpx.HTTPStatusError as exc:
        # A caller's raise_for_status event hook: the API did answer, so it is mapped like any answer.
        return exc.response
    except httpx.HTTPError as exc:
        raise errors.from_transport_error(exc) from exc
    try:
        cutoff = monotonic() + seconds if until is None else min(monotonic() + seconds, until)
        response.stream = _DeadlineStream(response.stream, cutoff)  # type: ignore[arg-type]
        response.read()
    except BaseException as exc:
        response.close()
        if isinstance(exc, httpx.HTTPError):
            raise errors.from_transport_error(exc) from exc
        raise
    return response


async def _attempt_async(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    content: bytes | None,
    query: Mapping[str, str] | None,
    headers: dict[str, str],
    timeouts: dict[str, float | None],
    seconds: float,
    until: float | None = None,
) -> httpx.Response:
    """The async twin of :func:`_attempt`."""
    try:
        request = client.build_request(
            method, url, content=content, params=query, headers=headers, extensions={"timeout": timeouts.copy()}
        )
        response = await client.send(request, stream=True)
    except httpx.HTTPStatusError as exc:
        return exc.response
    except httpx.HTTPError as exc:
        raise errors.from_transport_error(exc) from exc
    try:
        cutoff = monotonic() + seconds if until is None else min(monotonic() + seconds, until)
        response.stream = _AsyncDeadlineStream(response.stream, cutoff)  # type: ignore[arg-type]
        await response.aread()
    except BaseException as exc:
        await response.aclose()
        if isinstance(exc, httpx.HTTPError):
            raise errors.from_transport_error(exc) from exc
        raise
    return response


class _DeadlineStream(httpx.SyncByteStream):
    """An answer's body that fails with a read timeout once its chunks arrive past the deadline."""

    __slots__ = ("_deadline", "_stream")

    def __init__(self, stream: httpx.SyncByteStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if monotonic() > self._deadline:
                raise httpx.ReadTimeout(_PAST_DEADLINE)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    __slots__ = ("_deadline", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            if monotonic() > self._deadline:
                raise httpx.ReadTimeout(_PAST_DEADLINE)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


_ClientT = TypeVar("_ClientT", httpx.Client, httpx.AsyncClient)


def _from_environment(build: Callable[[], _ClientT]) -> _ClientT:
    """Build an HTTP client; what the environment breaks (a proxy, a CA file) is a configuration error.

    httpx reads proxies and certificates from the environment (ALL_PROXY, SSL_CERT_FILE…) when the
    client is built, on the first call: a SOCKS proxy without socksio raises ImportError, a missing CA
    file OSError. Raised as the base APIConnectionError, they are never retried nor failed open.
    """
    try:
        return build()
    except (ImportError, OSError, ValueError) as exc:
        message = "could not set up the HTTP client: check the proxy and certificate settings"
        raise errors.APIConnectionError(message, exc) from exc


def _key_hint(key: str) -> str:
    for prefix in ("am_sk_test_", "am_sk_live_"):
        if key.startswith(prefix):
            return prefix + "…"
    return "…"


def _base_url(url: Any) -> str:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ValueError(f"server_url must be an http:// or https:// URL, not {url!r}")
    if url.rstrip("/").endswith("/v1"):
        raise ValueError(f"server_url is the API's base URL, without /v1 (the paths have it): not {url!r}")
    try:
        httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ValueError(f"server_url is not a valid URL: {exc}") from None
    return url.rstrip("/")


# [runtime-15] Autumn's own server fails a check open after 3 s: a fail-open client answers as soon.
DEFAULT_FAIL_OPEN_DEADLINE_MS = 3000


def _deadline(deadline_ms: Any) -> float:
    """[runtime-15] ``deadline_ms`` checked, in seconds."""
    if isinstance(deadline_ms, bool) or not isinstance(deadline_ms, (int, float)) or not 0 < deadline_ms < float("inf"):
        raise ValueError(f"deadline_ms must be a positive, finite number of milliseconds, not {deadline_ms!r}")
    return deadline_ms / 1000


def _timeout(timeout_ms: Any) -> httpx.Timeout:
    if isinstance(timeout_ms, bool) or not isinstance(timeout_ms, (int, float)) or not timeout_ms > 0:
        raise ValueError(f"timeout_ms must be a positive number of milliseconds, not {timeout_ms!r}")
    if timeout_ms == float("inf"):
        raise ValueError("timeout_ms must be finite")
    return httpx.Timeout(timeout_ms / 1000)


# Headers the SDK owns. The outbox replays a change with the SDK's key, so a caller's own
# Idempotency-Key here would make the replay a second, different change: billed twice.
_RESERVED_HEADERS = {
    "authorization": "the secret key is the client's (Autumn(secret_key=...))",
    "idempotency-key": "pass idempotency_key= to the call instead",
    settings.API_VERSION_HEADER: "it is the client's (Autumn(x_api_version=...))",
    "content-type": "the body is always JSON",
    # The body's framing: a wrong value would cut the request short or run it into the next one.
    "content-length": "it is computed from the body",
    "transfer-encoding": "it is computed from the body",
}


def _extra_headers(http_headers: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(http_headers, Mapping):
        raise TypeError(f"http_headers must be a mapping of str to str, not {type(http_headers).__name__}")
    extra: dict[str, str] = {}
    for name, value in http_headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("http_headers must be a mapping of str to str")
        lowered = _args.header_name("http_headers", name).lower()
        if lowered in _RESERVED_HEADERS:
            raise ValueError(f"http_headers must not set {name!r}: {_RESERVED_HEADERS[lowered]}")
        extra[lowered] = _args.header_value(f"http_headers[{name!r}]", value)
    return extra


# -- what an answer keeps of its HTTP response ---------------------------------------------------------


# -- versions --------------------------------------------------------------------------------------


def _version_name(value: object) -> str:
    """The shipped version ``value`` names ("2.1" for "2.1" or "2.1.0"), or a ValueError listing them."""
    if isinstance(value, str):
        name = value.removesuffix(".0") if value.count(".") == 2 else value
        if name in VERSIONS:
            return name
    shipped = ", ".join(repr(v) for v in VERSIONS)
    raise ValueError(f"x_api_version must be one of {shipped} (the API versions this SDK ships), not {value!r}")


def _client_class(version: object) -> type[BaseClient]:
    """The generated client class of ``version``; its module is imported on first use."""
    import importlib

    name = _version_name(version)
    module = importlib.import_module(f"autumn_sdk._generated.{VERSIONS[name]}.resources")
    cls: type[BaseClient] = getattr(module, CLIENT_CLASSES[name])
    return cls


# -- retries that must not repeat what may have been applied ------------------------------------------

# Answers after which the API has applied nothing: a retry cannot count anything twice.
_UNAPPLIED_STATUSES = frozenset({429, 503})


class _NotRetried(Exception):
    """Ends the retry loop with this outcome: a retry might apply the request a second time."""

    def __init__(self, outcome: httpx.Response | errors.APIConnectionError) -> None:
        self.outcome = outcome

    def unwrap(self) -> httpx.Response:
        if isinstance(self.outcome, httpx.Response):
            return self.outcome
        raise self.outcome


def _unsent(exc: errors.APIConnectionError) -> bool:
    """Whether the request provably never reached the API (nothing connected, no pooled slot)."""
    return isinstance(exc, errors.ConnectionFailedError) or isinstance(exc.cause, (httpx.ConnectTimeout, httpx.PoolTimeout))


def _unsent_only(send: Callable[[], httpx.Response]) -> httpx.Response:
    """One attempt of a call that is retried only where it cannot have been applied."""
    try:
        response = send()
    except errors.APIConnectionError as exc:
        if _unsent(exc):
            raise  # never sent: the retry loop may try again
        raise _NotRetried(exc) from exc
    return _unless_unapplied(response)


async def _unsent_only_async(send: Awaitable[httpx.Response]) -> httpx.Response:
    """The async twin of :func:`_unsent_only`."""
    try:
        response = await send
    except errors.APIConnectionError as exc:
        if _unsent(exc):
            raise  # never sent: the retry loop may try again
        raise _NotRetried(exc) from exc
    return _unless_unapplied(response)


def _unless_unapplied(response: httpx.Response) -> httpx.Response:
    """The answer, for the retry loop to judge, when it says nothing was applied; else the end of retrying."""
    if response.status_code >= 400 and response.status_code not in _UNAPPLIED_STATUSES:
        raise _NotRetried(response)
    return response
