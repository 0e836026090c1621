"""Issue 9, per request: retry storms, headers the caller must not set, what counts as an outage, pickling.

Every test here failed on the code before the fix (see the issue's item numbers).
"""

from __future__ import annotations

import asyncio
import importlib.util
import math
import multiprocessing
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from email.utils import formatdate
from typing import Any

import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import NO_RETRIES, RetryConfig
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, error_body, unused_port
from tests.test_faults import WALL, FakeClock, call

CHECK = {"customer_id": "cus_123", "feature_id": "messages"}
TRACK = {"customer_id": "cus_123", "feature_id": "messages", "value": 7}


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# -- 7: no server answer turns one call into a request storm -----------------------------------------


@pytest.mark.parametrize(
    "retry_after",
    ["0", "-5", "nan", "inf", formatdate(WALL - 3600, usegmt=True)],
    ids=["zero", "negative", "nan", "inf", "date-in-the-past"],
)
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_zero_on_a_persistent_error_is_not_a_request_storm(
    server: LoopbackServer, mode: str, status: int, retry_after: str
) -> None:
    clock = FakeClock()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_clock=clock)  # the default policy
    server.enqueue(*[Reply(status, "", headers={"retry-after": retry_after}) for _ in range(200)])
    result = call(autumn, mode, "check", **CHECK)
    assert isinstance(result, errors.AutumnDefaultError) and result.status_code == status
    # The default cap: 2 retries. Each wait is at least the backoff's own (jitter 0.5 of 200 ms, 400 ms).
    assert len(server.requests) == 3
    assert clock.sleeps == [0.1, 0.2]
    autumn.close()


def test_retry_after_longer_than_the_backoff_is_still_honoured(server: LoopbackServer, mode: str) -> None:
    clock = FakeClock()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_clock=clock)
    server.enqueue(Reply(429, "", headers={"retry-after": "2"}), Reply(503, "", headers={"retry-after": "0"}))
    assert isinstance(call(autumn, mode, "check", **CHECK), models.CheckResponse)
    assert clock.sleeps == [2.0, 0.2]
    autumn.close()


def test_max_retries_caps_a_call_and_is_configurable(mode: str) -> None:
    clock = FakeClock()
    autumn = Autumn(
        x_api_version="2.1",
        secret_key=SECRET_KEY,
        server_url=f"http://127.0.0.1:{unused_port()}",
        retry_config=RetryConfig("backoff", max_retries=4),
        retry_clock=clock,
    )
    assert isinstance(call(autumn, mode, "check", **CHECK), errors.ConnectionFailedError)
    assert len(clock.sleeps) == 4
    with pytest.raises(ValueError, match="max_retries"):
        RetryConfig("backoff", max_retries=-1)


def test_retry_clock_must_be_a_clock() -> None:
    with pytest.raises(TypeError, match="retry_clock"):
        Autumn(x_api_version="2.1", secret_key=SECRET_KEY, retry_clock=object())  # type: ignore[arg-type]


