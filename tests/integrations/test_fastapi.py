"""autumn_sdk.integrations.fastapi with a real FastAPI app under uvicorn, against the emulator."""

# No "from __future__ import annotations": FastAPI reads the Annotated dependencies, which name locals.
import json
from collections.abc import Iterator
from typing import Annotated, Any

import httpx
import pytest
from fastapi import Depends, FastAPI, Request

from autumn_sdk import Autumn, errors, models, webhooks
from autumn_sdk.integrations.fastapi import require_feature, webhook_event
from autumn_sdk.models import CheckResponse
from autumn_sdk.testing import LocalAutumn
from autumn_sdk.utils import NO_RETRIES
from tests.integration_app import assert_paywall, autumn, emulator, open_autumn, remaining
from tests.loopback import SECRET_KEY, LoopbackServer, Reply
from tests.serving import asgi

__all__ = ["autumn", "emulator", "open_autumn"]  # fixtures

SECRET = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldY"


def user(request: Request) -> str:
    return request.headers["x-user"]


async def user_async(request: Request) -> str:  # an async lookup (a session store, say)
    return request.headers["x-user"]


def make_app(client: Autumn, received: list[webhooks.WebhookEvent]) -> FastAPI:
    app = FastAPI()
    messages = require_feature(client, "messages", customer_id=user)
    sso = require_feature(client, "sso", customer_id=user_async)
    consume = require_feature(client, "messages", customer_id=user, send_event=True, required_balance=2)

    @app.post("/messages")
    async def send(check: Annotated[CheckResponse, Depends(messages)]) -> dict[str, Any]:
        return {"sent": True, "failed_open": check.failed_open, "remaining": check.balance.remaining if check.balance else None}

    @app.post("/messages-sync")
    def send_sync(check: Annotated[CheckResponse, Depends(messages)]) -> dict[str, Any]:  # a sync endpoint, same dependency
        return {"sent": True, "failed_open": check.failed_open}

    @app.get("/sso")
    async def login(check: Annotated[CheckResponse, Depends(sso)]) -> dict[str, Any]:
        return {"allowed": check.allowed}

    @app.post("/consume")
    async def consume_two(check: Annotated[CheckResponse, Depends(consume)]) -> dict[str, Any]:
        return {"remaining": check.balance.remaining if check.balance else None}

    @app.post("/autumn/webhooks")
    async def hook(event: Annotated[webhooks.WebhookEvent, Depends(webhook_event(SECRET))]) -> dict[str, str]:
        received.append(event)
        return {"received": event.type}

    return app


@pytest.fixture
def served(autumn: Autumn) -> Iterator[tuple[httpx.Client, list[webhooks.WebhookEvent]]]:
    received: list[webhooks.WebhookEvent] = []
    with asgi(make_app(autumn, received)) as url, httpx.Client(base_url=url, headers={"x-user": "cus_123"}) as http:
        yield http, received


def test_an_allowed_request_goes_through(served: Any, emulator: LocalAutumn) -> None:
    http, _ = served
    for path in ("/messages", "/messages-sync"):
        answer = http.post(path)
        assert answer.status_code == 200 and answer.json()["sent"] is True and answer.json()["failed_open"] is False
    assert http.post("/messages").json()["remaining"] == 3
    assert remaining(emulator) == 3  # a check alone records nothing


def test_a_denied_request_is_402_with_the_paywall(served: Any, autumn: Autumn) -> None:
    http, _ = served
    autumn.track(customer_id="cus_123", feature_id="messages", value=3)
    for path in ("/messages", "/messages-sync"):
        answer = http.post(path)
        assert answer.status_code == 402
        assert_paywall(answer.json()["detail"], "usage_limit")  # FastAPI's error shape: {"detail": ...}
    answer = http.get("/sso")
    assert answer.status_code == 402
    assert_paywall(answer.json()["detail"], "feature_flag")


def test_send_event_consumes_in_the_same_call(served: Any, emulator: LocalAutumn) -> None:
    http, _ = served
    assert http.post("/consume").json() == {"remaining": 1}
    assert remaining(emulator) == 1
    assert http.post("/consume").status_code == 402  # 1 left, 2 required: refused, nothing consumed
    assert remaining(emulator) == 1


def test_a_failed_open_check_lets_the_request_through(open_autumn: Autumn, emulator: LocalAutumn) -> None:
    received: list[webhooks.WebhookEvent] = []
    with asgi(make_app(open_autumn, received)) as url:
        emulator.fail_next(1, status=503)
        answer = httpx.post(f"{url}/messages", headers={"x-user": "cus_123"})
    assert answer.status_code == 200 and answer.json() == {"sent": True, "failed_open": True, "remaining": None}


