"""Every operation of openapi.yaml, called through the SDK against the emulator, answers a body that
validates against the operation's 200 schema. A schema change shows up here as a failing test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from autumn_sdk import Autumn
from autumn_sdk._generated.v2_1.requests import OPERATIONS
from autumn_sdk.testing import Clock, LocalAutumn
from autumn_sdk.utils import NO_RETRIES
from tests.emulator_schemas import response_validator

START = 1_767_225_600_000  # 2026-01-01T00:00:00Z


class Recorded:
    """Every answer the emulator gave, raw, by path."""

    def __init__(self) -> None:
        self.answers: list[tuple[str, int, Any]] = []

    def hook(self, response: httpx.Response) -> None:
        response.read()
        self.answers.append((response.request.url.path, response.status_code, json.loads(response.content)))


@pytest.fixture
def recorded() -> Iterator[tuple[LocalAutumn, Autumn, Recorded]]:
    record = Recorded()
    with (
        LocalAutumn(seed={}, clock=Clock(start_ms=START)) as server,
        httpx.Client(event_hooks={"response": [record.hook]}) as http,
        Autumn(
            x_api_version="2.1", secret_key=server.secret_key, server_url=server.url, client=http, retry_config=NO_RETRIES
        ) as autumn,
    ):
        yield server, autumn, record


def test_every_operation_through_the_sdk_validates_against_openapi(recorded: tuple[LocalAutumn, Autumn, Recorded]) -> None:
    server, autumn, record = recorded
    # Catalog: a metered feature, a seat feature, a credit system, a flag; Free, Pro, an add-on.
    autumn.features.create(feature_id="messages", name="Messages", type_="metered", consumable=True, event_names=["chat"])
    autumn.features.create(feature_id="seats", name="Seats", type_="metered", consumable=False)
    autumn.features.create(
        feature_id="credits",
        name="Credits",
        type_="credit_system",
        credit_schema=[{"metered_feature_id": "messages", "credit_cost": 2}],
    )
    autumn.features.create(feature_id="sso", name="SSO", type_="boolean")
    autumn.features.get(feature_id="sso")
    autumn.features.update(feature_id="sso", name="Single sign-on")
    assert {f.id for f in autumn.features.list().list_} == {"messages", "seats", "credits", "sso"}
    autumn.plans.create(
        plan_id="free",
        name="Free",
        auto_enable=True,
        items=[{"feature_id": "messages", "included": 5, "reset": {"interval": "month"}}],
    )
    autumn.plans.create(
        plan_id="pro",
        name="Pro",
        price={"amount": 20, "interval": "month"},
        items=[
            {"feature_id": "messages", "included": 100, "reset": {"interval": "month"}},
            {"feature_id": "seats", "included": 3},
            {"feature_id": "sso"},
            {
                "feature_id": "credits",
                "included": 0,
                "price": {"amount": 5, "billing_units": 100, "billing_method": "prepaid", "interval": "month"},
            },
        ],
    )
    autumn.plans.create(plan_id="boost", name="Boost", add_on=True, items=[{"feature_id": "messages", "included": 50}])
    autumn.plans.get(plan_id="pro")
    autumn.plans.update(plan_id="boost", description="50 more messages")
    autumn.plans.list()
    autumn.features.create(feature_id="legacy", name="Legacy", type_="boolean")
    autumn.features.delete(feature_id="legacy")
    autumn.plans.create(plan_id="temp", name="Temp")
    autumn.plans.delete(plan_id="temp")

    # Customers: created on Free; a second one for referrals and listing.
    customer = autumn.customers.get_or_create(
        customer_id="cus_1", name="Ada", email="ada@example.com", expand=["subscriptions.plan"]
    )
    assert [s.plan_id for s in customer.subscriptions] == ["free"]
    autumn.customers.get_or_create(customer_id="cus_2", name="Grace")
    autumn.customers.update(customer_id="cus_2", metadata={"team": "compilers"})
    page = autumn.customers.list(limit=1)  # 2.1: total counts the page; total_count all customers
    assert (page.total, page.has_more, page.additional_properties["total_count"]) == (1, True, 2)

    # Usage.
    autumn.check(customer_id="cus_1", feature_id="messages", send_event=True, properties={"model": "small"})
    autumn.track(customer_id="cus_1", feature_id="messages", value=2, properties={"model": "large"})
    autumn.track(customer_id="cus_1", event_name="chat")
    autumn.check(customer_id="cus_1", feature_id="sso", with_preview=True)

    # Billing: preview, attach (checkout), complete, then update and the rest.
    preview = autumn.billing.preview_attach(
        customer_id="cus_1", plan_id="pro", feature_quantities=[{"feature_id": "credits", "quantity": 200}]
    )
    assert preview.total == 30
    pending = autumn.billing.attach(
        customer_id="cus_1", plan_id="pro", feature_quantities=[{"feature_id": "credits", "quantity": 200}]
    )
    assert pending.payment_url is not None and pending.payment_url.startswith(server.url)
    assert httpx.get(pending.payment_url).status_code == 200
    autumn.billing.preview_update(
        customer_id="cus_1", plan_id="pro", feature_quantities=[{"feature_id": "credits", "quantity": 300}]
    )
    autumn.billing.update(customer_id="cus_1", plan_id="pro", feature_quantities=[{"feature_id": "credits", "quantity": 300}])
    autumn.billing.preview_multi_attach(customer_id="cus_2", plans=[{"plan_id": "boost"}])
    autumn.billing.multi_attach(customer_id="cus_2", plans=[{"plan_id": "boost"}])
    autumn.billing.open_customer_portal(customer_id="cus_1")
    autumn.billing.setup_payment(customer_id="cus_2")

    # Balances outside plans.
    autumn.balances.create(customer_id="cus_2", feature_id="messages", included_grant=10, balance_id="gift")
    autumn.balances.update(customer_id="cus_2", feature_id="messages", balance_id="gift", add_to_balance=5)
    autumn.balances.delete(customer_id="cus_2", feature_id="messages", balance_id="gift")

    # Entities (seats of Pro), events, referrals.
    autumn.entities.create(customer_id="cus_1", entity_id="seat_1", feature_id="seats", name="Seat 1")
    autumn.entities.get(customer_id="cus_1", entity_id="seat_1")
    autumn.entities.delete(customer_id="cus_1", entity_id="seat_1")
    autumn.events.list(customer_id="cus_1", limit=2)
    autumn.events.aggregate(customer_id="cus_1", feature_id="messages", range="7d", group_by="properties.model")
    code = autumn.referrals.create_code(customer_id="cus_1", program_id="friends")
    autumn.referrals.redeem_code(code=code.code, customer_id="cus_2")

    autumn.customers.get_or_create(customer_id="cus_1", expand=["invoices", "entities", "balances.feature", "payment_method"])
    eligibility = {p.id: p.customer_eligibility.scenario for p in autumn.plans.list(customer_id="cus_1").list_}  # type: ignore[union-attr]
    assert eligibility == {"free": "downgrade", "pro": "active", "boost": "new"}
    autumn.customers.delete(customer_id="cus_2")

    served = {path for path, status, _ in record.answers if status == 200}
    assert served >= set(OPERATIONS), f"not exercised: {sorted(set(OPERATIONS) - served)}"
    for path, status, body in record.answers:
        if path in OPERATIONS:
            assert status == 200, (path, body)
            errors = sorted(response_validator(path).iter_errors(body), key=str)
            assert not errors, f"{path}: {errors[0].message} at {list(errors[0].absolute_path)}"