class PlainClock:
    """Not a subclass of anything of the SDK's: the five methods are all retry_clock needs."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return sum(self.sleeps)

    def now(self) -> float:
        return WALL + sum(self.sleeps)

    def jitter(self) -> float:
        return 1.0

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def sleep_async(self, seconds: float) -> None:
        self.sleeps.append(seconds)


def test_any_object_with_the_clock_methods_is_a_retry_clock(server: LoopbackServer, mode: str) -> None:
    clock = PlainClock()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_clock=clock)
    server.enqueue(Reply(503, ""), Reply(503, ""))
    assert isinstance(call(autumn, mode, "check", **CHECK), models.CheckResponse)
    assert clock.sleeps == [0.2, 0.4]  # jitter 1.0: the full default backoff
    autumn.close()


# -- 14 and 21: headers are checked before any I/O ------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "match"),
    [
        ({"Idempotency-Key": "mine"}, "idempotency_key="),
        ({"authorization": "Bearer am_sk_test_other"}, "secret_key"),
        ({"X-API-Version": "1.2"}, "x_api_version"),
        ({"Content-Type": "text/plain"}, "JSON"),
        ({"Content-Length": "3"}, "computed from the body"),
        ({"Transfer-Encoding": "chunked"}, "computed from the body"),
        ({"X Bad": "1"}, "header name"),
        ({"x-é": "1"}, "header name"),
        ({"x-note": "café"}, "ASCII"),
        ({"x-note": "a\r\nx-injected: 1"}, "ASCII"),
        ({"x-note": ""}, "non-empty"),
    ],
    ids=[
        "idempotency-key",
        "authorization",
        "api-version",
        "content-type",
        "content-length",
        "transfer-encoding",
        "space",
        "non-ascii-name",
        "non-ascii-value",
        "crlf",
        "empty",
    ],
)
def test_http_headers_cannot_override_or_break_the_request(
    server: LoopbackServer, mode: str, headers: dict[str, str], match: str
) -> None:
    # fail_open too: a bad header is the caller's bug, never an outage to answer "allowed" for.
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True)
    result = call(autumn, mode, "track", **TRACK, http_headers=headers)
    assert isinstance(result, ValueError), result
    assert match in str(result)
    assert server.requests == [] and len(autumn.outbox) == 0
    autumn.close()


def test_a_callers_idempotency_key_goes_through_the_argument(server: LoopbackServer) -> None:
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
        autumn.track(**TRACK, idempotency_key="job-42", http_headers={"X-Request-Id": "r1"})
    assert server.requests[0].headers["idempotency-key"] == "job-42"
    assert server.requests[0].headers["x-request-id"] == "r1"
    assert server.applied() == 7


@pytest.mark.parametrize(
    "key",
    ["am_sk_test_caf\u00e9", "am_sk_test_a b", "am_sk_test_x\t", "am_sk_test_\u200bx"],
    ids=["non-ascii", "space", "tab", "zero-width-space"],
)
def test_a_secret_key_that_cannot_be_a_header_fails_at_construction(key: str) -> None:
    with pytest.raises(ValueError, match="ASCII") as caught:
        Autumn(x_api_version="2.1", secret_key=key)
    assert key not in str(caught.value)


def test_x_api_version_must_be_a_header_value() -> None:
    with pytest.raises(ValueError, match="x_api_version"):
        Autumn(secret_key=SECRET_KEY, x_api_version="2.1\n")


# -- 20: a caller's raise_for_status hook, and configuration errors, are never an outage --------------


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
    clock = FakeClock()
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
    clock = FakeClock()
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
    clock = FakeClock()
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


# -- 23: every SDK exception survives pickle, without the secret --------------------------------------


def _errors_from_the_wire(server: LoopbackServer) -> list[errors.AutumnError]:
    caught: list[errors.AutumnError] = []
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES, timeout_ms=200)
    server.enqueue(
        error_body("customer_not_found", "Customer cus_123 not found", 404),
        error_body("duplicate_idempotency_key", "used", 409),
        Reply(200, "<html>maintenance</html>"),
        Reply(200, {"allowed": True}),
        Reply(delay=0.5),
        Reply(fault="reset"),
    )
    for _ in range(6):
        try:
            autumn.track(**TRACK, idempotency_key="job-1")
        except errors.AutumnError as exc:
            caught.append(exc)
    down = Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=f"http://127.0.0.1:{unused_port()}", retry_config=NO_RETRIES
    )
    try:
        down.check(**CHECK)
    except errors.AutumnError as exc:
        caught.append(exc)
    autumn.close()
    return caught


def test_every_error_survives_pickle_without_the_secret(server: LoopbackServer) -> None:
    caught = _errors_from_the_wire(server)
    kinds = [type(e) for e in caught]
    assert kinds == [
        errors.NotFoundError,
        errors.AlreadyAppliedError,
        errors.ResponseValidationError,
        errors.ResponseValidationError,
        errors.RequestTimeoutError,
        errors.ResponseLostError,
        errors.ConnectionFailedError,
    ]
    for error in caught:
        data = pickle.dumps(error)
        assert SECRET_KEY.encode() not in data, type(error)
        restored = pickle.loads(data)
        assert type(restored) is type(error) and str(restored) == str(error)
        for field in ("status_code", "message", "code", "body", "field", "idempotency_key"):
            assert getattr(restored, field, None) == getattr(error, field, None), field
        if isinstance(error, errors.APIConnectionError):
            assert type(restored.cause) is type(error.cause) and str(restored.cause) == str(error.cause)
        if hasattr(error, "raw_response"):
            assert restored.raw_response.status_code == error.raw_response.status_code
            assert restored.raw_response.text == error.raw_response.text
            assert "authorization" not in restored.raw_response.request.headers


def _fail_in_a_worker(url: str) -> models.TrackResponse:
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=url, retry_config=NO_RETRIES) as autumn:
        return autumn.track(**TRACK)


def test_an_error_raised_in_a_process_pool_reaches_the_parent(server: LoopbackServer) -> None:
    server.enqueue(error_body("customer_not_found", "Customer cus_123 not found", 404))
    with (
        ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool,
        pytest.raises(errors.AutumnDefaultError) as caught,
    ):
        pool.submit(_fail_in_a_worker, server.url).result(timeout=30)
    assert caught.value.status_code == 404 and caught.value.code == "customer_not_found"


def test_pickled_error_fields_are_plain() -> None:
    # A response httpx never read (a caller's hook raised first) still pickles: its body is empty.
    response = httpx.Response(503, stream=httpx.ByteStream(b"x"), request=httpx.Request("POST", "http://127.0.0.1/"))
    error = errors.AutumnDefaultError(response)
    assert error.body == "" and error.status_code == 503
    restored = pickle.loads(pickle.dumps(error))
    assert restored.status_code == 503 and not math.isnan(restored.status_code)


def test_async_errors_pickle_too(server: LoopbackServer) -> None:
    server.enqueue(error_body("customer_not_found", "nope", 404))

    async def main() -> errors.AutumnError:
        async with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES) as autumn:
            try:
                await autumn.track_async(**TRACK)
            except errors.AutumnError as exc:
                return exc
        raise AssertionError("no error")

    error = asyncio.run(main())
    data = pickle.dumps(error)
    assert SECRET_KEY.encode() not in data
    assert pickle.loads(data).code == "customer_not_found"


# -- 22: an answer nested too deeply to parse is a ResponseValidationError, not a RecursionError --------


@pytest.mark.parametrize(
    ("operation", "kwargs", "body"),
    [
        ("check", CHECK, b'{"allowed": true, "customer_id": "c", "balance": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        ("track", TRACK, b"[" * 100_000 + b"]" * 100_000),
        ("check", CHECK, b'{"allowed": true, "customer_id": "c", "balance": ' + b'{"a":' * 100_000 + b"1" + b"}" * 100_001),
    ],
    ids=["check-arrays", "track-arrays", "check-objects"],
)
def test_a_deeply_nested_answer_is_a_response_validation_error(
    mode: str, operation: str, kwargs: dict[str, Any], body: bytes
) -> None:
    server = LoopbackServer()
    server.enqueue(Reply(200, body, headers={"content-type": "application/json"}))
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES, fail_open=True)
    try:
        result = call(autumn, mode, operation, **kwargs)
        assert isinstance(result, errors.ResponseValidationError), result  # a 200 is an answer: never failed open
        assert "nested too deeply" in str(result) and result.status_code == 200
        assert isinstance(result.__cause__, RecursionError)
        assert len(autumn.outbox) == 0
    finally:
        autumn.close()
        server.close()


# -- bad input: an int the API cannot read exactly fails before any I/O --------------------------------


@pytest.mark.parametrize("value", [10**400, 2**53 + 1, -(2**53) - 1])
def test_an_int_too_large_for_a_json_double_fails_before_sending(mode: str, value: int) -> None:
    server = LoopbackServer()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, fail_open=True)
    try:
        result = call(autumn, mode, "track", customer_id="cus_123", feature_id="messages", value=value)
        assert isinstance(result, ValueError) and "2**53" in str(result), result
        nested = {"feature_id": "messages", "included": value}
        with pytest.raises(ValueError, match=r"items\[0\]\.included: too large"):
            autumn.plans.create(plan_id="p", name="P", items=[nested])
        assert server.requests == [] and len(autumn.outbox) == 0  # nothing sent, nothing kept to replay
        assert isinstance(
            call(autumn, mode, "track", customer_id="cus_123", feature_id="messages", value=2**53), models.TrackResponse
        )
    finally:
        autumn.close()
        server.close()


# -- 20: an environment httpx cannot build a client from is a configuration error, not an outage --------


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
