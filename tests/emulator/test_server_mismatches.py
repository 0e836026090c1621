"""Where the emulator used to differ from Autumn's server, each scenario citing the server file it follows.

Paths are in Autumn's repository (github.com/useautumn/autumn). Every test drives the emulator over
HTTP on 127.0.0.1: through the SDK, or with raw requests where the exact status and code matter.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from autumn_sdk import Autumn
from autumn_sdk.testing import Clock, LocalAutumn
from autumn_sdk.utils import NO_RETRIES

START = 1_767_225_600_000  # 2026-01-01T00:00:00Z
DAY = 86_400_000
MONTH = {"interval": "month"}

SEED: dict[str, Any] = {
    "features": [
        {"feature_id": "messages", "name": "Messages", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"feature_id": "seats", "name": "Seats", "type": "metered", "consumable": False},
        {"feature_id": "sso", "name": "SSO", "type": "boolean"},
    ],
    "plans": [
        {
            "plan_id": "free",
            "name": "Free",
            "auto_enable": True,
            "items": [{"feature_id": "messages", "included": 10, "reset": MONTH}],
        },
        {"plan_id": "monthly", "name": "Monthly", "price": {"amount": 25, "interval": "month"}, "items": []},
        {"plan_id": "cheap", "name": "Cheap", "price": {"amount": 15, "interval": "month"}, "items": []},
        {"plan_id": "annual", "name": "Annual", "price": {"amount": 240, "interval": "year"}, "items": []},
        {
            "plan_id": "seats_plan",
            "name": "Seats plan",
            "price": {"amount": 10, "interval": "month"},
            "items": [
                {
                    "feature_id": "seats",
                    "included": 0,
                    "price": {"amount": 30, "billing_units": 1, "billing_method": "prepaid", "interval": "month"},
                }
            ],
        },
        {
            "plan_id": "usage_a",
            "name": "Usage A",
            "items": [{"feature_id": "messages", "included": 0, "price": {"amount": 0.5, "billing_units": 1}}],
        },
        {
            "plan_id": "usage_b",
            "name": "Usage B",
            "items": [{"feature_id": "messages", "included": 0, "price": {"amount": 0.1, "billing_units": 1}}],
        },
        {
            "plan_id": "trial",
            "name": "Trial",
            "price": {"amount": 20, "interval": "month"},
            "free_trial": {"duration_length": 7, "duration_type": "day", "card_required": False},
            "items": [{"feature_id": "messages", "included": 100, "reset": MONTH}],
        },
    ],
    "customers": [
        {"id": "cus_annual", "plans": ["annual"], "payment_method": True},
        {"id": "cus_monthly", "plans": ["monthly"], "payment_method": True},
        {"id": "cus_usage", "plans": ["usage_a"], "payment_method": True},
        {"id": "cus_free", "plans": ["free"], "payment_method": True},
    ],
}


@pytest.fixture
def server() -> Iterator[LocalAutumn]:
    with LocalAutumn(SEED, clock=Clock(start_ms=START)) as running:
        yield running


@pytest.fixture
def autumn(server: LocalAutumn) -> Iterator[Autumn]:
    with Autumn(secret_key=server.secret_key, server_url=server.url, x_api_version="2.1", retry_config=NO_RETRIES) as client:
        yield client


def post(server: LocalAutumn, path: str, body: Any, version: str = "2.3", **headers: str) -> tuple[int, Any]:
    sent = {"authorization": f"Bearer {server.secret_key}", "x-api-version": version, **headers}
    answer = httpx.post(f"{server.url}/v1/{path}", json=body, headers=sent)
    return answer.status_code, answer.json()


def statuses(autumn: Autumn, customer_id: str) -> list[tuple[str, str]]:
    customer = autumn.customers.get_or_create(customer_id=customer_id)
    return sorted((s.plan_id, str(s.status)) for s in customer.subscriptions)


# -- 1. upgrade or downgrade --------------------------------------------------------------------------


def test_monthly_25_after_annual_240_is_an_immediate_upgrade_crediting_the_unused_year(
    server: LocalAutumn, autumn: Autumn
) -> None:
    """An annual $240 is $20 a month, so $25 monthly costs more: shared/utils/productUtils/isProductUpgrade.ts,
    server/src/internal/billing/v2/actions/attach/setup/setupAttachTransitionContext.ts."""
    server.clock.advance(days=73)  # 292 of the year's 365 days are left
    status, preview = post(server, "billing.preview_attach", {"customer_id": "cus_annual", "plan_id": "monthly"}, "2.1")
    assert status == 200
    amounts = [line["amount"] for line in preview["line_items"]]
    assert amounts == [25, -round(240 * 292 / 365, 2)]
    autumn.billing.attach(customer_id="cus_annual", plan_id="monthly")
    assert statuses(autumn, "cus_annual") == [("monthly", "active")]


def test_annual_after_monthly_is_an_upgrade_though_it_costs_less_per_month(autumn: Autumn) -> None:
    """A longer billing interval is always an upgrade: shared/utils/productUtils/isProductUpgrade.ts."""
    autumn.billing.attach(customer_id="cus_monthly", plan_id="annual")
    assert statuses(autumn, "cus_monthly") == [("annual", "active")]


def test_cheaper_monthly_after_monthly_is_a_downgrade_at_period_end(autumn: Autumn) -> None:
    """shared/utils/productUtils/isProductUpgrade.ts: a lower monthly total is a downgrade."""
    autumn.billing.attach(customer_id="cus_monthly", plan_id="cheap")
    assert statuses(autumn, "cus_monthly") == [("cheap", "scheduled"), ("monthly", "active")]


def test_a_prepaid_seat_price_counts_toward_the_plans_total(autumn: Autumn) -> None:
    """$10 base + $30 prepaid seats is more than $25: prepaid prices count in
    shared/utils/productUtils/isProductUpgrade.ts (only pay-per-use prices are left out)."""
    autumn.billing.attach(
        customer_id="cus_monthly", plan_id="seats_plan", feature_quantities=[{"feature_id": "seats", "quantity": 1}]
    )
    assert statuses(autumn, "cus_monthly") == [("seats_plan", "active")]


def test_a_usage_only_plan_after_a_usage_only_plan_is_an_upgrade_even_at_a_lower_rate(autumn: Autumn) -> None:
    """shared/utils/productUtils/isProductUpgrade.ts: two pay-per-use plans always count as an upgrade."""
    autumn.billing.attach(customer_id="cus_usage", plan_id="usage_b")
    assert statuses(autumn, "cus_usage") == [("usage_b", "active")]


# -- 3. get_or_create fills in what an existing customer lacks ---------------------------------------


def test_get_or_create_on_an_existing_customer_fills_in_an_empty_name_and_valid_email_and_keeps_set_ones(
    server: LocalAutumn,
) -> None:
    """server/src/internal/customers/actions/updateCustomerData.ts, called from
    server/src/internal/customers/cache/fullSubject/actions/getOrCreateCachedFullSubject.ts."""
    body = {"customer_id": "cus_free", "email": "not-an-email", "send_email_receipts": True}
    assert post(server, "customers.get_or_create", body)[1]["email"] is None
    status, filled = post(server, "customers.get_or_create", {**body, "name": "Ada", "email": "ada@example.com"})
    assert status == 200
    assert (filled["name"], filled["email"], filled["send_email_receipts"]) == ("Ada", "ada@example.com", True)
    _, kept = post(server, "customers.get_or_create", {"customer_id": "cus_free", "name": "Bob", "email": "bob@example.com"})
    assert (kept["name"], kept["email"], kept["send_email_receipts"]) == ("Ada", "ada@example.com", True)


# -- 2. one trial per customer and per entity -------------------------------------------------------


def test_each_entity_gets_its_own_trial_of_a_plan_the_customer_already_trialled(server: LocalAutumn) -> None:
    """server/src/internal/customers/cusProducts/CusProductService.ts (getByFingerprint: "each entity
    gets its own trial"), server/src/internal/billing/v2/setup/trialContext/applyProductTrialConfig.ts."""

    def trial_line(entity_id: str | None) -> str:
        body = {"customer_id": "cus_free", "plan_id": "trial", **({"entity_id": entity_id} if entity_id else {})}
        status, preview = post(server, "billing.preview_attach", body, "2.1")
        assert status == 200, preview
        return str(preview["line_items"][0]["description"])

    for entity_id in ("e1", "e2"):
        assert (
            post(server, "entities.create", {"customer_id": "cus_free", "entity_id": entity_id, "feature_id": "seats"})[0] == 200
        )
    assert post(server, "billing.attach", {"customer_id": "cus_free", "plan_id": "trial"}, "2.1")[0] == 200
    assert "free trial" in trial_line("e1")
    assert post(server, "billing.attach", {"customer_id": "cus_free", "plan_id": "trial", "entity_id": "e1"}, "2.1")[0] == 200
    assert "free trial" in trial_line("e2")


# -- 4. balances.delete refuses paid and pooled balances ---------------------------------------------


def test_deleting_a_paid_balance_is_409_and_a_missing_one_404_both_invalid_request(server: LocalAutumn) -> None:
    """server/src/internal/balances/deleteBalance/deleteBalance.ts."""
    assert post(server, "billing.attach", {"customer_id": "cus_free", "plan_id": "usage_a"}, "2.1")[0] == 200
    status, refused = post(server, "balances.delete", {"customer_id": "cus_free", "feature_id": "messages"})
    assert (status, refused["code"]) == (409, "invalid_request")
    assert refused["message"].startswith("Cannot delete paid balance for feature messages")
    status, missing = post(server, "balances.delete", {"customer_id": "cus_free", "feature_id": "seats"})
    assert (status, missing["code"]) == (404, "invalid_request")
    body = {"customer_id": "cus_free", "feature_id": "seats", "included_grant": 2, "balance_id": "gift"}
    assert post(server, "balances.create", body)[0] == 200
    assert post(server, "balances.delete", {"customer_id": "cus_free", "feature_id": "seats"}) == (200, {"success": True})


# -- 5. track's timestamp -----------------------------------------------------------------------------


def test_track_with_a_timestamp_after_the_emulators_clock_is_400_and_one_before_it_is_accepted(server: LocalAutumn) -> None:
    """shared/api/balances/track/trackTimestamp.ts: "timestamp cannot be in the future"."""
    body = {"customer_id": "cus_free", "feature_id": "messages"}
    status, refused = post(server, "balances.track", {**body, "timestamp": START + DAY})
    assert (status, refused["code"]) == (400, "invalid_inputs")
    assert "timestamp cannot be in the future" in refused["message"]
    assert post(server, "balances.track", {**body, "timestamp": 0})[0] == 400
    assert post(server, "balances.track", {**body, "timestamp": START - DAY})[0] == 200
    server.clock.advance(days=2)
    assert post(server, "balances.track", {**body, "timestamp": START + DAY})[0] == 200


# -- 6. finalize's release takes no override_value ----------------------------------------------------


def test_finalize_release_with_an_override_value_is_400_and_keeps_the_lock(server: LocalAutumn) -> None:
    """shared/api/balances/finalizeLock/finalizeLockParamsV0.ts."""
    lock = {"enabled": True, "lock_id": "l1"}
    assert post(server, "balances.check", {"customer_id": "cus_free", "feature_id": "messages", "lock": lock})[0] == 200
    status, refused = post(server, "balances.finalize", {"lock_id": "l1", "action": "release", "override_value": 3})
    assert (status, refused["code"]) == (400, "invalid_inputs")
    assert refused["message"] == "override_value cannot be provided when action is release"
    assert post(server, "balances.finalize", {"lock_id": "l1", "action": "release"}) == (200, {"success": True})


# -- 7. idempotency keys -------------------------------------------------------------------------------


def test_an_idempotency_key_is_scoped_to_the_org_not_the_route(server: LocalAutumn) -> None:
    """server/src/internal/misc/idempotency/idempotencyKeyUtils.ts (the storage key is org:env:key)."""
    body = {"customer_id": "cus_free", "feature_id": "messages"}
    assert post(server, "balances.track", body, **{"idempotency-key": "k1"})[0] == 200
    status, refused = post(server, "balances.check", body, **{"idempotency-key": "k1"})
    assert (status, refused["code"]) == (409, "duplicate_idempotency_key")


def test_a_request_answered_409_keeps_its_idempotency_key_and_other_failures_release_it(server: LocalAutumn) -> None:
    """server/src/internal/misc/idempotency/withIdempotencyKey.ts (a 409 never releases the key)."""
    attach = {"customer_id": "cus_monthly", "plan_id": "monthly"}
    assert post(server, "billing.attach", attach, **{"idempotency-key": "k2"})[1]["code"] == "plan_already_attached"
    other = {"customer_id": "cus_monthly", "plan_id": "annual"}
    assert post(server, "billing.attach", other, **{"idempotency-key": "k2"})[1]["code"] == "duplicate_idempotency_key"
    unknown = {"customer_id": "cus_free", "feature_id": "nope"}
    assert post(server, "balances.track", unknown, **{"idempotency-key": "k3"})[0] == 404
    track = {"customer_id": "cus_free", "feature_id": "messages"}
    assert post(server, "balances.track", track, **{"idempotency-key": "k3"})[0] == 200


# -- 8. the server's error codes ------------------------------------------------------------------------


def test_a_duplicate_plan_is_400_product_already_exists_and_a_duplicate_entity_409_entity_already_exists(
    server: LocalAutumn,
) -> None:
    """server/src/internal/product/actions/createProduct.ts (ProductAlreadyExistsError),
    server/src/internal/entities/handlers/handleCreateEntity/getInputEntities.ts (EntityAlreadyExistsError)."""
    status, plan = post(server, "plans.create", {"plan_id": "monthly", "name": "Again"})
    assert (status, plan["code"]) == (400, "product_already_exists")
    entity = {"customer_id": "cus_free", "entity_id": "e1", "feature_id": "seats"}
    assert post(server, "entities.create", entity)[0] == 200
    status, again = post(server, "entities.create", entity)
    assert (status, again["code"]) == (409, "entity_already_exists")


@pytest.mark.parametrize("version", ["2.1", "2.3"])
def test_track_of_an_event_name_no_feature_lists_is_404_invalid_request_at_both_versions(
    server: LocalAutumn, version: str
) -> None:
    """server/src/internal/balances/track/utils/getFeatureDeductions.ts (getTrackEventNameDeductions)."""
    status, refused = post(server, "balances.track", {"customer_id": "cus_free", "event_name": "nope"}, version)
    assert (status, refused["code"]) == (404, "invalid_request")


# -- 9. batch_track and async track ---------------------------------------------------------------------


def test_batch_track_answers_200_and_an_unknown_customer_entity_or_boolean_feature_does_not_fail_it(
    server: LocalAutumn,
) -> None:
    """server/src/internal/balances/track/runBatchTrack.ts (only features are resolved before queueing),
    server/tests/unit/balances/track/handle-batch-track-status.test.ts (200)."""
    items = [
        {"customer_id": "cus_free", "feature_id": "messages", "value": 3},
        {"customer_id": "cus_nobody", "feature_id": "messages"},
        {"customer_id": "cus_free", "entity_id": "nobody", "feature_id": "messages"},
        {"customer_id": "cus_free", "feature_id": "sso"},
    ]
    assert post(server, "balances.batch_track", items) == (200, {"success": True})
    assert server.balance("cus_free", "messages")["remaining"] == 7  # type: ignore[index]
    assert "cus_nobody" not in server.store.customers
    status, refused = post(server, "balances.batch_track", [*items, {"customer_id": "cus_free", "feature_id": "nope"}])
    assert (status, refused["code"]) == (404, "feature_not_found")
    assert server.balance("cus_free", "messages")["remaining"] == 7  # type: ignore[index]


def test_async_track_for_an_unknown_customer_answers_202(server: LocalAutumn) -> None:
    """server/src/internal/balances/track/runBatchTrack.ts and queueTrack: a queued track is accepted
    once its features resolve; the customer is looked up by the worker."""
    body = {"customer_id": "cus_nobody", "feature_id": "messages", "async": True}
    status, answer = post(server, "balances.track", body)
    assert status == 202
    assert answer == {"customer_id": "cus_nobody", "value": 1, "balance": None}


# -- 10. lock rules on track ------------------------------------------------------------------------------


def test_track_by_event_name_with_a_lock_drops_the_lock_and_track_takes_a_lock_expiring_after_a_day(
    server: LocalAutumn,
) -> None:
    """server/src/internal/balances/track/utils/getFeatureDeductions.ts (only a feature_id track
    passes its lock on), server/src/internal/api/check/handleCheck.ts (only check limits expires_at)."""
    by_event = {"customer_id": "cus_free", "event_name": "chat", "lock": {"enabled": True, "lock_id": "ev"}}
    assert post(server, "balances.track", by_event)[0] == 200
    assert post(server, "balances.finalize", {"lock_id": "ev", "action": "release"})[0] == 400  # none was held
    far = {"enabled": True, "lock_id": "far", "expires_at": START + 2 * DAY}
    assert post(server, "balances.track", {"customer_id": "cus_free", "feature_id": "messages", "lock": far})[0] == 200
    assert server.balance("cus_free", "messages")["remaining"] == 8  # type: ignore[index]
    assert post(server, "balances.finalize", {"lock_id": "far", "action": "release"}) == (200, {"success": True})
    assert server.balance("cus_free", "messages")["remaining"] == 9  # type: ignore[index]
    status, refused = post(server, "balances.check", {"customer_id": "cus_free", "feature_id": "messages", "lock": far})
    assert (status, refused["code"]) == (400, "invalid_request")
