"""The seed's examples, and every request's method, path, headers and exact JSON body, over real HTTP."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from autumn_sdk import Autumn
from autumn_sdk.models import v2_1 as models
from tests.conftest import ROOT
from tests.loopback import SECRET_KEY, LoopbackServer


def test_seed_check_example(server: LoopbackServer) -> None:
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
        res = autumn.check(customer_id="cus_123", feature_id="messages")
    assert isinstance(res, models.CheckResponse)
    assert res.allowed is True and res.customer_id == "cus_123"
    assert res.balance is not None and res.balance.remaining == 100
    [request] = server.requests
    assert request.method == "POST" and request.path == "/v1/balances.check"
    assert request.headers["authorization"] == f"Bearer {SECRET_KEY}"
    assert request.headers["x-api-version"] == "2.1"
    assert request.headers["content-type"] == "application/json"
    assert request.body == b'{"customer_id":"cus_123","feature_id":"messages"}'
    assert "idempotency-key" not in request.headers  # a read-only check needs none


def test_seed_track_example(server: LoopbackServer) -> None:
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
        res = autumn.track(customer_id="cus_123", feature_id="messages", value=1)
    assert isinstance(res, models.TrackResponse)
    assert res.value == 1 and res.balance is not None and res.balance.usage == 1
    [request] = server.requests
    assert request.method == "POST" and request.path == "/v1/balances.track"
    assert request.headers["authorization"] == f"Bearer {SECRET_KEY}"
    assert request.headers["x-api-version"] == "2.1"
    assert request.json == {"customer_id": "cus_123", "feature_id": "messages", "value": 1}
    assert re.fullmatch(r"[0-9a-f]{32}", request.headers["idempotency-key"])  # 128 random bits


def test_generated_docs_examples_run_as_written(server: LoopbackServer) -> None:
    """The Example Usage blocks of docs/sdks/autumn/README.md run unchanged but for the server URL."""
    readme = (ROOT / "docs" / "2.1" / "sdks" / "autumn" / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(blocks) == 2
    for block in blocks:
        code = block.replace('secret_key="<YOUR_BEARER_TOKEN_HERE>",', f'secret_key="{SECRET_KEY}", server_url="{server.url}",')
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "docs-example", "exec"), {})
        assert out.getvalue().startswith(("CheckResponse(", "TrackResponse("))
    assert [r.path for r in server.requests] == ["/v1/balances.check", "/v1/balances.track"]


def test_every_argument_reaches_the_wire(server: LoopbackServer, autumn: Autumn) -> None:
    autumn.check(
        customer_id="cus_1",
        feature_id="messages",
        entity_id="seat_1",
        required_balance=2.5,
        properties={"model": "gpt", "tokens": 3},
        send_event=True,
        with_preview=False,
    )
    autumn.track(customer_id="cus_1", event_name="chat", entity_id="seat_1", value=-2, properties={"a": [1, None]})
    check, track = server.requests
    assert check.json == {
        "customer_id": "cus_1",
        "feature_id": "messages",
        "entity_id": "seat_1",
        "required_balance": 2.5,
        "properties": {"model": "gpt", "tokens": 3},
        "send_event": True,
        "with_preview": False,
    }
    assert "idempotency-key" in check.headers  # send_event consumes balance
    assert track.json == {
        "customer_id": "cus_1",
        "entity_id": "seat_1",
        "event_name": "chat",
        "value": -2,
        "properties": {"a": [1, None]},
    }


def test_per_call_options(server: LoopbackServer) -> None:
    other = LoopbackServer()
    try:
        with Autumn(secret_key=SECRET_KEY, server_url="http://127.0.0.1:9", x_api_version="2.1.0") as autumn:
            autumn.track(
                customer_id="c",
                feature_id="messages",
                idempotency_key="order-42",
                server_url=other.url + "/",
                timeout_ms=2000,
                http_headers={"X-Trace": "t1"},
            )
        [request] = other.requests
        assert request.headers["idempotency-key"] == "order-42"
        assert request.headers["x-trace"] == "t1"
        assert request.headers["x-api-version"] == "2.1.0"  # a version's full name is sent as given
        assert server.requests == []
    finally:
        other.close()


async def test_async_seed_examples(server: LoopbackServer) -> None:
    async with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
        check = await autumn.check_async(customer_id="cus_123", feature_id="messages")
        track = await autumn.track_async(customer_id="cus_123", feature_id="messages", value=1)
    assert check.allowed is True and track.value == 1
    assert [r.body for r in server.requests] == [
        b'{"customer_id":"cus_123","feature_id":"messages"}',
        b'{"customer_id":"cus_123","feature_id":"messages","value":1}',
    ]
    assert all(r.headers["authorization"] == f"Bearer {SECRET_KEY}" for r in server.requests)


@pytest.mark.parametrize("value", [1, 0.5, -3, 10**6])
def test_numbers_are_sent_as_given(server: LoopbackServer, autumn: Autumn, value: float) -> None:
    autumn.track(customer_id="c", feature_id="messages", value=value)
    assert server.requests[0].json["value"] == value
