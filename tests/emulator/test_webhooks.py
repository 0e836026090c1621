"""The emulator's webhooks: signed like Svix's, sent when Autumn sends them, shaped as the 2.3 document says."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from autumn_sdk import Autumn, errors, models, webhooks
from autumn_sdk.testing import Clock, LocalAutumn
from autumn_sdk.utils import NO_RETRIES

SCHEMAS = json.loads((Path(__file__).parent / "webhook_schemas.json").read_text(encoding="utf-8"))
START_MS = 1_780_000_000_000
DAY_MS = 24 * 3600 * 1000

SEED: dict[str, Any] = {
    "features": [{"feature_id": "messages", "type": "metered", "consumable": True}],
    "plans": [
        {
            "plan_id": "free",
            "auto_enable": True,
            "items": [{"feature_id": "messages", "included": 5, "reset": {"interval": "month"}}],
        },
        {
            "plan_id": "pro",
            "price": {"amount": 20, "interval": "month"},
            "items": [{"feature_id": "messages", "included": 100, "reset": {"interval": "month"}}],
        },
    ],
    "customers": [
        {"id": "cus_card", "plans": ["free"], "payment_method": True},
        {"id": "cus_nocard", "plans": ["free"]},
    ],
}


class Receiver:
    """A webhook endpoint of "your app" on 127.0.0.1: verifies each request as an app would."""

    def __init__(self) -> None:
        self.secret = ""
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.events: list[webhooks.WebhookEvent] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.received.append((dict(self.headers.items()), body))
                try:
                    receiver.events.append(webhooks.verify(body, dict(self.headers.items()), receiver.secret))
                    status = 204
                except errors.WebhookVerificationError:
                    status = 400
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/autumn/webhooks"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def emulator(receiver: Receiver) -> Iterator[tuple[LocalAutumn, Autumn, Any]]:
    with LocalAutumn(SEED, clock=Clock(start_ms=START_MS)) as server:
        endpoint = server.register_webhook(receiver.url)
        receiver.secret = endpoint.secret
        with Autumn(secret_key=server.secret_key, server_url=server.url, x_api_version="2.1") as autumn:
            yield server, autumn, endpoint


def conforms(event_type: str, payload: dict[str, Any]) -> None:
    jsonschema.validate(payload, SCHEMAS[event_type])


def sent(endpoint: Any, count: int) -> list[Any]:
    deliveries = endpoint.wait(count)
    assert len(deliveries) == count, [d.type for d in deliveries]
    return deliveries


# -- balances.limit_reached --------------------------------------------------------------------------------


def test_track_that_exhausts_a_balance_sends_limit_reached(emulator: Any, receiver: Receiver) -> None:
    server, autumn, endpoint = emulator
    autumn.track(customer_id="cus_nocard", feature_id="messages", value=4)  # 1 left: nothing to say yet
    autumn.track(customer_id="cus_nocard", feature_id="messages", value=1)  # 0 left: the limit
    autumn.track(customer_id="cus_nocard", feature_id="messages", value=1)  # already at the limit: nothing new
    server.add_customer("cus_marker", ["pro"])  # a later change, so the wait below proves nothing else came
    deliveries = sent(endpoint, 2)
    assert [d.type for d in deliveries] == ["balances.limit_reached", "billing.updated"]
    assert deliveries[0].data == {"customer_id": "cus_nocard", "feature_id": "messages", "limit_type": "included"}
    assert all(d.status == 204 for d in deliveries)
    # What the app received verified with the endpoint's secret, and is what the 2.3 document describes.
    event = receiver.events[0]
    typed = models.BalancesLimitReachedData.from_dict(deliveries[0].data)
    assert (event.type, event.data, event.id) == ("balances.limit_reached", typed, deliveries[0].id)
    headers, body = receiver.received[0]
    assert json.loads(body) == {"type": "balances.limit_reached", "data": deliveries[0].data}
    assert headers["content-type"] == "application/json" and headers["svix-id"].startswith("msg_")
    conforms("balances.limit_reached", json.loads(body))


def test_check_with_send_event_that_exhausts_sends_limit_reached(emulator: Any, receiver: Receiver) -> None:
    _server, autumn, endpoint = emulator
    assert not autumn.check(customer_id="cus_nocard", feature_id="messages", required_balance=6).allowed
    autumn.check(customer_id="cus_nocard", feature_id="messages", required_balance=5)  # read-only: nothing
    res = autumn.check(customer_id="cus_nocard", feature_id="messages", required_balance=5, send_event=True)
    assert res.allowed and res.balance is not None and res.balance.remaining == 0
    (delivery,) = sent(endpoint, 1)
    assert delivery.type == "balances.limit_reached" and delivery.data["customer_id"] == "cus_nocard"
    conforms("balances.limit_reached", {"type": delivery.type, "data": delivery.data})


def test_a_refused_request_sends_nothing(emulator: Any) -> None:
    server, autumn, endpoint = emulator
    server.fail_next(1, status=503)
    with pytest.raises(errors.InternalServerError):
        autumn.track(customer_id="cus_nocard", feature_id="messages", value=5, retries=NO_RETRIES)
    with pytest.raises(errors.NotFoundError):
        autumn.track(customer_id="cus_nobody", feature_id="messages", value=5)
    autumn.track(customer_id="cus_nocard", feature_id="messages", value=5)
    (delivery,) = sent(endpoint, 1)
    assert delivery.type == "balances.limit_reached"


def test_a_balance_that_resets_can_reach_its_limit_again(emulator: Any) -> None:
    server, autumn, endpoint = emulator
    autumn.track(customer_id="cus_nocard", feature_id="messages", value=5)
    server.clock.advance(days=32)  # the monthly balance resets
    autumn.track(customer_id="cus_nocard", feature_id="messages", value=5)
    assert [d.type for d in sent(endpoint, 2)] == ["balances.limit_reached"] * 2


# -- billing.updated ---------------------------------------------------------------------------------------


def test_attach_with_a_card_sends_billing_updated(emulator: Any, receiver: Receiver) -> None:
    _server, autumn, endpoint = emulator
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    (delivery,) = sent(endpoint, 1)
    assert delivery.type == "billing.updated"
    data = delivery.data
    assert (data["object"], data["customer_id"], data["tags"]) == ("billing.updated", "cus_card", [])
    pro, free = data["plan_changes"]
    assert pro == {
        "action": "activated",
        "subscription": {
            "plan_id": "pro",
            "status": "active",
            "past_due": False,
            "started_at": START_MS,
            "canceled_at": None,
            "expires_at": None,
            "trial_ends_at": None,
            "current_period_start": START_MS,
            "current_period_end": pro["subscription"]["current_period_end"],
        },
        "previous_attributes": None,
        "item_changes": [],
    }
    assert pro["subscription"]["current_period_end"] > START_MS + 27 * DAY_MS
    assert free["action"] == "expired" and free["subscription"]["plan_id"] == "free"
    assert free["subscription"]["status"] == "expired" and free["subscription"]["expires_at"] == START_MS
    assert free["previous_attributes"] == {"status": "active", "canceled_at": None, "expires_at": None}
    conforms("billing.updated", {"type": delivery.type, "data": data})
    assert receiver.events[0].data == models.BillingUpdatedData.from_dict(data)


def test_attach_without_a_card_waits_for_the_checkout(emulator: Any) -> None:
    server, autumn, endpoint = emulator
    res = autumn.billing.attach(customer_id="cus_nocard", plan_id="pro")
    assert res.payment_url
    autumn.track(customer_id="cus_nocard", feature_id="messages", value=1)  # still on free: no billing event
    server.complete_checkout("cus_nocard")
    (delivery,) = sent(endpoint, 1)
    assert delivery.type == "billing.updated"
    assert [(c["action"], c["subscription"]["plan_id"]) for c in delivery.data["plan_changes"]] == [
        ("activated", "pro"),
        ("expired", "free"),
    ]


def test_a_new_customer_on_the_auto_enabled_plan(emulator: Any) -> None:
    _server, autumn, endpoint = emulator
    autumn.customers.get_or_create(customer_id="cus_new")
    autumn.customers.get_or_create(customer_id="cus_new")  # the same customer: nothing changes
    autumn.track(customer_id="cus_new", feature_id="messages", value=5)
    deliveries = sent(endpoint, 2)
    assert [d.type for d in deliveries] == ["billing.updated", "balances.limit_reached"]
    (change,) = deliveries[0].data["plan_changes"]
    assert (change["action"], change["subscription"]["plan_id"], change["previous_attributes"]) == ("activated", "free", None)
    conforms("billing.updated", {"type": "billing.updated", "data": deliveries[0].data})


def test_cancel_at_period_end_then_the_end_itself(emulator: Any) -> None:
    server, autumn, endpoint = emulator
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    autumn.billing.update(customer_id="cus_card", plan_id="pro", cancel_action="cancel_end_of_cycle")
    deliveries = sent(endpoint, 2)
    # Cancelling at the end of the cycle schedules the default plan for then (the server's
    # computeDefaultCustomerProduct), so the change names both.
    changes = {c["subscription"]["plan_id"]: c for c in deliveries[1].data["plan_changes"]}
    assert changes["free"]["action"] == "scheduled"
    cancel = changes["pro"]
    period_end = cancel["subscription"]["current_period_end"]
    assert cancel["action"] == "updated"
    assert cancel["subscription"]["canceled_at"] == START_MS and cancel["subscription"]["expires_at"] == period_end
    assert cancel["previous_attributes"] == {"canceled_at": None, "expires_at": None}
    # The period ends; the emulator sends it when it next looks at the customer.
    server.clock.advance(days=40)
    autumn.check(customer_id="cus_card", feature_id="messages")
    ended = sent(endpoint, 3)[2].data
    assert [(c["action"], c["subscription"]["plan_id"]) for c in ended["plan_changes"]] == [
        ("activated", "free"),
        ("expired", "pro"),
    ]
    expired = ended["plan_changes"][1]
    assert expired["subscription"]["expires_at"] == period_end and expired["previous_attributes"] == {"status": "active"}
    for delivery in [*deliveries, sent(endpoint, 3)[2]]:
        conforms("billing.updated", {"type": delivery.type, "data": delivery.data})


def test_a_downgrade_is_scheduled(emulator: Any) -> None:
    _server, autumn, endpoint = emulator
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    autumn.billing.attach(customer_id="cus_card", plan_id="free")  # cheaper: from the end of the period
    data = sent(endpoint, 2)[1].data
    actions = {c["subscription"]["plan_id"]: c for c in data["plan_changes"]}
    assert actions["free"]["action"] == "scheduled" and actions["free"]["subscription"]["status"] == "scheduled"
    assert actions["pro"]["action"] == "updated" and actions["pro"]["previous_attributes"]["canceled_at"] is None
    conforms("billing.updated", {"type": "billing.updated", "data": data})


# -- delivery --------------------------------------------------------------------------------------------


def test_a_receiver_with_the_wrong_secret_refuses_and_the_answer_is_recorded(receiver: Receiver) -> None:
    with LocalAutumn(SEED) as server:
        endpoint = server.register_webhook(receiver.url)
        receiver.secret = "whsec_" + "A" * 32  # not the endpoint's
        server.add_customer("cus_x", ["pro"])
        (delivery,) = endpoint.wait(1)
    assert delivery.status == 400 and receiver.events == []


def test_every_endpoint_gets_the_same_message(receiver: Receiver) -> None:
    other = Receiver()
    try:
        with LocalAutumn(SEED) as server:
            first = server.register_webhook(receiver.url)
            second = server.register_webhook(other.url, secret="whsec_" + "B" * 32)
            receiver.secret, other.secret = first.secret, second.secret
            server.add_customer("cus_x", ["pro"])
            (a,), (b,) = first.wait(1), second.wait(1)
        assert a.id == b.id and a.data == b.data and a.status == b.status == 204
        assert receiver.received[0][0]["svix-signature"] != other.received[0][0]["svix-signature"]
    finally:
        other.close()


def test_an_endpoint_that_does_not_answer_is_recorded() -> None:
    with LocalAutumn(SEED) as server:
        endpoint = server.register_webhook("http://127.0.0.1:9/nothing-listens-here")
        server.add_customer("cus_x", ["pro"])
        (delivery,) = endpoint.wait(1)
    assert delivery.status is None and delivery.error and "ConnectError" in delivery.error


def test_registration_refuses_bad_input() -> None:
    with LocalAutumn(SEED) as server:
        with pytest.raises(ValueError, match="http"):
            server.register_webhook("ftp://127.0.0.1/x")
        with pytest.raises(errors.WebhookVerificationError, match="malformed"):
            server.register_webhook("http://127.0.0.1:9/", secret="plain-text")
        endpoint = server.register_webhook("http://127.0.0.1:9/")
        assert endpoint.secret.startswith("whsec_") and endpoint.secret not in repr(endpoint)


def test_without_an_endpoint_nothing_is_sent() -> None:
    with LocalAutumn(SEED) as server:
        server.add_customer("cus_x", ["pro"])
        assert server.store.on_commit == []


def test_an_endpoint_httpx_cannot_reach_does_not_stop_the_others(receiver: Receiver) -> None:
    with LocalAutumn(SEED) as server:
        broken = server.register_webhook("http://127.0.0.1:80x/")  # a URL httpx refuses
        good = server.register_webhook(receiver.url)
        receiver.secret = good.secret
        server.add_customer("cus_x", ["pro"])
        server.add_customer("cus_y", ["pro"])
        assert [d.status for d in good.wait(2)] == [204, 204]
        assert [d.status for d in broken.wait(2)] == [None, None] and "InvalidURL" in (broken.deliveries[0].error or "")
