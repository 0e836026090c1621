"""Headers a caller passes are checked before any I/O: none overrides or breaks the request."""

from __future__ import annotations

import pytest

from autumn_sdk import Autumn
from tests.doubles import call
from tests.loopback import SECRET_KEY, LoopbackServer

CHECK = {"customer_id": "cus_123", "feature_id": "messages"}
TRACK = {"customer_id": "cus_123", "feature_id": "messages", "value": 7}


# -- headers are checked before any I/O ----------------------------------------------------------------------


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
