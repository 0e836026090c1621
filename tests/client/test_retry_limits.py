"""Retry limits: no server answer turns one call into a request storm; max_retries and retry_clock."""

from __future__ import annotations

from email.utils import formatdate

import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import RetryConfig
from tests.doubles import WALL, VirtualClock, call
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, unused_port

CHECK = {"customer_id": "cus_123", "feature_id": "messages"}
TRACK = {"customer_id": "cus_123", "feature_id": "messages", "value": 7}


# -- no server answer turns one call into a request storm ----------------------------------------------------


@pytest.mark.parametrize(
    "retry_after",
    ["0", "-5", "nan", "inf", formatdate(WALL - 3600, usegmt=True)],
    ids=["zero", "negative", "nan", "inf", "date-in-the-past"],
)
@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_zero_on_a_persistent_error_is_not_a_request_storm(
    server: LoopbackServer, mode: str, status: int, retry_after: str
) -> None:
    clock = VirtualClock()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_clock=clock)  # the default policy
    server.enqueue(*[Reply(status, "", headers={"retry-after": retry_after}) for _ in range(200)])
    result = call(autumn, mode, "check", **CHECK)
    assert isinstance(result, errors.AutumnDefaultError) and result.status_code == status
    # The default cap: 2 retries. Each wait is at least the backoff's own (jitter 0.5 of 200 ms, 400 ms).
    assert len(server.requests) == 3
    assert clock.sleeps == [0.1, 0.2]
    autumn.close()


def test_retry_after_longer_than_the_backoff_is_still_honoured(server: LoopbackServer, mode: str) -> None:
    clock = VirtualClock()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_clock=clock)
    server.enqueue(Reply(429, "", headers={"retry-after": "2"}), Reply(503, "", headers={"retry-after": "0"}))
    assert isinstance(call(autumn, mode, "check", **CHECK), models.CheckResponse)
    assert clock.sleeps == [2.0, 0.2]
    autumn.close()


def test_max_retries_caps_a_call_and_is_configurable(mode: str) -> None:
    clock = VirtualClock()
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


def test_any_object_with_the_clock_methods_is_a_retry_clock(server: LoopbackServer, mode: str) -> None:
    clock = VirtualClock(jitter=1.0)
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_clock=clock)
    server.enqueue(Reply(503, ""), Reply(503, ""))
    assert isinstance(call(autumn, mode, "check", **CHECK), models.CheckResponse)
    assert clock.sleeps == [0.2, 0.4]  # jitter 1.0: the full default backoff
    autumn.close()
