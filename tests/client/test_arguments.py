"""Bad arguments fail with a clear TypeError/ValueError before any network I/O."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import pytest

from autumn_sdk import Autumn
from tests.loopback import LoopbackServer

BAD_CALLS: list[tuple[str, dict[str, Any], type[Exception], str]] = [
    ("check", {"feature_id": "f"}, TypeError, "customer_id"),
    ("check", {"customer_id": "c"}, TypeError, "feature_id"),
    ("check", {"customer_id": None, "feature_id": "f"}, TypeError, "customer_id"),
    ("check", {"customer_id": 123, "feature_id": "f"}, TypeError, "customer_id"),
    ("check", {"customer_id": "c", "feature_id": b"f"}, TypeError, "feature_id"),
    ("check", {"customer_id": "c", "feature_id": "f", "entity_id": 7}, TypeError, "entity_id"),
    ("check", {"customer_id": "c", "feature_id": "f", "required_balance": math.nan}, ValueError, "required_balance"),
    ("check", {"customer_id": "c", "feature_id": "f", "required_balance": math.inf}, ValueError, "required_balance"),
    ("check", {"customer_id": "c", "feature_id": "f", "required_balance": "1"}, TypeError, "required_balance"),
    ("check", {"customer_id": "c", "feature_id": "f", "send_event": "yes"}, TypeError, "send_event"),
    ("check", {"customer_id": "c", "feature_id": "f", "properties": {"x": {1, 2}}}, TypeError, "properties"),
    ("check", {"customer_id": "c", "feature_id": "f", "properties": {"x": math.nan}}, ValueError, "properties"),
    ("check", {"customer_id": "c", "feature_id": "f", "properties": ["x"]}, TypeError, "properties"),
    ("check", {"customer_id": "c", "feature_id": "f", "unknown": 1}, TypeError, "unknown"),
    ("track", {"customer_id": "c"}, TypeError, "feature_id or event_name"),
    ("track", {"customer_id": "c", "feature_id": "f", "value": -math.inf}, ValueError, "value"),
    ("track", {"customer_id": "c", "feature_id": "f", "value": "1"}, TypeError, "value"),
    ("track", {"customer_id": "c", "feature_id": "f", "value": True}, TypeError, "value"),
    ("track", {"customer_id": "c", "feature_id": "f", "value": None, "properties": {1: "x"}}, TypeError, "properties"),
    ("track", {"customer_id": "c", "event_name": ""}, ValueError, "event_name"),
    ("track", {"customer_id": "c", "feature_id": "f", "idempotency_key": ""}, ValueError, "idempotency_key"),
    ("track", {"customer_id": "c", "feature_id": "f", "retries": 3}, TypeError, "retries"),
    ("track", {"customer_id": "c", "feature_id": "f", "server_url": "ftp://x"}, ValueError, "server_url"),
    ("track", {"customer_id": "c", "feature_id": "f", "timeout_ms": -1}, ValueError, "timeout_ms"),
    ("track", {"customer_id": "c", "feature_id": "f", "http_headers": {"x": 1}}, TypeError, "http_headers"),
]


@pytest.mark.parametrize(("method", "kwargs", "error", "names"), BAD_CALLS)
def test_bad_arguments_fail_before_io(
    server: LoopbackServer, autumn: Autumn, method: str, kwargs: dict[str, Any], error: type[Exception], names: str
) -> None:
    with pytest.raises(error, match=names):
        getattr(autumn, method)(**kwargs)
    assert server.requests == []


@pytest.mark.parametrize(("method", "kwargs", "error", "names"), BAD_CALLS[:8])
async def test_bad_arguments_fail_before_io_async(
    server: LoopbackServer, autumn: Autumn, method: str, kwargs: dict[str, Any], error: type[Exception], names: str
) -> None:
    with pytest.raises(error, match=names):
        await getattr(autumn, f"{method}_async")(**kwargs)
    assert server.requests == []


def test_methods_are_keyword_only(autumn: Autumn) -> None:
    with pytest.raises(TypeError):
        autumn.check("cus_123", "messages")  # type: ignore[misc]


def test_other_real_numbers_are_accepted(server: LoopbackServer, autumn: Autumn) -> None:
    autumn.track(customer_id="c", feature_id="messages", value=Decimal("2.5"))
    assert server.requests[0].json["value"] == 2.5
