"""An answer nested too deeply is a ResponseValidationError; an int a JSON double cannot hold fails before sending."""

from __future__ import annotations

from typing import Any

import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import NO_RETRIES
from tests.doubles import call
from tests.loopback import SECRET_KEY, LoopbackServer, Reply

CHECK = {"customer_id": "cus_123", "feature_id": "messages"}
TRACK = {"customer_id": "cus_123", "feature_id": "messages", "value": 7}


# -- an answer nested too deeply to parse is a ResponseValidationError, not a RecursionError -----------------


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


# -- bad input: an int the API cannot read exactly fails before any I/O --------------------------------------


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