def test_an_outage_without_fail_open_is_the_apps_error(emulator: LocalAutumn) -> None:
    app = FastAPI()
    raised: list[Exception] = []
    with Autumn(secret_key=emulator.secret_key, server_url=emulator.url, x_api_version="2.1", retry_config=NO_RETRIES) as client:
        messages = require_feature(client, "messages", customer_id=user)

        @app.post("/messages")
        async def send(check: Annotated[CheckResponse, Depends(messages)]) -> None: ...

        @app.exception_handler(errors.AutumnError)
        async def on_autumn_error(request: Request, exc: errors.AutumnError) -> Any:
            raised.append(exc)
            from fastapi.responses import JSONResponse

            return JSONResponse({"error": type(exc).__name__}, status_code=503)

        with asgi(app) as url:
            emulator.fail_next(1, status=503)
            answer = httpx.post(f"{url}/messages", headers={"x-user": "cus_123"})
            unknown = httpx.post(f"{url}/messages", headers={"x-user": "cus_nobody"})
    assert answer.status_code == 503 and answer.json() == {"error": "InternalServerError"}
    assert unknown.json() == {"error": "NotFoundError"}
    assert [type(e) for e in raised] == [errors.InternalServerError, errors.NotFoundError]


def test_the_check_on_the_wire() -> None:
    server = LoopbackServer()
    try:
        server.enqueue(Reply(200, {"allowed": True, "customer_id": "cus_9", "balance": None}))
        with Autumn(secret_key=SECRET_KEY, server_url=server.url, x_api_version="2.1") as client:
            app = FastAPI()
            gate = require_feature(client, "messages", customer_id=user, entity_id=lambda r: "seat_1", required_balance=3)

            @app.get("/x")
            async def x(check: Annotated[CheckResponse, Depends(gate)]) -> dict[str, bool]:
                return {"allowed": check.allowed}

            with asgi(app) as url:
                assert httpx.get(f"{url}/x", headers={"x-user": "cus_9"}).json() == {"allowed": True}
        (request,) = server.requests
        assert (request.method, request.path) == ("POST", "/v1/balances.check")
        assert request.headers["x-api-version"] == "2.1" and request.headers["authorization"] == f"Bearer {SECRET_KEY}"
        assert "idempotency-key" not in request.headers  # a read: no key
        assert json.loads(request.body) == {
            "customer_id": "cus_9",
            "feature_id": "messages",
            "entity_id": "seat_1",
            "required_balance": 3,
            "with_preview": True,
        }
    finally:
        server.close()


# -- webhooks ------------------------------------------------------------------------------------------


def test_the_emulators_webhooks_reach_the_route_typed(served: Any, autumn: Autumn, emulator: LocalAutumn) -> None:
    http, received = served
    endpoint = emulator.register_webhook(str(http.base_url.join("/autumn/webhooks")), secret=SECRET)
    autumn.track(customer_id="cus_123", feature_id="messages", value=3)
    autumn.customers.get_or_create(customer_id="cus_new")
    deliveries = endpoint.wait(2)
    assert [(d.type, d.status) for d in deliveries] == [("balances.limit_reached", 200), ("billing.updated", 200)]
    assert [e.type for e in received] == ["balances.limit_reached", "billing.updated"]
    limit = {"customer_id": "cus_123", "feature_id": "messages", "limit_type": "included"}
    assert received[0].data == models.BalancesLimitReachedData.from_dict(limit)
    assert isinstance(received[1].data, models.BillingUpdatedData)
    assert received[0].id == deliveries[0].id and received[1].data.customer_id == "cus_new"


def test_a_request_that_does_not_verify_is_400(served: Any) -> None:
    http, received = served
    body = json.dumps({"type": "billing.updated", "data": {}})
    good = webhooks.sign(body, SECRET)
    wrong = webhooks.sign(body, "whsec_" + "WFlaWFlaWFlaWFlaWFlaWFlaWFla")
    for headers, reason in ((wrong, "no signature"), ({}, "svix-id header is missing")):
        answer = http.post("/autumn/webhooks", content=body, headers=headers)
        assert answer.status_code == 400 and reason in answer.json()["detail"]
    answer = http.post("/autumn/webhooks", content=body + " ", headers=good)  # a changed body
    assert answer.status_code == 400
    assert received == []
    answer = http.post("/autumn/webhooks", content=body, headers={k.upper(): v for k, v in good.items()})
    assert answer.status_code == 200 and answer.json() == {"received": "billing.updated"}


def test_a_receiver_needs_a_well_formed_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUTUMN_WEBHOOK_SECRET", raising=False)
    with pytest.raises(ValueError, match="AUTUMN_WEBHOOK_SECRET"):
        webhook_event()
    with pytest.raises(ValueError, match="must start with 'whsec_'") as caught:
        webhook_event("sk_live_secret")
    assert "sk_live_secret" not in str(caught.value)
    monkeypatch.setenv("AUTUMN_WEBHOOK_SECRET", SECRET)
    assert callable(webhook_event())


def test_a_gate_needs_a_feature_and_a_customer_callable(autumn: Autumn) -> None:
    with pytest.raises(ValueError, match="feature_id"):
        require_feature(autumn, "", customer_id=user)
    with pytest.raises(TypeError, match="customer_id"):
        require_feature(autumn, "messages", customer_id="cus_123")  # type: ignore[arg-type]
