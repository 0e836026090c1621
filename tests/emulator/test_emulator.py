"""The local emulator (autumn_sdk.testing): Autumn's semantics and wire behaviour over real HTTP."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml

from autumn_sdk import Autumn, errors
from autumn_sdk.testing import Clock, LocalAutumn, SeedError
from autumn_sdk.utils import NO_RETRIES
from tests.emulator_schemas import ERROR_BODY, response_validator

PLAIN_SEED: dict[str, Any] = {
    "features": [{"id": "messages", "type": "metered", "consumable": True}, {"id": "sso", "type": "boolean"}],
    "plans": [
        {"id": "pro", "items": [{"feature_id": "messages", "included_usage": 100, "interval": "month"}, {"feature_id": "sso"}]}
    ],
    "customers": [{"id": "cus_123", "plans": ["pro"]}],
}

RICH_SEED: dict[str, Any] = {
    "features": [
        {"id": "messages", "name": "Messages", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"id": "tokens", "name": "Tokens", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"id": "premium", "name": "Premium messages", "type": "metered", "consumable": True},
        {
            "id": "credits",
            "name": "Credits",
            "type": "credit_system",
            "credit_schema": [{"metered_feature_id": "premium", "credit_cost": 5}],
        },
        {"id": "seats", "name": "Seats", "type": "metered", "consumable": False},
        {"id": "sso", "name": "SSO", "type": "boolean"},
        {"id": "api_calls", "name": "API calls", "type": "metered", "consumable": True},
        {"id": "storage", "name": "Storage", "type": "metered", "consumable": False},
    ],
    "plans": [
        {
            "id": "pro",
            "name": "Pro",
            "items": [
                {"feature_id": "messages", "included_usage": 100, "interval": "month"},
                {"feature_id": "tokens", "included_usage": 1000, "interval": "day"},
                {"feature_id": "credits", "included_usage": 50, "interval": "month"},
                {"feature_id": "api_calls", "unlimited": True},
                {"feature_id": "storage", "included_usage": 10, "price": {"amount": 0.5, "billing_units": 1}},
                {"feature_id": "seats", "included_usage": 3},
                {"feature_id": "messages", "included_usage": 20, "interval": "month", "entity_feature_id": "seats"},
            ],
        },
        {"id": "topup", "name": "Top-up", "is_add_on": True, "items": [{"feature_id": "messages", "included_usage": 50}]},
        {
            "id": "enterprise",
            "name": "Enterprise",
            "items": [{"feature_id": "sso"}, {"feature_id": "messages", "included_usage": 10000, "interval": "month"}],
        },
    ],
    "customers": [
        {"id": "cus_pro", "plans": ["pro"]},
        # A customer-level check sees the seats' per-entity pools too (as the server does), so the
        # seat is on its own customer, to keep cus_pro's numbers plain.
        {"id": "cus_team", "plans": ["pro"], "entities": [{"id": "seat_1", "feature_id": "seats"}]},
        {"id": "cus_stacked", "plans": ["pro", "topup"]},
        {"id": "cus_free", "plans": []},
    ],
}


@pytest.fixture
def rich() -> Iterator[LocalAutumn]:
    clock = Clock(start_ms=1_767_225_600_000)  # 2026-01-01T00:00:00Z, standing still until advanced
    with LocalAutumn(RICH_SEED, clock=clock) as server:
        yield server


@pytest.fixture
def client(rich: LocalAutumn) -> Iterator[Autumn]:
    with Autumn(x_api_version="2.1", secret_key=rich.secret_key, server_url=rich.url, retry_config=NO_RETRIES) as autumn:
        yield autumn


@pytest.mark.parametrize("form", ["dict", "yaml", "json"])
def test_plain_seed_in_each_form(tmp_path: Path, form: str) -> None:
    seed: Any = PLAIN_SEED
    if form != "dict":
        seed = tmp_path / f"seed.{form}"
        seed.write_text(yaml.safe_dump(PLAIN_SEED) if form == "yaml" else json.dumps(PLAIN_SEED))
    with (
        LocalAutumn(seed=seed) as server,
        Autumn(x_api_version="2.1", secret_key=server.secret_key, server_url=server.url) as autumn,
    ):
        res = autumn.check(customer_id="cus_123", feature_id="messages")
        assert res.allowed and res.balance is not None and (res.balance.granted, res.balance.remaining) == (100, 100)
        assert autumn.check(customer_id="cus_123", feature_id="sso").allowed is True
        assert autumn.track(customer_id="cus_123", feature_id="messages", value=1).balance.remaining == 99  # type: ignore[union-attr]


def test_bad_seed_is_a_clear_error() -> None:
    with pytest.raises(SeedError, match="unknown feature nope"):
        LocalAutumn({"features": [], "plans": [{"id": "p", "items": [{"feature_id": "nope"}]}]})


def test_check_semantics(client: Autumn) -> None:
    assert client.check(customer_id="cus_pro", feature_id="messages").allowed is True
    assert client.check(customer_id="cus_pro", feature_id="messages", required_balance=100).allowed is True
    assert client.check(customer_id="cus_pro", feature_id="messages", required_balance=101).allowed is False
    denied_flag = client.check(customer_id="cus_pro", feature_id="sso")
    assert denied_flag.allowed is False and denied_flag.balance is None  # boolean, not in the plan
    assert client.check(customer_id="cus_free", feature_id="messages").allowed is False
    unlimited = client.check(customer_id="cus_pro", feature_id="api_calls", required_balance=10**9)
    assert unlimited.allowed is True and unlimited.balance is not None and unlimited.balance.unlimited


def test_send_event_deducts_with_the_check(rich: LocalAutumn, client: Autumn) -> None:
    res = client.check(customer_id="cus_pro", feature_id="messages", send_event=True, required_balance=30)
    assert res.allowed and res.balance is not None and res.balance.remaining == 70
    denied = client.check(customer_id="cus_pro", feature_id="messages", send_event=True, required_balance=71)
    assert denied.allowed is False
    assert rich.balance("cus_pro", "messages")["remaining"] == 70  # type: ignore[index]  # a denied check consumes nothing


def test_concurrent_checks_with_send_event_allow_exactly_the_balance() -> None:
    with LocalAutumn(PLAIN_SEED) as server:

        async def main() -> list[bool]:
            async with Autumn(
                x_api_version="2.1", secret_key=server.secret_key, server_url=server.url, timeout_ms=30_000
            ) as autumn:
                results = await asyncio.gather(
                    *(autumn.check_async(customer_id="cus_123", feature_id="messages", send_event=True) for _ in range(200))
                )
            return [r.allowed for r in results]

        allowed = asyncio.run(main())
        assert allowed.count(True) == 100 and allowed.count(False) == 100
        assert server.balance("cus_123", "messages")["remaining"] == 0  # type: ignore[index]


def test_track_deducts_and_credits_back(client: Autumn) -> None:
    assert client.track(customer_id="cus_pro", feature_id="messages").balance.remaining == 99  # type: ignore[union-attr]
    assert client.track(customer_id="cus_pro", feature_id="messages", value=9).balance.remaining == 90  # type: ignore[union-attr]
    credited = client.track(customer_id="cus_pro", feature_id="messages", value=-4)
    assert credited.value == -4 and credited.balance is not None and credited.balance.remaining == 94


def test_track_by_event_name_changes_every_feature_that_lists_it(client: Autumn) -> None:
    res = client.track(customer_id="cus_pro", event_name="chat", value=2)
    assert res.balance is None and res.balances is not None and res.event_name == "chat"
    assert res.balances["messages"].remaining == 98 and res.balances["tokens"].remaining == 998


def test_credit_system_pays_at_its_credit_cost(client: Autumn) -> None:
    check = client.check(customer_id="cus_pro", feature_id="premium", required_balance=2)
    assert check.allowed and check.required_balance == 10  # in credits
    assert check.balance is not None and check.balance.feature_id == "credits"
    track = client.track(customer_id="cus_pro", feature_id="premium", value=3)
    assert track.balance is not None and (track.balance.feature_id, track.balance.remaining) == ("credits", 35)
    assert client.check(customer_id="cus_pro", feature_id="premium", required_balance=8).allowed is False  # 40 > 35


def test_preview_when_denied(client: Autumn) -> None:
    out_of = client.check(customer_id="cus_pro", feature_id="messages", required_balance=500, with_preview=True)
    assert out_of.preview and out_of.preview.scenario == "usage_limit"
    assert {p.id for p in out_of.preview.products} == {"topup", "enterprise"}  # not the plan they are on
    flag = client.check(customer_id="cus_pro", feature_id="sso", with_preview=True)
    assert flag.preview and flag.preview.scenario == "feature_flag" and [p.id for p in flag.preview.products] == ["enterprise"]
    assert not client.check(customer_id="cus_pro", feature_id="messages", with_preview=True).preview  # allowed: no preview


def test_balances_reset_on_their_interval(rich: LocalAutumn, client: Autumn) -> None:
    client.track(customer_id="cus_pro", feature_id="messages", value=60)
    client.track(customer_id="cus_pro", feature_id="tokens", value=600)
    before = client.check(customer_id="cus_pro", feature_id="messages").balance
    assert before is not None and before.remaining == 40 and before.next_reset_at == 1_769_904_000_000  # 2026-02-01
    rich.clock.advance(days=1)
    assert client.check(customer_id="cus_pro", feature_id="tokens").balance.remaining == 1000  # type: ignore[union-attr]
    assert client.check(customer_id="cus_pro", feature_id="messages").balance.remaining == 40  # type: ignore[union-attr]
    rich.clock.advance(days=31)
    after = client.check(customer_id="cus_pro", feature_id="messages").balance
    assert after is not None and after.remaining == 100 and after.next_reset_at == 1_772_323_200_000  # 2026-03-01


def test_stacked_plans_show_a_breakdown_and_use_the_monthly_grant_first(client: Autumn) -> None:
    res = client.track(customer_id="cus_stacked", feature_id="messages", value=120)
    balance = res.balance
    assert balance is not None and (balance.granted, balance.remaining) == (150, 30)
    by_plan = {b.plan_id: (b.included_grant, b.remaining) for b in balance.breakdown}  # type: ignore[union-attr]
    assert by_plan == {"pro": (100, 0), "topup": (50, 30)}


def test_entity_scoped_balances(client: Autumn) -> None:
    seat = client.check(customer_id="cus_team", feature_id="messages", entity_id="seat_1")
    assert seat.entity_id == "seat_1" and seat.balance is not None and seat.balance.granted == 120  # 100 shared + 20 per seat
    with pytest.raises(errors.AutumnDefaultError) as caught:
        client.check(customer_id="cus_team", feature_id="messages", entity_id="seat_9")
    assert caught.value.status_code == 404


def test_overage_is_allowed_where_the_item_has_a_price(client: Autumn) -> None:
    res = client.check(customer_id="cus_pro", feature_id="storage", required_balance=25)
    assert res.allowed and res.balance is not None and res.balance.overage_allowed
    track = client.track(customer_id="cus_pro", feature_id="storage", value=25)
    assert track.balance is not None and (track.balance.usage, track.balance.remaining) == (25, 0)
    assert not client.check(customer_id="cus_pro", feature_id="seats", required_balance=4).allowed  # no price: no overage


def test_bad_requests_get_autumns_error_bodies(rich: LocalAutumn) -> None:

    def post(path: str, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
        base = {"authorization": f"Bearer {rich.secret_key}", "x-api-version": "2.1"}
        content = body if isinstance(body, bytes) else json.dumps(body).encode()
        response = httpx.post(rich.url + path, content=content, headers={**base, **(headers or {})})
        if response.status_code >= 400:
            jsonschema.validate(response.json(), ERROR_BODY)
        return response

    cases: list[tuple[str, Any, dict[str, str], int, str, str]] = [
        (
            "/v1/balances.check",
            {"customer_id": "cus_pro", "feature_id": "messages"},
            {"authorization": "Bearer am_sk_test_wrong"},
            401,
            "invalid_secret_key",
            "",
        ),
        (
            "/v1/balances.check",
            {"customer_id": "cus_pro", "feature_id": "messages"},
            {"authorization": ""},
            401,
            "no_secret_key",
            "",
        ),
        ("/v1/balances.check", b"{not json", {}, 400, "invalid_inputs", "JSON"),
        ("/v1/balances.check", b"[1, 2]", {}, 400, "invalid_inputs", "object"),
        ("/v1/balances.check", {"feature_id": "messages"}, {}, 400, "invalid_inputs", "customer_id"),
        ("/v1/balances.check", {"customer_id": 5, "feature_id": "messages"}, {}, 400, "invalid_inputs", "customer_id"),
        (
            "/v1/balances.track",
            {"customer_id": "cus_pro", "feature_id": "messages", "value": "3"},
            {},
            400,
            "invalid_inputs",
            "value",
        ),
        ("/v1/balances.track", {"customer_id": "cus_pro"}, {}, 400, "invalid_inputs", "feature_id"),
        (
            "/v1/balances.track",
            {"customer_id": "cus_pro", "feature_id": "nope"},
            {},
            404,
            "feature_not_found",
            "Feature nope not found",
        ),
        ("/v1/balances.check", {"customer_id": "cus_nope", "feature_id": "messages"}, {}, 404, "customer_not_found", "cus_nope"),
        ("/v1/balances.track", {"customer_id": "cus_pro", "event_name": "unknown"}, {}, 404, "invalid_request", "unknown"),
        ("/v1/balances.track", {"customer_id": "cus_pro", "event_name": ""}, {}, 400, "invalid_inputs", "event_name"),
        (
            "/v1/balances.check",
            {"customer_id": "cus_pro", "feature_id": "messages"},
            {"x-api-version": "latest!"},
            400,
            "invalid_api_version",
            "",
        ),
        ("/v1/balances.nope", {}, {}, 404, "not_found", ""),
    ]
    for path, body, headers, status, code, needle in cases:
        response = post(path, body, headers)
        assert (response.status_code, response.json()["code"]) == (status, code), (path, body, response.text)
        assert needle in response.json()["message"]
        assert response.json()["env"] == "sandbox"


def test_idempotency_key_applies_once(rich: LocalAutumn) -> None:
    headers = {"authorization": f"Bearer {rich.secret_key}", "idempotency-key": "order-1"}
    body = {"customer_id": "cus_pro", "feature_id": "messages", "value": 5}
    first = httpx.post(rich.url + "/v1/balances.track", json=body, headers=headers)
    again = httpx.post(rich.url + "/v1/balances.track", json=body, headers=headers)
    assert first.status_code == 200 and again.status_code == 409 and again.json()["code"] == "duplicate_idempotency_key"
    assert rich.balance("cus_pro", "messages")["remaining"] == 95  # type: ignore[index]
    # A request that failed releases its key: the same key then applies.
    failed = httpx.post(
        rich.url + "/v1/balances.track",
        json={"customer_id": "cus_pro", "feature_id": "nope"},
        headers={**headers, "idempotency-key": "k2"},
    )
    retried = httpx.post(rich.url + "/v1/balances.track", json=body, headers={**headers, "idempotency-key": "k2"})
    assert (failed.status_code, retried.status_code) == (404, 200)


def test_every_answer_validates_against_openapi(rich: LocalAutumn, client: Autumn) -> None:
    """Answers across the seed's features validate against openapi.yaml's response schemas."""
    check_schema = response_validator("/v1/balances.check")
    track_schema = response_validator("/v1/balances.track")
    headers = {"authorization": f"Bearer {rich.secret_key}"}
    http = httpx.Client()
    calls = 0
    for customer in ("cus_pro", "cus_team", "cus_stacked", "cus_free"):
        for feature in ("messages", "tokens", "premium", "credits", "seats", "sso", "api_calls", "storage"):
            for extra in ({}, {"required_balance": 10_000, "with_preview": True}, {"send_event": True, "entity_id": "seat_1"}):
                r = http.post(
                    rich.url + "/v1/balances.check",
                    json={"customer_id": customer, "feature_id": feature, **extra},
                    headers=headers,
                )
                if r.status_code == 200:
                    check_schema.validate(r.json())
                    calls += 1
                r = http.post(
                    rich.url + "/v1/balances.track",
                    json={"customer_id": customer, "feature_id": feature, "value": 2, **extra},
                    headers=headers,
                )
                if r.status_code == 200:
                    track_schema.validate(r.json())
                    calls += 1
    r = http.post(rich.url + "/v1/balances.track", json={"customer_id": "cus_pro", "event_name": "chat"}, headers=headers)
    track_schema.validate(r.json())
    http.close()
    assert calls > 60


def test_fault_injection_for_users_tests(rich: LocalAutumn) -> None:
    with Autumn(x_api_version="2.1", secret_key=rich.secret_key, server_url=rich.url, timeout_ms=300) as autumn:
        rich.fail_next(2, status=503, headers={"retry-after": "0"})
        assert autumn.check(customer_id="cus_pro", feature_id="messages").allowed  # retried past two 503s
        rich.fail_next(1, drop=True, apply=True)
        # The answer was lost, the retry met 409: applied by this call, so it answers normally, marked.
        assert autumn.track(customer_id="cus_pro", feature_id="messages", value=7).already_applied
        assert rich.balance("cus_pro", "messages")["remaining"] == 93  # type: ignore[index]  # once
        rich.fail_next(1, delay=0.6)
        with pytest.raises(errors.RequestTimeoutError):  # the answer comes at 0.6 s: past the 200 ms timeout
            autumn.check(customer_id="cus_pro", feature_id="messages", retries=NO_RETRIES, timeout_ms=200)
    with pytest.raises(ValueError):
        rich.fail_next(1)


def test_customers_can_be_added_while_running(rich: LocalAutumn, client: Autumn) -> None:
    with pytest.raises(errors.AutumnDefaultError, match="customer_not_found"):
        client.check(customer_id="cus_new", feature_id="messages")
    rich.add_customer("cus_new", ["pro", "topup"])
    balance = client.check(customer_id="cus_new", feature_id="messages").balance
    assert balance is not None and balance.granted == 150


def test_the_pytest_fixtures_share_one_seeded_emulator(autumn_client: Autumn, local_autumn: LocalAutumn) -> None:
    assert autumn_client.track(customer_id="cus_123", feature_id="messages", value=10).balance.remaining == 90  # type: ignore[union-attr]
    assert local_autumn.balance("cus_123", "messages")["remaining"] == 90  # type: ignore[index]


@pytest.mark.autumn_seed(
    {
        "features": [{"id": "seats", "type": "metered", "consumable": False}],
        "plans": [{"id": "team", "items": [{"feature_id": "seats", "included_usage": 5}]}],
        "customers": [{"id": "acme", "plans": ["team"]}],
    }
)
def test_the_autumn_seed_marker_seeds_the_fixtures_emulator(autumn_client: Autumn) -> None:
    assert autumn_client.check(customer_id="acme", feature_id="seats", required_balance=5).allowed
    assert not autumn_client.check(customer_id="acme", feature_id="seats", required_balance=6).allowed


def test_the_command_line_serves_a_seed_file_on_a_free_port(tmp_path: Path) -> None:
    seed = tmp_path / "seed.yaml"
    seed.write_text(yaml.safe_dump(PLAIN_SEED))
    process = subprocess.Popen(
        [sys.executable, "-m", "autumn_sdk.testing", "--port", "0", "--seed", str(seed), "--secret-key", "am_sk_test_cli"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        assert url.startswith("http://127.0.0.1:")
        with Autumn(x_api_version="2.1", secret_key="am_sk_test_cli", server_url=url) as autumn:
            assert autumn.check(customer_id="cus_123", feature_id="messages").balance.remaining == 100  # type: ignore[union-attr]
    finally:
        process.terminate()
        process.wait(timeout=10)
