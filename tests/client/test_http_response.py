"""An answer keeps the HTTP response it came in, and converts to JSON in one call (markers included)."""

from __future__ import annotations

import copy
import json
import pickle
from datetime import timedelta

from autumn_sdk import Autumn
from autumn_sdk.utils import NO_RETRIES
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, balance, unused_port

CHECK = {"allowed": True, "customer_id": "cus_1", "required_balance": 1, "balance": balance(), "flag": None}


def test_an_answer_keeps_its_http_response(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, CHECK, headers={"x-request-id": "req_42"}))
    with Autumn(secret_key=SECRET_KEY, server_url=server.url) as autumn:
        res = autumn.check(customer_id="cus_1", feature_id="messages")
    http = res.http_response
    assert http is not None and http.status_code == 200 and http.headers["x-request-id"] == "req_42"
    assert isinstance(http.elapsed, timedelta) and http.url.path == "/v1/balances.check"
    assert len(server.requests) == 1  # read from the answer, not by asking again


def test_the_http_response_is_neither_compared_nor_pickled(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, CHECK), Reply(200, CHECK))
    with Autumn(secret_key=SECRET_KEY, server_url=server.url) as autumn:
        first = autumn.check(customer_id="cus_1", feature_id="messages")
        second = autumn.check(customer_id="cus_1", feature_id="messages")
    assert first == second and first.http_response is not second.http_response
    for copied in (pickle.loads(pickle.dumps(first)), copy.deepcopy(first)):
        assert copied == first and copied.http_response is None


def test_to_json_is_json_with_the_markers(server: LoopbackServer) -> None:
    server.enqueue(Reply(202, CHECK))
    with Autumn(secret_key=SECRET_KEY, server_url=server.url) as autumn:
        res = autumn.check(customer_id="cus_1", feature_id="messages")
    data = json.loads(json.dumps(res.to_json()))
    assert data == {**res.to_dict(), "failed_open": False, "accepted": True, "already_applied": False}
    assert data["balance"]["remaining"] == 72


def test_an_answer_the_sdk_made_up_has_no_http_response() -> None:
    with Autumn(
        secret_key=SECRET_KEY, server_url=f"http://127.0.0.1:{unused_port()}", fail_open=True, retry_config=NO_RETRIES
    ) as autumn:
        res = autumn.check(customer_id="cus_1", feature_id="messages")
    assert res.failed_open and res.http_response is None
    assert res.to_json()["failed_open"] is True


def test_a_namespace_answer_has_one_too(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, {"success": True}, headers={"x-request-id": "req_7"}))
    with Autumn(secret_key=SECRET_KEY, server_url=server.url, x_api_version="2.1") as autumn:
        res = autumn.customers.delete(customer_id="cus_1")
    assert res.http_response is not None and res.http_response.headers["x-request-id"] == "req_7"
    assert res.to_json() == {"success": True}
