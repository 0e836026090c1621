"""The emulator at API 2.3 and 2.1 from one state, through the SDK's clients of each version.

Every modelled operation's answer validates against its version's published schema; 2.3's own
behaviour (cursor pages, balance locks, batch_track, dated and overflowing track, flags,
attach_action) is checked against what Autumn's server does.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk._generated.v2_1.requests import OPERATIONS as OPERATIONS_2_1
from autumn_sdk._generated.v2_3.requests import OPERATIONS as OPERATIONS_2_3
from autumn_sdk.testing import Clock, LocalAutumn, _versions
from autumn_sdk.testing._registry import handlers
from autumn_sdk.utils import NO_RETRIES
from tests.emulator_schemas import ERROR_BODY, _spec, response_validator

START = 1_767_225_600_000  # 2026-01-01T00:00:00Z
DAY = 24 * 3600 * 1000
CATALOG: dict[str, Any] = {
    "features": [
        {"id": "messages", "name": "Messages", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"id": "seats", "name": "Seats", "type": "metered", "consumable": False},
        {"id": "sso", "name": "SSO", "type": "boolean"},
    ],
    "plans": [
        {
            "id": "free",
            "name": "Free",
            "auto_enable": True,
            "items": [{"feature_id": "messages", "included": 10, "reset": {"interval": "month"}}],
        },
        {
            "id": "pro",
            "name": "Pro",
            "price": {"amount": 20, "interval": "month"},
            "items": [
                {"feature_id": "messages", "included": 100, "reset": {"interval": "month"}},
                {"feature_id": "seats", "included": 3},
                {"feature_id": "sso"},
            ],
        },
        {"id": "boost", "name": "Boost", "add_on": True, "items": [{"feature_id": "messages", "included": 50}]},
        {
            "id": "topup",
            "name": "Top-up",
            "price": {"amount": 5, "interval": "one_off"},
            "items": [{"feature_id": "messages", "included": 20}],
        },
    ],
    "customers": [{"id": "cus_free", "plans": ["free"]}, {"id": "cus_pro", "plans": ["pro"], "entities": ["seat_1"]}],
}


def modelled(version: str) -> set[str]:
    """The paths of ``version`` the emulator answers (the rest are 501)."""
    table = OPERATIONS_2_1 if version == "2.1" else OPERATIONS_2_3
    return {path for path, (op, *_) in table.items() if _versions.handler(version, op, handlers()) is not None}


class Recorded:
    def __init__(self) -> None:
        self.answers: list[tuple[str, int, Any]] = []

    def hook(self, response: httpx.Response) -> None:
        response.read()
        self.answers.append((response.request.url.path, response.status_code, json.loads(response.content)))


@pytest.fixture
def server() -> Iterator[LocalAutumn]:
    with LocalAutumn(seed=CATALOG, clock=Clock(start_ms=START)) as emulator:
        yield emulator


@pytest.fixture
def autumn(server: LocalAutumn) -> Iterator[Autumn]:
    with Autumn(x_api_version="2.3", secret_key=server.secret_key, server_url=server.url, retry_config=NO_RETRIES) as client:
        yield client


@pytest.fixture
def autumn_2_1(server: LocalAutumn) -> Iterator[Autumn]:
    with Autumn(x_api_version="2.1", secret_key=server.secret_key, server_url=server.url, retry_config=NO_RETRIES) as client:
        yield client


def post(server: LocalAutumn, path: str, body: Any, version: str | None = "2.3") -> httpx.Response:
    headers = {"authorization": f"Bearer {server.secret_key}"}
    if version is not None:
        headers["x-api-version"] = version
    response = httpx.post(server.url + path, json=body, headers=headers)
    if response.status_code >= 400:
        jsonschema.validate(response.json(), ERROR_BODY)
    return response


def remaining(server: LocalAutumn, customer_id: str, feature_id: str = "messages") -> float:
    balance = server.balance(customer_id, feature_id)
    assert balance is not None
    return float(balance["remaining"])


# -- every answer validates, in both versions --------------------------------------------------------


def _validator_202(path: str) -> jsonschema.protocols.Validator:
    """A validator of the 202 answer of ``path`` at 2.3 (component refs resolve as in emulator_schemas)."""
    spec = _spec("2.3")
    schema = next(iter(spec["paths"][path].values()))["responses"]["202"]["content"]["application/json"]["schema"]
    text = json.dumps({"$defs": spec["components"]["schemas"], **schema}).replace("#/components/schemas/", "#/$defs/")
    return jsonschema.Draft202012Validator(json.loads(text))


def _exercise(server: LocalAutumn, autumn: Any, version: str) -> None:
    """Call every operation the emulator models in ``version``, through the SDK."""
    autumn.features.create(
        feature_id="credits",
        name="Credits",
        type_="credit_system",
        credit_schema=[{"metered_feature_id": "messages", "credit_cost": 2}],
    )
    autumn.features.get(feature_id="sso")
    autumn.features.update(feature_id="credits", name="AI credits")
    autumn.features.list()
    autumn.features.create(feature_id="legacy", name="Legacy", type_="boolean")
    autumn.features.delete(feature_id="legacy")
    team = [
        {"feature_id": "messages", "included": 500, "reset": {"interval": "month"}},
        {
            "feature_id": "credits",
            "included": 0,
            "price": {"amount": 5, "billing_units": 100, "billing_method": "prepaid", "interval": "month"},
        },
        {"feature_id": "seats", "included": 0, "price": {"amount": 1, "billing_method": "usage_based", "interval": "month"}},
    ]
    extra = {"metadata": {"tier": "gold"}} if version == "2.3" else {}
    autumn.plans.create(plan_id="team", name="Team", price={"amount": 50, "interval": "month"}, items=team, **extra)
    autumn.plans.get(plan_id="team")
    autumn.plans.update(plan_id="boost", description="50 more")
    autumn.plans.list(customer_id="cus_free")
    autumn.plans.create(plan_id="temp", name="Temp")
    autumn.plans.delete(plan_id="temp")

    expand = ["subscriptions.plan", "flags.feature"] if version == "2.3" else ["subscriptions.plan"]
    autumn.customers.get_or_create(customer_id="cus_new", name="Ada", expand=expand)
    autumn.customers.update(customer_id="cus_new", metadata={"team": "compilers"})
    autumn.customers.list(limit=2)
    autumn.check(customer_id="cus_free", feature_id="messages", send_event=True, properties={"model": "small"})
    autumn.check(customer_id="cus_pro", feature_id="sso", with_preview=True)
    autumn.check(customer_id="cus_free", feature_id="sso", with_preview=True)
    autumn.track(customer_id="cus_free", feature_id="messages", value=2)
    autumn.track(customer_id="cus_free", event_name="chat")

    quantities = [{"feature_id": "credits", "quantity": 200}]
    autumn.billing.preview_attach(customer_id="cus_pro", plan_id="team", feature_quantities=quantities)
    pending = autumn.billing.attach(customer_id="cus_free", plan_id="team", feature_quantities=quantities)
    assert httpx.get(pending.payment_url).status_code == 200
    more = [{"feature_id": "credits", "quantity": 300}]
    autumn.billing.preview_update(customer_id="cus_free", plan_id="team", feature_quantities=more)
    autumn.billing.update(customer_id="cus_free", plan_id="team", feature_quantities=more)
    autumn.billing.preview_update(customer_id="cus_free", plan_id="team", cancel_action="cancel_end_of_cycle")
    autumn.billing.preview_attach(customer_id="cus_free", plan_id="pro")  # a downgrade: at the end of the period
    autumn.billing.preview_multi_attach(customer_id="cus_new", plans=[{"plan_id": "boost"}, {"plan_id": "pro"}])
    autumn.billing.multi_attach(customer_id="cus_new", plans=[{"plan_id": "boost"}])
    autumn.billing.open_customer_portal(customer_id="cus_free")
    autumn.billing.setup_payment(customer_id="cus_new")

    autumn.balances.create(customer_id="cus_new", feature_id="messages", included_grant=10, balance_id="gift")
    autumn.balances.update(customer_id="cus_new", feature_id="messages", balance_id="gift", add_to_balance=5)
    autumn.balances.delete(customer_id="cus_new", feature_id="messages", balance_id="gift")

    autumn.entities.create(customer_id="cus_pro", entity_id="seat_2", feature_id="seats", name="Seat 2")
    autumn.entities.get(customer_id="cus_pro", entity_id="seat_2")
    autumn.entities.delete(customer_id="cus_pro", entity_id="seat_2")
    autumn.events.list(customer_id="cus_free", limit=2)
    autumn.events.aggregate(customer_id="cus_free", feature_id="messages", range="7d", group_by="properties.model")
    code = autumn.referrals.create_code(customer_id="cus_free", program_id="friends")
    autumn.referrals.redeem_code(code=code.code, customer_id="cus_new")
    autumn.customers.get_or_create(customer_id="cus_free", expand=["invoices", "entities", "balances.feature", "payment_method"])

    if version == "2.3":
        autumn.customers.get(customer_id="cus_pro", expand=["flags.feature"])
        autumn.entities.list(customer_id="cus_pro")
        autumn.entities.update(
            customer_id="cus_pro",
            entity_id="seat_1",
            billing_controls={"usage_limits": [{"feature_id": "messages", "limit": 5, "interval": "day"}]},
        )
        autumn.invoices.list(customer_id="cus_free")
        autumn.check(customer_id="cus_pro", feature_id="messages", required_balance=4, lock={"enabled": True, "lock_id": "l1"})
        autumn.track(
            customer_id="cus_pro",
            feature_id="messages",
            value=2,
            lock={"enabled": True, "lock_id": "l2"},
            timestamp=START - DAY,
            overage_behavior="overflow",
        )
        autumn.balances.finalize(lock_id="l1", action="confirm", override_value=3)
        autumn.balances.finalize(lock_id="l2", action="release")
        autumn.batch_track(
            request=[
                {"customer_id": "cus_pro", "feature_id": "messages", "value": 1},
                {"customer_id": "cus_free", "event_name": "chat"},
            ]
        )
    autumn.customers.delete(customer_id="cus_new")


@pytest.mark.parametrize("version", ["2.1", "2.3"])
def test_every_modelled_operation_answers_its_versions_schema(version: str) -> None:
    record = Recorded()
    with (
        LocalAutumn(seed=CATALOG, clock=Clock(start_ms=START)) as server,
        httpx.Client(event_hooks={"response": [record.hook]}) as http,
        Autumn(
            x_api_version=version,
            secret_key=server.secret_key,
            server_url=server.url,
            client=http,  # type: ignore[call-overload]
            retry_config=NO_RETRIES,
        ) as autumn,
    ):
        _exercise(server, autumn, version)
    answered = {path for path, status, _ in record.answers if status in (200, 202)}
    assert answered >= modelled(version), f"not exercised: {sorted(modelled(version) - answered)}"
    for path, status, body in record.answers:
        if not path.startswith("/v1/"):
            continue  # the hosted checkout page
        assert status in (200, 202), (path, body)
        # batch_track answers 200 as the server does, in the body the document gives its 202.
        accepted = status == 202 or path == "/v1/balances.batch_track"
        validator = _validator_202(path) if accepted else response_validator(path, version)
        problems = sorted(validator.iter_errors(body), key=str)
        assert not problems, f"{version} {path}: {problems[0].message} at {list(problems[0].absolute_path)}"


def test_what_2_3_models_and_what_answers_501(server: LocalAutumn) -> None:
    new = {path for path in OPERATIONS_2_3 if path not in OPERATIONS_2_1}
    assert new & modelled("2.3") == {
        "/v1/balances.batch_track",
        "/v1/balances.finalize",
        "/v1/customers.get",
        "/v1/entities.list",
        "/v1/entities.update",
        "/v1/invoices.list",
    }
    assert modelled("2.3") >= set(OPERATIONS_2_1)
    for path in sorted(new - modelled("2.3")):
        operation_id = OPERATIONS_2_3[path][0]
        response = post(server, path, {})
        assert response.status_code in (400, 501), path  # 400: the body is checked first
        if response.status_code == 501:
            assert response.json()["code"] == "not_implemented" and operation_id in response.json()["message"]
    response = post(server, "/v1/keys.revoke", {"key_id": "k"})
    assert response.status_code == 501 and "revokeKey" in response.json()["message"]


# -- versions -------------------------------------------------------------------------------------------


def test_the_version_header_picks_the_shape_and_the_default_is_2_3(server: LocalAutumn) -> None:
    body = {"customer_id": "cus_pro", "feature_id": "messages"}
    for version in ("2.3", "2.3.0", None):
        answer = post(server, "/v1/balances.check", body, version).json()
        assert "flag" in answer and answer["flag"] is None, version
    for version in ("2.1", "2.1.0"):
        assert "flag" not in post(server, "/v1/balances.check", body, version).json()
    for version in ("2.2", "2.3.1", "latest"):
        response = post(server, "/v1/balances.check", body, version)
        assert (response.status_code, response.json()["code"]) == (400, "invalid_api_version")
        assert "2.1, 2.3" in response.json()["message"]
    assert post(server, "/v1/customers.get", {"customer_id": "cus_pro"}, "2.1").status_code == 404  # no such route in 2.1
    # Each version's request schema: 2.3's cursor fields are unknown to 2.1 (dropped), 2.1's offset to 2.3.
    assert "total" in post(server, "/v1/customers.list", {"start_cursor": "x"}, "2.1").json()
    assert post(server, "/v1/customers.list", {"limit": 0}, "2.3").status_code == 400


def test_one_state_answered_in_both_shapes(server: LocalAutumn, autumn: Autumn, autumn_2_1: Autumn) -> None:
    autumn_2_1.track(customer_id="cus_pro", feature_id="messages", value=7)
    assert autumn.check(customer_id="cus_pro", feature_id="messages").balance.remaining == 93  # type: ignore[union-attr]
    autumn.track(customer_id="cus_pro", feature_id="messages", value=3)
    customer_2_1 = autumn_2_1.customers.get_or_create(customer_id="cus_pro")
    customer_2_3 = autumn.customers.get(customer_id="cus_pro")
    assert customer_2_1.balances["messages"].remaining == customer_2_3.balances["messages"].remaining == 90


# -- what 2.3 added to shared answers ------------------------------------------------------------------


def test_flags_are_the_boolean_features_a_customer_has(autumn: Autumn) -> None:
    customer = autumn.customers.get(customer_id="cus_pro", expand=["flags.feature"])
    sso = customer.flags["sso"]
    assert (sso.feature_id, sso.plan_id, sso.expires_at) == ("sso", "pro", None)
    assert sso.feature is not None and sso.feature.name == "SSO"
    assert "sso" not in customer.balances and customer.licenses == []
    assert autumn.customers.get(customer_id="cus_free").flags.additional_properties == {}
    flag = autumn.check(customer_id="cus_pro", feature_id="sso").flag
    assert flag is not None and flag.id == sso.id
    denied = autumn.check(customer_id="cus_free", feature_id="sso")
    assert not denied.allowed and denied.flag is None
    assert autumn.entities.get(customer_id="cus_pro", entity_id="seat_1").flags["sso"].plan_id == "pro"


def test_attach_action_says_what_attaching_would_do(server: LocalAutumn, autumn: Autumn) -> None:
    def actions(customer_id: str) -> dict[str, str]:
        plans = autumn.plans.list(customer_id=customer_id).list_
        return {p.id: p.customer_eligibility.attach_action for p in plans}  # type: ignore[union-attr]

    assert actions("cus_free") == {"free": "none", "pro": "upgrade", "boost": "activate", "topup": "purchase"}
    assert actions("cus_pro") == {"free": "downgrade", "pro": "none", "boost": "activate", "topup": "purchase"}
    pro = next(p for p in autumn.plans.list(customer_id="cus_pro").list_ if p.id == "pro")
    assert pro.customer_eligibility is not None and pro.customer_eligibility.status == "active"
    assert pro.customer_eligibility.canceling is False
    autumn.plans.update(plan_id="pro", metadata={"tier": "gold"})
    assert autumn.plans.get(plan_id="pro").metadata == {"tier": "gold"}


def test_customers_get_never_creates(server: LocalAutumn, autumn: Autumn) -> None:
    with pytest.raises(errors.AutumnDefaultError) as caught:
        autumn.customers.get(customer_id="cus_nobody")
    assert caught.value.status_code == 404
    assert "cus_nobody" not in server.store.customers


def test_entities_update_and_list(autumn: Autumn) -> None:
    limits = [{"feature_id": "messages", "limit": 5, "interval": "day"}]
    updated = autumn.entities.update(customer_id="cus_pro", entity_id="seat_1", billing_controls={"usage_limits": limits})
    assert updated.billing_controls is not None and updated.billing_controls.usage_limits[0].limit == 5  # type: ignore[index]
    again = autumn.entities.update(entity_id="seat_1")  # found without its customer
    assert again.billing_controls is not None
    with pytest.raises(errors.AutumnDefaultError) as caught:
        autumn.entities.update(customer_id="cus_pro", entity_id="seat_9")
    assert caught.value.status_code == 404
    assert [e.id for e in autumn.entities.list(customer_id="cus_pro").list_] == ["seat_1"]


def test_previews_name_their_lines_and_plans(server: LocalAutumn, autumn: Autumn) -> None:
    preview = autumn.billing.preview_attach(customer_id="cus_free", plan_id="pro")
    assert [(li.plan_id, li.feature_id, li.quantity, li.total) for li in preview.line_items] == [("pro", None, 1, 20)]
    assert [c.plan_id for c in preview.incoming] == ["pro"] and [c.plan_id for c in preview.outgoing] == ["free"]
    assert preview.redirect_to_checkout and preview.checkout_type == "stripe_checkout"  # no card on file
    assert preview.next_cycle is not None and [li.plan_id for li in preview.next_cycle.line_items] == ["pro"]
    down = autumn.billing.preview_attach(customer_id="cus_pro", plan_id="free")
    period_end = server.store.customers["cus_pro"].subscriptions[0].current_period_end
    assert [(c.plan_id, c.effective_at) for c in down.incoming] == [("free", period_end)]
    assert [(c.plan_id, c.expires_at) for c in down.outgoing] == [("pro", period_end)]
    assert not down.redirect_to_checkout and down.checkout_type is None
    cancel = autumn.billing.preview_update(customer_id="cus_pro", cancel_action="cancel_end_of_cycle")
    assert cancel.intent == "cancel_end_of_cycle" and cancel.incoming[0].expires_at == period_end


# -- cursor pages ---------------------------------------------------------------------------------------


def test_customers_list_pages_by_cursor_and_never_repeats(server: LocalAutumn, autumn: Autumn) -> None:
    for n in range(5):
        server.clock.advance(seconds=1)
        autumn.customers.get_or_create(customer_id=f"cus_{n}")
    seen: list[str] = []
    page = autumn.customers.list(limit=2)
    while True:
        seen += [c.id for c in page.list_]
        autumn.customers.get_or_create(customer_id=f"cus_late_{len(seen)}")  # created mid-iteration
        if page.next_cursor is None:
            break
        page = autumn.customers.list(limit=2, start_cursor=page.next_cursor)
    assert seen == ["cus_4", "cus_3", "cus_2", "cus_1", "cus_0", "cus_pro", "cus_free"]  # newest first, each once
    oldest = autumn.customers.list(limit=1, sort_order="asc")
    assert [c.id for c in oldest.list_] == ["cus_free"] and oldest.next_cursor is not None
    assert [c.id for c in autumn.customers.list(search="cus_3").list_] == ["cus_3"]
    response = post(server, "/v1/customers.list", {"start_cursor": "not-a-cursor"})
    assert (response.status_code, response.json()["code"]) == (400, "invalid_cursor")


def test_events_list_pages_by_cursor_newest_first(server: LocalAutumn, autumn: Autumn) -> None:
    for value in (1, 2, 3, 4, 5):
        server.clock.advance(minutes=1)
        autumn.track(customer_id="cus_pro", feature_id="messages", value=value)
    first = autumn.events.list(customer_id="cus_pro", limit=3)
    assert [e.value for e in first.list_] == [5, 4, 3] and first.next_cursor is not None
    autumn.track(customer_id="cus_pro", feature_id="messages", value=6)  # newer than the cursor: not on later pages
    rest = autumn.events.list(customer_id="cus_pro", limit=3, start_cursor=first.next_cursor)
    assert [e.value for e in rest.list_] == [2, 1] and rest.next_cursor is None
    deductions = first.list_[0].deductions
    assert deductions is not None and [(d.feature_id, d.plan_id, d.value) for d in deductions] == [("messages", "pro", 5)]


def test_invoices_list(server: LocalAutumn, autumn: Autumn) -> None:
    server.add_customer("cus_card", ["free"], payment_method={"id": "pm_1", "type": "card"})
    server.store.customers["cus_free"].payment_method = {"id": "pm_2", "type": "card"}
    autumn.billing.attach(customer_id="cus_free", plan_id="pro")
    server.clock.advance(seconds=1)
    autumn.billing.attach(customer_id="cus_card", plan_id="pro")
    newest = autumn.invoices.list(limit=1)
    assert [(i.customer_id, i.plan_ids, i.total, i.amount_paid, i.status) for i in newest.list_] == [
        ("cus_card", ["pro"], 20, 20, "paid")
    ]
    assert newest.next_cursor is not None
    older = autumn.invoices.list(start_cursor=newest.next_cursor)
    assert [i.customer_id for i in older.list_] == ["cus_free"] and older.next_cursor is None
    assert [i.customer_id for i in autumn.invoices.list(customer_id="cus_free").list_] == ["cus_free"]
    assert autumn.invoices.list(status=["open"]).list_ == []


# -- balance locks --------------------------------------------------------------------------------------


def lock(lock_id: str, **extra: Any) -> dict[str, Any]:
    return {"enabled": True, "lock_id": lock_id, **extra}


def test_a_lock_holds_balance_until_confirmed(server: LocalAutumn, autumn: Autumn) -> None:
    held = autumn.check(customer_id="cus_pro", feature_id="messages", required_balance=30, lock=lock("job_1"))
    assert held.allowed and held.balance is not None and held.balance.remaining == 70
    assert held.balances is not None and held.balances["messages"].remaining == 70  # type: ignore[index]
    assert remaining(server, "cus_pro") == 70  # held: no one else can use it
    assert autumn.balances.finalize(lock_id="job_1", action="confirm").success
    assert remaining(server, "cus_pro") == 70
    with pytest.raises(errors.AutumnDefaultError) as caught:
        autumn.balances.finalize(lock_id="job_1", action="confirm")  # finished
    assert caught.value.status_code == 400 and "job_1" in str(caught.value)


def test_release_and_override_value_settle_the_difference(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.check(customer_id="cus_pro", feature_id="messages", required_balance=30, lock=lock("a"))
    autumn.balances.finalize(lock_id="a", action="release")
    assert remaining(server, "cus_pro") == 100
    autumn.check(customer_id="cus_pro", feature_id="messages", required_balance=30, lock=lock("b"))
    autumn.balances.finalize(lock_id="b", action="confirm", override_value=12, properties={"model": "small"})
    assert remaining(server, "cus_pro") == 88
    autumn.track(customer_id="cus_pro", feature_id="messages", value=5, lock=lock("c"))
    autumn.balances.finalize(lock_id="c", action="confirm", override_value=8)
    assert remaining(server, "cus_pro") == 80
    values = [e.value for e in autumn.events.list(customer_id="cus_pro").list_]
    assert values == [3, 5, -18, 30, -30, 30]  # newest first: each finalize records the difference
    assert sum(values) == 20


def test_a_lock_expires_on_the_emulators_clock(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.check(customer_id="cus_pro", feature_id="messages", required_balance=40, lock=lock("slow", expires_at=START + 60_000))
    server.clock.advance(seconds=59)
    assert remaining(server, "cus_pro") == 60
    server.clock.advance(seconds=1)
    refused = post(server, "/v1/balances.finalize", {"lock_id": "other", "action": "release"})
    assert refused.status_code == 400  # a refused request after the expiry does not undo the release
    assert autumn.check(customer_id="cus_pro", feature_id="messages").balance.remaining == 100  # type: ignore[union-attr]
    with pytest.raises(errors.AutumnDefaultError):
        autumn.balances.finalize(lock_id="slow", action="confirm")


def test_locks_refused_as_autumn_refuses_them(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.check(customer_id="cus_pro", feature_id="messages", lock=lock("once"))
    cases = [
        ({"feature_id": "messages", "lock": lock("once")}, 409, "lock_already_exists"),
        ({"feature_id": "messages", "lock": lock("far", expires_at=START + 2 * 24 * 3600 * 1000)}, 400, "invalid_request"),
        ({"feature_id": "seats", "lock": lock("seat")}, 400, "invalid_request"),  # allocated
        ({"feature_id": "sso", "lock": lock("flag")}, 400, "invalid_request"),
    ]
    for body, status, code in cases:
        response = post(server, "/v1/balances.check", {"customer_id": "cus_pro", **body})
        assert (response.status_code, response.json()["code"]) == (status, code), body
    assert remaining(server, "cus_pro") == 99
    denied = autumn.check(customer_id="cus_free", feature_id="messages", required_balance=11, lock=lock("big"))
    assert not denied.allowed and remaining(server, "cus_free") == 10  # nothing held
    assert post(server, "/v1/balances.finalize", {"lock_id": "big", "action": "release"}).status_code == 400


async def test_locks_through_the_async_client(server: LocalAutumn) -> None:
    async with Autumn(x_api_version="2.3", secret_key=server.secret_key, server_url=server.url) as autumn:
        held = await autumn.check_async(customer_id="cus_pro", feature_id="messages", required_balance=10, lock=lock("x"))
        assert held.allowed
        assert (await autumn.balances.finalize_async(lock_id="x", action="confirm", override_value=4)).success
        page = await autumn.events.list_async(customer_id="cus_pro")
        assert [e.value for e in page.list_] == [-6, 10]
    assert remaining(server, "cus_pro") == 96


# -- track's 2.3 options, batch_track -----------------------------------------------------------------


def test_track_timestamp_dates_the_usage_then(server: LocalAutumn, autumn: Autumn) -> None:
    then = START - 3 * DAY + 3_600_000
    autumn.track(customer_id="cus_pro", feature_id="messages", value=4, timestamp=then)
    assert remaining(server, "cus_pro") == 96  # the balance moves now
    assert [e.timestamp for e in autumn.events.list(customer_id="cus_pro").list_] == [then]
    chart = autumn.events.aggregate(customer_id="cus_pro", feature_id="messages", range="7d", bin_size="day")
    by_day = {row.period: row.values["messages"] for row in chart.list_ if row.values["messages"]}
    assert by_day == {START - 3 * DAY: 4}
    window = {"start": START - DAY, "end": START + DAY}
    assert autumn.events.list(customer_id="cus_pro", custom_range=window).list_ == []


def test_overage_behavior_cap_and_overflow(server: LocalAutumn, autumn: Autumn) -> None:
    capped = autumn.track(customer_id="cus_free", feature_id="messages", value=15)
    assert capped.balance is not None and (capped.balance.usage, capped.balance.remaining) == (10, 0)
    flowed = autumn.track(customer_id="cus_free", feature_id="messages", value=6, overage_behavior="overflow")
    assert flowed.balance is not None and flowed.balance.usage == 16
    assert [(d.feature_id, d.plan_id, d.value) for d in flowed.deductions] == [("messages", "free", 6)]  # type: ignore[union-attr]
    assert not autumn.check(customer_id="cus_free", feature_id="messages").allowed


def test_batch_track_checks_everything_then_applies_in_order(server: LocalAutumn, autumn: Autumn) -> None:
    answer = autumn.batch_track(
        request=[
            {"customer_id": "cus_pro", "feature_id": "messages", "value": 5},
            {"customer_id": "cus_free", "event_name": "chat", "value": 2},
            {"customer_id": "cus_pro", "feature_id": "messages", "value": -1},
        ]
    )
    assert answer.success
    assert (remaining(server, "cus_pro"), remaining(server, "cus_free")) == (96, 8)
    bad = [{"customer_id": "cus_pro", "feature_id": "messages"}, {"customer_id": "cus_pro", "feature_id": "nope"}]
    response = post(server, "/v1/balances.batch_track", bad)
    assert (response.status_code, response.json()["code"]) == (404, "feature_not_found") and "[1]" in response.json()["message"]
    assert remaining(server, "cus_pro") == 96  # nothing of a refused batch is applied
    response = post(server, "/v1/balances.batch_track", {"customer_id": "cus_pro"})
    assert (response.status_code, response.json()["code"]) == (400, "invalid_inputs")
    assert post(server, "/v1/balances.batch_track", []).status_code == 400  # at least one item


# -- the pytest fixtures ----------------------------------------------------------------------------------


def test_the_fixture_client_speaks_2_3(autumn_client: Autumn) -> None:
    flags = autumn_client.customers.get(customer_id="cus_123").flags  # type: ignore[attr-defined]
    assert flags["sso"].plan_id == "pro"


@pytest.mark.autumn_api_version("2.1")
def test_the_fixture_client_speaks_2_1_when_asked(autumn_client: Autumn) -> None:
    assert not hasattr(autumn_client.customers, "get")
    assert autumn_client.customers.list().total == 1  # type: ignore[attr-defined]


def test_events_aggregate_without_a_customer_sums_everyone(server: LocalAutumn, autumn: Autumn) -> None:
    autumn.track(customer_id="cus_pro", feature_id="messages", value=4, properties={"model": "a"})
    autumn.track(customer_id="cus_free", feature_id="messages", value=2, properties={"model": "b"})
    server.clock.advance(seconds=1)  # a range ends now, exclusive
    chart = autumn.events.aggregate(feature_id="messages", range="24h", group_by="properties.model")
    assert (chart.total["messages"].count, chart.total["messages"].sum_) == (2, 6)
    with pytest.raises(errors.AutumnDefaultError) as caught:
        autumn.events.aggregate(feature_id="messages", range="1bc")
    assert caught.value.status_code == 400


def test_auto_topup_purchase_limits_answer_their_window(server: LocalAutumn, autumn: Autumn, autumn_2_1: Autumn) -> None:
    topup = {"feature_id": "messages", "threshold": 5, "quantity": 50, "purchase_limit": {"interval": "month", "limit": 3}}
    autumn.customers.update(customer_id="cus_pro", billing_controls={"auto_topups": [topup]})
    limit = autumn.customers.get(customer_id="cus_pro").billing_controls.auto_topups[0].purchase_limit  # type: ignore[union-attr,index]
    assert (limit.count, limit.limit, limit.interval_count, limit.next_reset_at) == (0, 3, 1, START + 31 * DAY)  # type: ignore[union-attr]
    raw = post(server, "/v1/customers.get_or_create", {"customer_id": "cus_pro"}, "2.1").json()
    assert raw["billing_controls"]["auto_topups"][0]["purchase_limit"] == {"interval": "month", "limit": 3}  # 2.1: as given


def test_async_track_is_accepted_and_applied(server: LocalAutumn) -> None:
    response = post(server, "/v1/balances.track", {"customer_id": "cus_pro", "feature_id": "messages", "value": 3, "async": True})
    assert response.status_code == 202
    assert not list(_validator_202("/v1/balances.track").iter_errors(response.json()))
    assert response.json() == {"customer_id": "cus_pro", "value": 3, "balance": None}
    assert remaining(server, "cus_pro") == 97
