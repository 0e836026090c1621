"""autumn_sdk.integrations.flask with a real Flask app under werkzeug's server, against the emulator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import flask
import httpx
import pytest

from autumn_sdk import Autumn, errors, models, webhooks
from autumn_sdk.integrations.flask import require_feature, webhook_receiver
from autumn_sdk.testing import LocalAutumn
from tests.integration_app import assert_paywall, autumn, emulator, open_autumn, remaining
from tests.loopback import SECRET_KEY, LoopbackServer, Reply
from tests.serving import wsgi

__all__ = ["autumn", "emulator", "open_autumn"]  # fixtures

SECRET = "whsec_" + "Rmxhc2tGbGFza0ZsYXNrRmxhc2tG"


def user(request: flask.Request) -> str:
    return request.headers["x-user"]


def make_app(client: Autumn, received: list[webhooks.WebhookEvent]) -> flask.Flask:
    app = flask.Flask(__name__)

    @app.post("/messages")
    @require_feature(client, "messages", customer_id=user)
    def send() -> Any:
        check = flask.g.autumn_check
        return {"sent": True, "failed_open": check.failed_open, "remaining": check.balance.remaining if check.balance else None}

    @app.get("/sso")
    @require_feature(client, "sso", customer_id=user)
    def login() -> Any:
        return {"allowed": flask.g.autumn_check.allowed}

    @app.post("/consume")
    @require_feature(client, "messages", customer_id=user, send_event=True, required_balance=2)
    def consume() -> Any:
        return {"remaining": flask.g.autumn_check.balance.remaining}

    @app.post("/autumn/webhooks")
    @webhook_receiver(SECRET)
    def hook(event: webhooks.WebhookEvent) -> None:
        received.append(event)

    @app.errorhandler(errors.AutumnError)
    def on_autumn_error(exc: errors.AutumnError) -> Any:
        return {"error": type(exc).__name__}, 503

    return app


@pytest.fixture
def served(autumn: Autumn) -> Iterator[tuple[httpx.Client, list[webhooks.WebhookEvent]]]:
    received: list[webhooks.WebhookEvent] = []
    with wsgi(make_app(autumn, received)) as url, httpx.Client(base_url=url, headers={"x-user": "cus_123"}) as http:
        yield http, received


def test_an_allowed_request_goes_through(served: Any, emulator: LocalAutumn) -> None:
    http, _ = served
    answer = http.post("/messages")
    assert answer.status_code == 200 and answer.json() == {"sent": True, "failed_open": False, "remaining": 3}
    assert remaining(emulator) == 3


def test_a_denied_request_is_402_with_the_paywall(served: Any, autumn: Autumn) -> None:
    http, _ = served
    autumn.track(customer_id="cus_123", feature_id="messages", value=3)
    answer = http.post("/messages")
    assert answer.status_code == 402 and answer.headers["content-type"] == "application/json"
    assert_paywall(answer.json(), "usage_limit")
    answer = http.get("/sso")
    assert answer.status_code == 402
    assert_paywall(answer.json(), "feature_flag")


def test_send_event_consumes_in_the_same_call(served: Any, emulator: LocalAutumn) -> None:
    http, _ = served
    assert http.post("/consume").json() == {"remaining": 1}
    assert http.post("/consume").status_code == 402
    assert remaining(emulator) == 1


def test_a_failed_open_check_lets_the_request_through(open_autumn: Autumn, emulator: LocalAutumn) -> None:
    with wsgi(make_app(open_autumn, [])) as url:
        emulator.fail_next(1, status=503)
        answer = httpx.post(f"{url}/messages", headers={"x-user": "cus_123"})
    assert answer.status_code == 200 and answer.json() == {"sent": True, "failed_open": True, "remaining": None}


def test_errors_of_the_call_reach_the_apps_handler(served: Any, emulator: LocalAutumn) -> None:
    http, _ = served
    emulator.fail_next(1, status=503)
    assert http.post("/messages").json() == {"error": "InternalServerError"}
    assert http.post("/messages", headers={"x-user": "cus_nobody"}).json() == {"error": "NotFoundError"}


def test_the_check_on_the_wire() -> None:
    server = LoopbackServer()
    try:
        server.enqueue(Reply(200, {"allowed": False, "customer_id": "cus_9", "balance": None}))
        with Autumn(secret_key=SECRET_KEY, server_url=server.url, x_api_version="2.1") as client:
            app = flask.Flask(__name__)

            @app.get("/x")
            @require_feature(client, "messages", customer_id=user, entity_id=lambda r: r.args["seat"], send_event=True)
            def x() -> Any:
                return {}

            with wsgi(app) as url:
                answer = httpx.get(f"{url}/x?seat=seat_1", headers={"x-user": "cus_9"})
        # No preview in the answer: the 402 body is the whole check answer.
        assert answer.status_code == 402 and answer.json()["allowed"] is False
        (request,) = server.requests
        assert (request.method, request.path) == ("POST", "/v1/balances.check")
        assert request.headers["x-api-version"] == "2.1" and request.headers["idempotency-key"]  # send_event changes usage
        assert json.loads(request.body) == {
            "customer_id": "cus_9",
            "feature_id": "messages",
            "entity_id": "seat_1",
            "send_event": True,
            "with_preview": True,
        }
    finally:
        server.close()


def test_the_emulators_webhooks_reach_the_view_typed(served: Any, autumn: Autumn, emulator: LocalAutumn) -> None:
    http, received = served
    endpoint = emulator.register_webhook(str(http.base_url.join("/autumn/webhooks")), secret=SECRET)
    autumn.track(customer_id="cus_123", feature_id="messages", value=3)
    autumn.billing.attach(customer_id="cus_123", plan_id="pro")  # no card: nothing until the checkout is paid
    emulator.complete_checkout("cus_123")
    deliveries = endpoint.wait(2)
    assert [(d.type, d.status) for d in deliveries] == [("balances.limit_reached", 204), ("billing.updated", 204)]
    assert [e.type for e in received] == ["balances.limit_reached", "billing.updated"]
    data = received[1].data
    assert isinstance(data, models.BillingUpdatedData)
    changes = [(c.action, c.subscription.plan_id) for c in data.plan_changes if c.subscription]
    assert changes == [("activated", "pro"), ("expired", "free")]


def test_a_request_that_does_not_verify_is_400(served: Any) -> None:
    http, received = served
    body = json.dumps({"type": "billing.updated", "data": {}})
    good = webhooks.sign(body, SECRET)
    stale = webhooks.sign(body, SECRET, timestamp=int(good["svix-timestamp"]) - 3600)
    for headers, content, reason in (
        (stale, body, "old"),
        ({**good, "svix-signature": "v1,AAAA"}, body, "no signature"),
        ({k: v for k, v in good.items() if k != "svix-timestamp"}, body, "svix-timestamp header is missing"),
        (good, "not json", "no signature"),
    ):
        answer = http.post("/autumn/webhooks", content=content, headers=headers)
        assert answer.status_code == 400 and reason in answer.json()["error"]
    assert received == []
    answer = http.post("/autumn/webhooks", content=body, headers=good)
    assert answer.status_code == 204 and received[0].type == "billing.updated"


def test_a_receiver_needs_a_well_formed_secret() -> None:
    with pytest.raises(ValueError, match="not base64"):
        webhook_receiver("whsec_%%%")
