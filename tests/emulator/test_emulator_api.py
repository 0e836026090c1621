"""The emulator's semantics beyond check and track: catalog, customers, billing, balances, events,
entities and referrals, through the SDK over real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.testing import Clock, LocalAutumn
from autumn_sdk.utils import NO_RETRIES

START = 1_767_225_600_000  # 2026-01-01T00:00:00Z
DAY = 86_400_000

CATALOG: dict[str, Any] = {
    "features": [
        {"feature_id": "messages", "name": "Messages", "type": "metered", "consumable": True},
        {"feature_id": "seats", "name": "Seats", "type": "metered", "consumable": False},
        {"feature_id": "sso", "name": "SSO", "type": "boolean"},
    ],
    "plans": [
        {
            "plan_id": "free",
            "name": "Free",
            "auto_enable": True,
            "items": [{"feature_id": "messages", "included": 5, "reset": {"interval": "month"}}],
        },
        {
            "plan_id": "pro",
            "name": "Pro",
            "price": {"amount": 20, "interval": "month"},
            "items": [
                {"feature_id": "messages", "included": 100, "reset": {"interval": "month"}},
                {"feature_id": "seats", "included": 2},
                {"feature_id": "sso"},
            ],
        },
        {
            "plan_id": "team",
            "name": "Team",
            "price": {"amount": 50, "interval": "month"},
            "items": [{"feature_id": "messages", "included": 1000, "reset": {"interval": "month"}}],
        },
        {"plan_id": "boost", "name": "Boost", "add_on": True, "items": [{"feature_id": "messages", "included": 50}]},
        {
            "plan_id": "topup",
            "name": "Top-up",
            "add_on": True,
            "price": {"amount": 5, "interval": "one_off"},
            "items": [{"feature_id": "messages", "included": 200}],
        },
    ],
    "customers": [
        {"id": "cus_free", "plans": ["free"]},
        {"id": "cus_card", "plans": ["free"], "payment_method": True},
    ],
}


@pytest.fixture
def server() -> Iterator[LocalAutumn]:
    with LocalAutumn(CATALOG, clock=Clock(start_ms=START)) as running:
        yield running


@pytest.fixture
def autumn(server: LocalAutumn) -> Iterator[Autumn]:
    with Autumn(x_api_version="2.1", secret_key=server.secret_key, server_url=server.url, retry_config=NO_RETRIES) as client:
        yield client


def refused(call: Any, status: int, code: str) -> errors.AutumnDefaultError:
    with pytest.raises(errors.AutumnDefaultError) as caught:
        call()
    assert (caught.value.status_code, caught.value.code) == (status, code), caught.value.message
    return caught.value


def remaining(server: LocalAutumn, customer_id: str, feature_id: str = "messages") -> float | None:
    balance = server.balance(customer_id, feature_id)
    return None if balance is None else balance["remaining"]


def plans_of(autumn: Autumn, customer_id: str) -> list[tuple[str, str]]:
    customer = autumn.customers.get_or_create(customer_id=customer_id)
    return sorted((s.plan_id, str(s.status)) for s in customer.subscriptions) + sorted(
        (p.plan_id, "purchase") for p in customer.purchases
    )


# -- catalog ------------------------------------------------------------------------------------------


def test_an_empty_emulator_is_valid_and_builds_its_catalog_through_the_api() -> None:
    with (
        LocalAutumn(seed={}) as server,
        Autumn(x_api_version="2.1", secret_key=server.secret_key, server_url=server.url) as autumn,
    ):
        assert autumn.features.list().list_ == [] and autumn.plans.list().list_ == []
        autumn.features.create(feature_id="messages", name="Messages", type_="metered", consumable=True)
        plan = autumn.plans.create(
            plan_id="free",
            name="Free",
            auto_enable=True,
            items=[{"feature_id": "messages", "included": 3, "reset": {"interval": "day"}}],
        )
        assert plan.version == 1 and plan.items[0].included == 3 and plan.items[0].reset.interval == "day"  # type: ignore[union-attr]
        autumn.customers.get_or_create(customer_id="cus_new")
        assert autumn.check(customer_id="cus_new", feature_id="messages", required_balance=3).allowed
        assert not autumn.check(customer_id="cus_new", feature_id="messages", required_balance=4).allowed


def test_features_refuse_duplicates_and_deleting_what_a_plan_uses(autumn: Autumn) -> None:
    refused(lambda: autumn.features.create(feature_id="sso", name="SSO", type_="boolean"), 409, "duplicate_feature_id")
    refused(lambda: autumn.features.delete(feature_id="sso"), 400, "invalid_request")
    refused(lambda: autumn.features.get(feature_id="nope"), 404, "feature_not_found")
    refused(
        lambda: autumn.features.create(
            feature_id="credits",
            name="Credits",
            type_="credit_system",
            credit_schema=[{"metered_feature_id": "nope", "credit_cost": 1}],
        ),
        404,
        "feature_not_found",
    )
    updated = autumn.features.update(feature_id="seats", name="Team seats", archived=True)
    assert (updated.name, updated.archived, updated.consumable) == ("Team seats", True, False)


def test_changing_a_plan_with_customers_makes_a_new_version(server: LocalAutumn, autumn: Autumn) -> None:
    assert autumn.plans.update(plan_id="team", name="Team plan").version == 1  # no customers: changed in place
    changed = autumn.plans.update(
        plan_id="free", items=[{"feature_id": "messages", "included": 10, "reset": {"interval": "month"}}]
    )
    assert changed.version == 2 and autumn.plans.get(plan_id="free").items[0].included == 10
    assert autumn.plans.get(plan_id="free", version=1).items[0].included == 5
    assert remaining(server, "cus_free") == 5  # existing customers keep their version
    autumn.customers.get_or_create(customer_id="cus_later")
    assert remaining(server, "cus_later") == 10  # new customers get the latest
    listed = autumn.customers.list(plans=[{"id": "free", "versions": [2]}])
    assert [c.id for c in listed.list_] == ["cus_later"]
    refused(lambda: autumn.plans.delete(plan_id="free"), 400, "invalid_request")
    refused(lambda: autumn.plans.get(plan_id="free", version=9), 404, "product_not_found")


# -- customers ----------------------------------------------------------------------------------------


def test_get_or_create_attaches_the_auto_enabled_plan_once(server: LocalAutumn, autumn: Autumn) -> None:
    created = autumn.customers.get_or_create(customer_id="cus_a", name="Ada", email="ada@example.com", metadata={"tier": "x"})
    assert (created.name, created.email, created.metadata) == ("Ada", "ada@example.com", {"tier": "x"})
    assert [s.plan_id for s in created.subscriptions] == ["free"] and created.balances["messages"].granted == 5
    autumn.track(customer_id="cus_a", feature_id="messages", value=2)
    again = autumn.customers.get_or_create(customer_id="cus_a", name="Someone else")
    assert again.name == "Ada" and again.created_at == created.created_at and len(again.subscriptions) == 1
    assert again.balances["messages"].remaining == 3
    chosen = autumn.customers.get_or_create(customer_id="cus_b", auto_enable_plan_id="boost")
    assert [s.plan_id for s in chosen.subscriptions] == ["boost"]


def test_list_pages_and_filters(server: LocalAutumn, autumn: Autumn) -> None:
    for n in range(5):
        autumn.customers.get_or_create(customer_id=f"cus_{n}", name=f"Person {n}", email=f"p{n}@example.com")
    # At 2.1 ``total`` counts the page and ``has_more`` means "the page is full" (handleListCustomersV2).
    first = autumn.customers.list(limit=3)
    assert (len(first.list_), first.has_more, first.total, first.offset, first.limit) == (3, True, 3, 0, 3)
    assert first.additional_properties == {"total_count": 7, "total_filtered_count": 7}
    last = autumn.customers.list(offset=6, limit=3)
    assert (len(last.list_), last.has_more, last.total) == (1, False, 1)
    every = [c.id for c in first.list_] + [c.id for c in autumn.customers.list(offset=3, limit=3).list_] + [last.list_[0].id]
    assert sorted(every) == sorted(["cus_free", "cus_card", *(f"cus_{n}" for n in range(5))])
    assert [c.id for c in autumn.customers.list(search="p3@").list_] == ["cus_3"]
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    assert [c.id for c in autumn.customers.list(plans=[{"id": "pro"}]).list_] == ["cus_card"]


def test_update_and_delete(autumn: Autumn) -> None:
    updated = autumn.customers.update(customer_id="cus_free", name="Renamed", new_customer_id="cus_renamed")
    assert (updated.id, updated.name) == ("cus_renamed", "Renamed")
    assert autumn.check(customer_id="cus_renamed", feature_id="messages").allowed
    assert autumn.customers.delete(customer_id="cus_renamed").success is True
    refused(lambda: autumn.check(customer_id="cus_renamed", feature_id="messages"), 404, "customer_not_found")


# -- billing ------------------------------------------------------------------------------------------


def test_a_free_add_on_applies_at_once_and_add_ons_stack(server: LocalAutumn, autumn: Autumn) -> None:
    first = autumn.billing.attach(customer_id="cus_free", plan_id="boost")
    assert first.payment_url is None and not first.invoice
    assert remaining(server, "cus_free") == 55
    autumn.billing.attach(customer_id="cus_free", plan_id="boost")
    assert remaining(server, "cus_free") == 105
    assert plans_of(autumn, "cus_free") == [("boost", "active"), ("boost", "active"), ("free", "active")]


def test_a_paid_plan_without_a_card_goes_through_checkout(server: LocalAutumn, autumn: Autumn) -> None:
    preview = autumn.billing.preview_attach(customer_id="cus_free", plan_id="pro")
    assert preview.total == 20 and [line.amount for line in preview.line_items] == [20] and preview.currency == "usd"
    assert preview.next_cycle is not None and preview.next_cycle.starts_at == START + 31 * DAY
    pending = autumn.billing.attach(customer_id="cus_free", plan_id="pro")
    assert pending.payment_url == f"{server.url}/checkout/{pending.payment_url.rsplit('/', 1)[-1]}"  # type: ignore[union-attr]
    assert remaining(server, "cus_free") == 5 and plans_of(autumn, "cus_free") == [("free", "active")]  # nothing yet
    paid = server.complete_checkout("cus_free")
    assert paid["payment_url"] is None and paid["invoice"]["total"] == 20 and paid["invoice"]["status"] == "paid"
    assert "20 usd, paid" in httpx.get(paid["invoice"]["hosted_invoice_url"]).text
    assert plans_of(autumn, "cus_free") == [("pro", "active")]  # the upgrade replaced Free
    assert remaining(server, "cus_free") == 100
    customer = autumn.customers.get_or_create(customer_id="cus_free", expand=["payment_method"])
    assert customer.payment_method is not None and [i.total for i in customer.invoices] == [20]  # type: ignore[union-attr]
    with pytest.raises(ValueError, match="no pending checkout"):
        server.complete_checkout("cus_free")
    # Opening the payment URL completes it too; a second visit finds nothing to pay.
    pending = autumn.billing.attach(customer_id="cus_free", plan_id="topup")
    assert pending.payment_url is None and pending.invoice is not None  # the card from checkout is now on file


def test_opening_the_payment_url_pays(server: LocalAutumn, autumn: Autumn) -> None:
    url = autumn.billing.attach(customer_id="cus_free", plan_id="pro").payment_url
    assert url is not None
    page = httpx.get(url)
    assert page.status_code == 200 and "cus_free" in page.text
    assert plans_of(autumn, "cus_free") == [("pro", "active")]
    assert httpx.get(url).status_code == 404


def test_with_a_card_on_file_a_paid_plan_attaches_with_an_invoice(server: LocalAutumn, autumn: Autumn) -> None:
    res = autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    assert res.payment_url is None and res.invoice is not None and (res.invoice.total, res.invoice.status) == (20, "paid")
    assert remaining(server, "cus_card") == 100
    # setup_payment gives a URL; opening it puts a card on file.
    setup = autumn.billing.setup_payment(customer_id="cus_free")
    assert setup.url.startswith(server.url)
    httpx.get(setup.url).raise_for_status()
    assert autumn.billing.attach(customer_id="cus_free", plan_id="pro").invoice is not None


def test_upgrade_replaces_at_once_and_downgrade_waits_for_the_period_end(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    server.clock.advance(days=15.5)  # half of January
    preview = autumn.billing.preview_attach(customer_id="cus_card", plan_id="team")
    assert [line.amount for line in preview.line_items] == [50, -10]  # half of Pro's $20 comes back
    autumn.billing.attach(customer_id="cus_card", plan_id="team")
    assert plans_of(autumn, "cus_card") == [("team", "active")] and remaining(server, "cus_card") == 1000
    downgrade = autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    assert not downgrade.invoice
    assert plans_of(autumn, "cus_card") == [("pro", "scheduled"), ("team", "active")]
    server.clock.advance(days=31)
    assert plans_of(autumn, "cus_card") == [("pro", "active")] and remaining(server, "cus_card") == 100
    refused(lambda: autumn.billing.attach(customer_id="cus_card", plan_id="pro"), 409, "plan_already_attached")


def test_cancel_at_period_end_immediately_and_uncancel(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    autumn.billing.update(customer_id="cus_card", plan_id="pro", cancel_action="cancel_end_of_cycle")
    sub = autumn.customers.get_or_create(customer_id="cus_card").subscriptions[0]
    assert sub.canceled_at == START and sub.expires_at == START + 31 * DAY and remaining(server, "cus_card") == 100
    autumn.billing.update(customer_id="cus_card", plan_id="pro", cancel_action="uncancel")
    assert autumn.customers.get_or_create(customer_id="cus_card").subscriptions[0].expires_at is None
    autumn.billing.update(customer_id="cus_card", plan_id="pro", cancel_action="cancel_end_of_cycle")
    server.clock.advance(days=31)
    assert plans_of(autumn, "cus_card") == [("free", "active")]  # the auto-enabled plan comes back
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    preview = autumn.billing.preview_update(customer_id="cus_card", plan_id="pro", cancel_action="cancel_immediately")
    assert preview.total == -20  # the unused period
    autumn.billing.update(customer_id="cus_card", plan_id="pro", cancel_action="cancel_immediately")
    assert plans_of(autumn, "cus_card") == [("free", "active")]
    refused(
        lambda: autumn.billing.update(customer_id="cus_card", plan_id="pro", cancel_action="uncancel"),
        404,
        "cus_product_not_found",
    )


def test_prepaid_quantities_and_their_update() -> None:
    seed = {
        "features": [{"feature_id": "credits", "name": "Credits", "type": "metered", "consumable": True}],
        "plans": [
            {
                "plan_id": "packs",
                "name": "Packs",
                "items": [
                    {
                        "feature_id": "credits",
                        "included": 100,
                        "price": {"amount": 10, "billing_units": 100, "billing_method": "prepaid", "interval": "month"},
                    }
                ],
            }
        ],
        "customers": [{"id": "cus_1", "payment_method": True}],
    }
    with LocalAutumn(seed) as server, Autumn(x_api_version="2.1", secret_key=server.secret_key, server_url=server.url) as autumn:
        quantities = [{"feature_id": "credits", "quantity": 350}]
        ahead = autumn.billing.preview_attach(customer_id="cus_1", plan_id="packs", feature_quantities=quantities)
        assert ahead.total == 30 and ahead.next_cycle is not None and ahead.next_cycle.total == 30  # a prepaid monthly item
        res = autumn.billing.attach(customer_id="cus_1", plan_id="packs", feature_quantities=quantities)
        assert res.invoice is not None and res.invoice.total == 30  # 250 more, in packs of 100
        assert server.balance("cus_1", "credits")["granted"] == 400  # type: ignore[index]
        preview = autumn.billing.preview_update(
            customer_id="cus_1", plan_id="packs", feature_quantities=[{"feature_id": "credits", "quantity": 500}]
        )
        assert preview.total == 10 and server.balance("cus_1", "credits")["granted"] == 400  # type: ignore[index]
        autumn.billing.update(
            customer_id="cus_1", plan_id="packs", feature_quantities=[{"feature_id": "credits", "quantity": 500}]
        )
        assert server.balance("cus_1", "credits")["granted"] == 500  # type: ignore[index]
        refused(
            lambda: autumn.billing.attach(
                customer_id="cus_1", plan_id="packs", feature_quantities=[{"feature_id": "nope", "quantity": 1}]
            ),
            400,
            "invalid_inputs",
        )


def test_multi_attach_one_checkout_for_everything(server: LocalAutumn, autumn: Autumn) -> None:
    preview = autumn.billing.preview_multi_attach(customer_id="cus_free", plans=[{"plan_id": "pro"}, {"plan_id": "topup"}])
    assert preview.total == 25
    pending = autumn.billing.multi_attach(customer_id="cus_free", plans=[{"plan_id": "pro"}, {"plan_id": "topup"}])
    assert pending.payment_url is not None and remaining(server, "cus_free") == 5
    server.complete_checkout("cus_free")
    assert plans_of(autumn, "cus_free") == [("pro", "active"), ("topup", "purchase")] and remaining(server, "cus_free") == 300
    created = autumn.billing.multi_attach(customer_id="cus_new", plans=[{"plan_id": "boost"}], customer_data={"name": "New"})
    assert created.payment_url is None and remaining(server, "cus_new") == 55  # Free (auto-enabled) and Boost
    portal = autumn.billing.open_customer_portal(customer_id="cus_free")
    assert httpx.get(portal.url).status_code == 200


# -- balances, events, entities, referrals ------------------------------------------------------------


def test_balances_outside_plans(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.balances.create(customer_id="cus_free", feature_id="messages", included_grant=10, balance_id="gift")
    assert remaining(server, "cus_free") == 15
    autumn.track(customer_id="cus_free", feature_id="messages", value=7)  # monthly first, then the gift
    autumn.balances.update(customer_id="cus_free", feature_id="messages", balance_id="gift", add_to_balance=5)
    assert remaining(server, "cus_free") == 13
    autumn.balances.update(customer_id="cus_free", feature_id="messages", remaining=40)
    assert remaining(server, "cus_free") == 40
    autumn.balances.delete(customer_id="cus_free", feature_id="messages", balance_id="gift")
    assert server.balance("cus_free", "messages")["granted"] == 5  # type: ignore[index]
    autumn.balances.create(customer_id="cus_free", feature_id="sso")
    assert autumn.check(customer_id="cus_free", feature_id="sso").allowed
    refused(lambda: autumn.balances.delete(customer_id="cus_free", balance_id="nope"), 404, "invalid_request")


def test_events_are_listed_and_aggregated(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    for value, model in ((3, "small"), (2, "large"), (4, "small")):
        autumn.track(customer_id="cus_card", feature_id="messages", value=value, properties={"model": model})
        autumn.check(customer_id="cus_card", feature_id="messages", send_event=True)  # 1 each
        autumn.check(customer_id="cus_card", feature_id="messages")  # no event
        server.clock.advance(days=1)
    listed = autumn.events.list(customer_id="cus_card", limit=4)
    assert (listed.total, listed.has_more, len(listed.list_)) == (4, True, 4)  # 2.1: total counts the page
    assert listed.list_[0].timestamp == START + 2 * DAY and listed.list_[-1].timestamp == START + DAY  # newest first
    window = autumn.events.list(customer_id="cus_card", custom_range={"start": START + DAY, "end": START + 2 * DAY})
    assert [e.value for e in window.list_] == [1, 2]
    by_day = autumn.events.aggregate(customer_id="cus_card", feature_id="messages", range="7d", group_by="properties.model")
    assert by_day.total["messages"].sum_ == 12 and by_day.total["messages"].count == 6
    days = {row.period: row.values["messages"] for row in by_day.list_}
    # Now is midnight: the range runs up to and including now, so today's (empty) bin is the 8th.
    assert len(days) == 8 and [days[START + n * DAY] for n in range(4)] == [4, 3, 5, 0]
    grouped = next(r for r in by_day.list_ if r.period == START).grouped_values
    assert grouped is not None and grouped["messages"].additional_properties == {"small": 3, "null": 1}
    hours = autumn.events.aggregate(
        customer_id="cus_card", feature_id=["messages"], custom_range={"start": START, "end": START + DAY}, bin_size="hour"
    )
    assert len(hours.list_) == 24 and hours.list_[0].values["messages"] == 4
    months = autumn.events.aggregate(customer_id="cus_card", feature_id="messages", range="90d", bin_size="month")
    assert months.list_[-1].period == START and months.list_[-1].values["messages"] == 12
    refused(
        lambda: autumn.events.aggregate(
            customer_id="cus_card", feature_id="messages", range="7d", custom_range={"start": 0, "end": 1}
        ),
        400,
        "invalid_inputs",
    )


def test_entities_use_seats_and_get_their_own_grants() -> None:
    seed = {
        "features": [
            {"id": "seats", "type": "metered", "consumable": False},
            {"id": "messages", "type": "metered", "consumable": True},
        ],
        "plans": [
            {
                "id": "team",
                "items": [
                    {"feature_id": "seats", "included": 2},
                    {"feature_id": "messages", "included": 10, "interval": "month", "entity_feature_id": "seats"},
                ],
            }
        ],
        "customers": [{"id": "acme", "plans": ["team"]}],
    }
    with (
        LocalAutumn(seed) as server,
        Autumn(x_api_version="2.1", secret_key=server.secret_key, server_url=server.url, retry_config=NO_RETRIES) as autumn,
    ):
        entity = autumn.entities.create(customer_id="acme", entity_id="u1", feature_id="seats", name="Ann")
        assert (entity.id, entity.name, entity.balances["messages"].granted) == ("u1", "Ann", 10)
        autumn.entities.create(customer_id="acme", entity_id="u2", feature_id="seats")
        assert server.balance("acme", "seats")["remaining"] == 0  # type: ignore[index]
        # Past the allowance the server still creates the entity (createEntityForCusProduct): usage 3 of 2.
        autumn.entities.create(customer_id="acme", entity_id="u3", feature_id="seats")
        assert server.balance("acme", "seats")["usage"] == 3  # type: ignore[index]
        autumn.entities.delete(customer_id="acme", entity_id="u3")
        autumn.track(customer_id="acme", feature_id="messages", entity_id="u1", value=4)
        assert autumn.entities.get(entity_id="u1").balances["messages"].remaining == 6  # found without customer_id
        assert autumn.entities.get(customer_id="acme", entity_id="u2").balances["messages"].remaining == 10
        autumn.entities.delete(customer_id="acme", entity_id="u2")
        assert server.balance("acme", "seats")["remaining"] == 1  # type: ignore[index]
        refused(lambda: autumn.entities.get(customer_id="acme", entity_id="u2"), 404, "entity_not_found")
        refused(
            lambda: autumn.entities.create(customer_id="acme", entity_id="u1", feature_id="seats"), 409, "entity_already_exists"
        )


def test_referral_codes_are_redeemed_once_per_customer(autumn: Autumn) -> None:
    code = autumn.referrals.create_code(customer_id="cus_free", program_id="friends")
    assert autumn.referrals.create_code(customer_id="cus_free", program_id="friends").code == code.code  # asked again: same code
    redeemed = autumn.referrals.redeem_code(code=code.code, customer_id="cus_card")
    assert redeemed.customer_id == "cus_card" and redeemed.reward_id
    refused(lambda: autumn.referrals.redeem_code(code=code.code, customer_id="cus_card"), 400, "referral_code_already_redeemed")
    refused(lambda: autumn.referrals.redeem_code(code=code.code, customer_id="cus_free"), 400, "invalid_request")
    refused(lambda: autumn.referrals.redeem_code(code="NOPE", customer_id="cus_card"), 404, "referral_code_not_found")
    referrer = autumn.customers.get_or_create(customer_id="cus_free", expand=["referrals"])
    assert [r.customer.id for r in referrer.referrals] == ["cus_card"]  # type: ignore[union-attr]


def test_a_plan_attached_to_an_entity_is_that_entity_s_alone(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.entities.create(customer_id="cus_card", entity_id="ws_1", feature_id="seats", name="Workspace")
    res = autumn.billing.attach(customer_id="cus_card", entity_id="ws_1", plan_id="pro")
    assert res.entity_id == "ws_1" and res.invoice is not None
    entity = autumn.entities.get(customer_id="cus_card", entity_id="ws_1")
    assert [s.plan_id for s in entity.subscriptions] == ["pro"] and entity.balances[
        "messages"
    ].granted == 105  # Free's 5 are shared
    assert plans_of(autumn, "cus_card") == [("free", "active")] and remaining(server, "cus_card") == 5
    assert autumn.check(customer_id="cus_card", feature_id="sso", entity_id="ws_1").allowed
    assert not autumn.check(customer_id="cus_card", feature_id="sso").allowed
    refused(lambda: autumn.billing.attach(customer_id="cus_card", entity_id="nope", plan_id="pro"), 404, "entity_not_found")


def test_free_trials_start_without_payment_and_end_paid_or_expired() -> None:
    trial = {"duration_length": 14, "duration_type": "day", "card_required": False}
    seed = {
        **CATALOG,
        "plans": [
            *CATALOG["plans"],
            {**CATALOG["plans"][1], "plan_id": "pro_trial", "name": "Pro trial", "free_trial": trial},
            {**CATALOG["plans"][1], "plan_id": "pro_card", "name": "Pro card", "free_trial": {**trial, "card_required": True}},
        ],
    }
    with (
        LocalAutumn(seed, clock=Clock(start_ms=START)) as server,
        Autumn(x_api_version="2.1", secret_key=server.secret_key, server_url=server.url, retry_config=NO_RETRIES) as autumn,
    ):
        preview = autumn.billing.preview_attach(customer_id="cus_free", plan_id="pro_trial")
        assert preview.total == 0 and preview.next_cycle is not None and preview.next_cycle.starts_at == START + 14 * DAY
        res = autumn.billing.attach(customer_id="cus_free", plan_id="pro_trial")
        assert res.payment_url is None and res.invoice is not None and res.invoice.total == 0  # the trial's $0 invoice
        assert remaining(server, "cus_free") == 100
        sub = autumn.customers.get_or_create(customer_id="cus_free").subscriptions[0]
        assert (sub.plan_id, sub.trial_ends_at, sub.current_period_end) == ("pro_trial", START + 14 * DAY, START + 14 * DAY)
        server.clock.advance(days=14)
        assert plans_of(autumn, "cus_free") == [("free", "active")]  # no card: the trial ends, Free comes back
        assert autumn.billing.attach(customer_id="cus_free", plan_id="pro_trial").payment_url is not None  # trial used
        # A card on file: the trial ends in a paid period.
        autumn.billing.attach(customer_id="cus_card", plan_id="pro_trial")
        server.clock.advance(days=14)
        customer = autumn.customers.get_or_create(customer_id="cus_card")
        assert [s.plan_id for s in customer.subscriptions] == ["pro_trial"] and [i.total for i in customer.invoices] == [0, 20]
        # card_required: a checkout first, even though nothing is due today.
        autumn.customers.get_or_create(customer_id="cus_c")
        pending = autumn.billing.attach(customer_id="cus_c", plan_id="pro_card")
        assert pending.payment_url is not None
        assert server.complete_checkout("cus_c")["payment_url"] is None and plans_of(autumn, "cus_c") == [("pro_card", "active")]
