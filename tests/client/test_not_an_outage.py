"""A caller's raise_for_status hook, a bad protocol or proxy, a broken environment: never an outage."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import NO_RETRIES
from tests.doubles import VirtualClock, call
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, error_body, unused_port

CHECK = {"customer_id": "cus_123", "feature_id": "messages"}
TRACK = {"customer_id": "cus_123", "feature_id": "messages", "value": 7}


# -- a caller's raise_for_status hook, and configuration errors, are never an outage -------------------------


def _raise_for_status(response: httpx.Response) -> None:
    response.raise_for_status()


async def _raise_for_status_async(response: httpx.Response) -> None:
    response.raise_for_status()


def _with_hook_client(mode: str, server: LoopbackServer, **kwargs: Any) -> tuple[Autumn, Callable[[], None]]:
    if mode == "sync":
        own = httpx.Client(event_hooks={"response": [_raise_for_status]})
        return Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, client=own, **kwargs), own.close
    own_async = httpx.AsyncClient(event_hooks={"response": [_raise_for_status_async]})
    return Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, async_client=own_async, **kwargs
    ), lambda: None


@pytest.mark.parametrize(
    ("reply", "status", "error"),
    [
        (error_body("customer_not_found", "Customer cus_123 not found", 404), 404, errors.NotFoundError),
        (error_body("invalid_secret_key", "Invalid secret key", 401), 401, errors.AuthenticationError),
        (error_body("invalid_inputs", "bad", 400), 400, errors.BadRequestError),
        (error_body("duplicate_idempotency_key", "used", 409), 409, errors.AlreadyAppliedError),
    ],
    ids=["404", "401", "400", "409-duplicate"],
)
def test_a_callers_raise_for_status_hook_keeps_the_answer(
    server: LoopbackServer, mode: str, reply: Reply, status: int, error: type[Exception]
) -> None:
    autumn, close_own = _with_hook_client(mode, server, fail_open=True, retry_config=NO_RETRIES)
    server.enqueue(reply)
    result = call(autumn, mode, "track", **TRACK)
    assert type(result) is error, result  # not an outage: never failed open
    assert result.status_code == status
    assert len(autumn.outbox) == 0 and len(server.requests) == 1
    close_own()


def test_a_callers_raise_for_status_hook_on_5xx_is_retried_like_any_answer(server: LoopbackServer, mode: str) -> None:
    clock = VirtualClock()
    autumn, close_own = _with_hook_client(mode, server, retry_clock=clock)
    server.enqueue(Reply(503, "<html>busy</html>"))
    assert isinstance(call(autumn, mode, "check", **CHECK), models.CheckResponse)
    assert len(server.requests) == 2 and clock.sleeps == [0.1]
    close_own()


def _to_ftp(request: httpx.Request) -> None:
    request.url = request.url.copy_with(scheme="ftp")


async def _to_ftp_async(request: httpx.Request) -> None:
    _to_ftp(request)


def test_an_unsupported_protocol_is_a_configuration_error_not_an_outage(server: LoopbackServer, mode: str) -> None:
    own = httpx.Client(event_hooks={"request": [_to_ftp]})
    own_async = httpx.AsyncClient(event_hooks={"request": [_to_ftp_async]})
    clock = VirtualClock()
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=server.url,
        client=own,
        async_client=own_async,
        fail_open=True,
        retry_clock=clock,
    )
    result = call(autumn, mode, "track", **TRACK)
    assert type(result) is errors.APIConnectionError, result
    assert isinstance(result.cause, httpx.UnsupportedProtocol)
    assert clock.sleeps == [] and len(autumn.outbox) == 0 and server.requests == []
    own.close()


def test_a_proxy_that_refuses_is_a_configuration_error_not_an_outage(server: LoopbackServer, mode: str) -> None:
    # The loopback server is no proxy: it answers CONNECT with 501, so httpx raises ProxyError.
    own = httpx.Client(proxy=server.url)
    own_async = httpx.AsyncClient(proxy=server.url)
    clock = VirtualClock()
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=f"https://127.0.0.1:{unused_port()}",
        client=own,
        async_client=own_async,
        fail_open=True,
        retry_clock=clock,
    )
    result = call(autumn, mode, "check", **CHECK, send_event=True)
    assert type(result) is errors.APIConnectionError, result
    assert isinstance(result.cause, httpx.ProxyError) and "proxy" in str(result)
    assert clock.sleeps == [] and len(autumn.outbox) == 0
    own.close()


# -- an environment httpx cannot build a client from is a configuration error, not an outage -----------------


@pytest.mark.parametrize(
    ("variable", "setting", "cause"),
    [("SSL_CERT_FILE", "/nonexistent/ca.pem", OSError), ("ALL_PROXY", "socks5://127.0.0.1:9", ImportError)],
    ids=["missing-ca-file", "socks-proxy-without-socksio"],
)
def test_a_broken_environment_is_a_configuration_error_not_an_outage(
    monkeypatch: pytest.MonkeyPatch, mode: str, variable: str, setting: str, cause: type[Exception]
) -> None:
    if cause is ImportError and importlib.util.find_spec("socksio") is not None:
        pytest.skip("socksio is installed: httpx can use the SOCKS proxy")
    monkeypatch.setenv(variable, setting)
    server = LoopbackServer()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True)
    try:
        result = call(autumn, mode, "track", customer_id="cus_123", feature_id="messages")
        assert type(result) is errors.APIConnectionError, result  # the base class: configuration, never failed open
        assert isinstance(result.cause, cause) and "proxy and certificate settings" in str(result)
        assert server.requests == [] and len(autumn.outbox) == 0
    finally:
        autumn.close()
        server.close()
