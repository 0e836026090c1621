"""Construction, configuration, lifecycle and secret hygiene of the Autumn client."""

from __future__ import annotations

import logging

import httpx
import pytest

from autumn_sdk import Autumn, errors
from tests.loopback import SECRET_KEY, LoopbackServer, error_body


def test_secret_key_falls_back_to_the_environment(monkeypatch: pytest.MonkeyPatch, server: LoopbackServer) -> None:
    monkeypatch.setenv("AUTUMN_SECRET_KEY", SECRET_KEY)
    with Autumn(x_api_version="2.1", server_url=server.url) as autumn:
        autumn.check(customer_id="c", feature_id="f")
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET_KEY}"


def test_no_secret_key_names_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUTUMN_SECRET_KEY", raising=False)
    with pytest.raises(ValueError, match="AUTUMN_SECRET_KEY"):
        Autumn(x_api_version="2.1")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"secret_key": 123}, TypeError),
        ({"secret_key": "am_sk_test_x\nInjected: 1"}, ValueError),
        ({"server_url": "api.useautumn.com"}, ValueError),
        ({"server_url": "http://[::1"}, ValueError),
        ({"timeout_ms": 0}, ValueError),
        ({"timeout_ms": "5000"}, ValueError),
        ({"retry_config": {"strategy": "none"}}, TypeError),
        ({"client": object()}, TypeError),
        ({"async_client": httpx.Client()}, TypeError),
    ],
)
def test_bad_configuration_fails_at_construction(kwargs: dict[str, object], error: type[Exception]) -> None:
    kwargs.setdefault("secret_key", SECRET_KEY)
    with pytest.raises(error):
        Autumn(x_api_version="2.1", **kwargs)  # type: ignore[arg-type]


def test_secret_key_is_not_in_repr_errors_or_logs(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.enqueue(error_body("customer_not_found", "Customer cus_x not found", 404))
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url)
    assert SECRET_KEY not in repr(autumn) and "am_sk_test_" in repr(autumn)
    with pytest.raises(errors.AutumnDefaultError) as caught:
        autumn.check(customer_id="cus_x", feature_id="f")
    texts = [str(caught.value), repr(caught.value), caplog.text, repr(caught.value.raw_response)]
    assert [r for r in caplog.records if r.name == "autumn_sdk"], "the failure was logged by the SDK's logger"
    assert all(SECRET_KEY not in text for text in texts)  # httpx's and httpcore's debug logs included
    autumn.close()


def test_debug_logger_replaces_the_default(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    server.enqueue(error_body("invalid_inputs", "bad", 400))
    with (
        Autumn(
            x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, debug_logger=logging.getLogger("mine")
        ) as autumn,
        pytest.raises(errors.AutumnDefaultError),
    ):
        autumn.check(customer_id="c", feature_id="f")
    sdk_loggers = {r.name for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))}
    assert sdk_loggers == {"mine"}


def test_context_manager_closes_only_clients_it_created(server: LoopbackServer) -> None:
    mine = httpx.Client()
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, client=mine) as autumn:
        autumn.check(customer_id="c", feature_id="f")
    assert not mine.is_closed
    mine.close()

    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url)
    with autumn:
        autumn.check(customer_id="c", feature_id="f")
        created = autumn._client
    assert created is not None and created.is_closed
    # A closed Autumn stays closed: a later call fails clearly, before anything is sent.
    sent = len(server.requests)
    with pytest.raises(RuntimeError, match="closed"):
        autumn.check(customer_id="c", feature_id="f")
    assert len(server.requests) == sent
    autumn.close()  # closing again is harmless


async def test_async_context_manager_closes_only_clients_it_created(server: LoopbackServer) -> None:
    mine = httpx.AsyncClient()
    async with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, async_client=mine) as autumn:
        await autumn.check_async(customer_id="c", feature_id="f")
    assert not mine.is_closed
    await mine.aclose()

    async with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
        await autumn.check_async(customer_id="c", feature_id="f")
        assert autumn._current_loop_client is not None
        created = autumn._current_loop_client.client
    assert created.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await autumn.check_async(customer_id="c", feature_id="f")


def test_no_http_client_is_built_before_the_first_call() -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY)
    assert autumn._client is None and autumn._current_loop_client is None and not autumn._loop_clients
