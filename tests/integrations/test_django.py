"""autumn_sdk.integrations.django with a real Django project under uvicorn (ASGI), against the emulator.

Sync views use the client's sync methods, async views its ``_async`` ones.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import django
import httpx
import pytest
from django.conf import settings

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="django-insecure-tests-only",
        ALLOWED_HOSTS=["127.0.0.1"],
        ROOT_URLCONF=__name__,
        INSTALLED_APPS=[],
        DATABASES={},
        # CSRF on, as in any Django project: the webhook receiver must be exempt from it.
        MIDDLEWARE=["django.middleware.common.CommonMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
        USE_TZ=True,
    )
    django.setup()

from django.core.asgi import get_asgi_application
from django.http import HttpRequest, JsonResponse
from django.urls import clear_url_caches, path
from django.views.decorators.csrf import csrf_exempt

from autumn_sdk import Autumn, errors, models, webhooks
from autumn_sdk.integrations.django import require_feature, webhook_receiver
from autumn_sdk.testing import LocalAutumn
from tests.integration_app import assert_paywall, autumn, emulator, open_autumn, remaining
from tests.serving import asgi

__all__ = ["autumn", "emulator", "open_autumn"]  # fixtures

SECRET = "whsec_" + "RGphbmdvRGphbmdvRGphbmdvRGph"
urlpatterns: list[Any] = []  # filled per test (ROOT_URLCONF is this module)


def user(request: HttpRequest) -> str:
    return str(request.headers["x-user"])


async def user_async(request: HttpRequest) -> str:
    return str(request.headers["x-user"])


def install(client: Autumn, received: list[webhooks.WebhookEvent]) -> None:
    @csrf_exempt  # an API route (a token or session check would go here)
    @require_feature(client, "messages", customer_id=user)
    def send(request: HttpRequest) -> JsonResponse:
        check = request.autumn_check  # type: ignore[attr-defined]
        return JsonResponse(
            {"sent": True, "failed_open": check.failed_open, "remaining": check.balance and check.balance.remaining}
        )

    @csrf_exempt  # an API route (a token or session check would go here)
    @require_feature(client, "messages", customer_id=user_async)
    async def send_async(request: HttpRequest) -> JsonResponse:
        check = request.autumn_check  # type: ignore[attr-defined]
        return JsonResponse(
            {"sent": True, "failed_open": check.failed_open, "remaining": check.balance and check.balance.remaining}
        )

    @require_feature(client, "sso", customer_id=user)
    def login(request: HttpRequest) -> JsonResponse:
        return JsonResponse({"allowed": True})

    @csrf_exempt  # an API route (a token or session check would go here)
    @require_feature(client, "messages", customer_id=user_async, send_event=True, required_balance=2)
    async def consume(request: HttpRequest) -> JsonResponse:
        return JsonResponse({"remaining": request.autumn_check.balance.remaining})  # type: ignore[attr-defined]

    @webhook_receiver(SECRET)
    def hook(request: HttpRequest, event: webhooks.WebhookEvent) -> None:
        received.append(event)

    @webhook_receiver(SECRET)
    async def hook_async(request: HttpRequest, event: webhooks.WebhookEvent) -> JsonResponse:
        received.append(event)
        return JsonResponse({"received": event.type})

    urlpatterns[:] = [
        path("messages", send),
        path("messages-async", send_async),
        path("sso", login),
        path("consume", consume),
        path("autumn/webhooks", hook),
        path("autumn/webhooks-async", hook_async),
    ]
    clear_url_caches()


@pytest.fixture
def served(autumn: Autumn) -> Iterator[tuple[httpx.Client, list[webhooks.WebhookEvent]]]:
    received: list[webhooks.WebhookEvent] = []
    install(autumn, received)
    with asgi(get_asgi_application()) as url, httpx.Client(base_url=url, headers={"x-user": "cus_123"}) as http:
        yield http, received


def test_an_allowed_request_goes_through(served: Any, emulator: LocalAutumn) -> None:
    http, _ = served
    for route in ("/messages", "/messages-async"):
        answer = http.post(route)
        assert answer.status_code == 200 and answer.json() == {"sent": True, "failed_open": False, "remaining": 3}
    assert remaining(emulator) == 3


def test_a_denied_request_is_402_with_the_paywall(served: Any, autumn: Autumn) -> None:
    http, _ = served
    autumn.track(customer_id="cus_123", feature_id="messages", value=3)
    for route in ("/messages", "/messages-async"):
        answer = http.post(route)
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
    install(open_autumn, [])
    with asgi(get_asgi_application()) as url:
        for route in ("/messages", "/messages-async"):
            emulator.fail_next(1, status=503)
            answer = httpx.post(f"{url}{route}", headers={"x-user": "cus_123"})
            assert answer.status_code == 200 and answer.json() == {"sent": True, "failed_open": True, "remaining": None}


def test_an_outage_without_fail_open_is_a_server_error(served: Any, emulator: LocalAutumn) -> None:
    http, _ = served
    for route in ("/messages", "/messages-async"):
        emulator.fail_next(1, status=503)
        assert http.post(route).status_code == 500  # Django's answer to the InternalServerError raised in the view


def test_the_emulators_webhooks_reach_the_view_typed(served: Any, autumn: Autumn, emulator: LocalAutumn) -> None:
    http, received = served
    sync_endpoint = emulator.register_webhook(str(http.base_url.join("/autumn/webhooks")), secret=SECRET)
    async_endpoint = emulator.register_webhook(str(http.base_url.join("/autumn/webhooks-async")), secret=SECRET)
    autumn.track(customer_id="cus_123", feature_id="messages", value=3)
    assert [(d.type, d.status) for d in sync_endpoint.wait(1)] == [("balances.limit_reached", 204)]
    assert [(d.type, d.status) for d in async_endpoint.wait(1)] == [("balances.limit_reached", 200)]
    assert [e.type for e in received] == ["balances.limit_reached"] * 2
    assert received[0] == received[1]  # one message, the same at both endpoints
    limit = {"customer_id": "cus_123", "feature_id": "messages", "limit_type": "included"}
    assert received[0].data == models.BalancesLimitReachedData.from_dict(limit)


def test_a_request_that_does_not_verify_is_400(served: Any) -> None:
    http, received = served
    body = json.dumps({"type": "billing.updated", "data": {}})
    good = webhooks.sign(body, SECRET)
    for route in ("/autumn/webhooks", "/autumn/webhooks-async"):
        answer = http.post(route, content=body, headers={**good, "svix-id": "msg_other"})
        assert answer.status_code == 400 and "no signature" in answer.json()["error"]
        assert http.get(route).status_code == 405
    assert received == []
    assert http.post("/autumn/webhooks", content=body, headers=good).status_code == 204
    assert http.post("/autumn/webhooks-async", content=body, headers=good).json() == {"received": "billing.updated"}


def test_views_without_the_helpers_keep_csrf(served: Any) -> None:
    # The receivers are exempt; a plain POST view of the same project is still protected.
    from django.views.decorators.http import require_POST

    @require_POST
    def plain(request: HttpRequest) -> JsonResponse:
        return JsonResponse({})

    urlpatterns.append(path("plain", plain))
    clear_url_caches()
    http, _ = served
    assert http.post("/plain").status_code == 403


def test_a_receiver_needs_a_well_formed_secret() -> None:
    with pytest.raises(ValueError, match="is empty"):
        webhook_receiver("whsec_")
    with pytest.raises(errors.WebhookVerificationError):
        webhooks.verify(b"{}", {}, "whsec_")
