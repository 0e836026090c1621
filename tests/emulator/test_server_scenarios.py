"""Scenarios where the emulator answers as Autumn's server does, each citing the server file it follows.

Paths are in Autumn's repository (github.com/useautumn/autumn): ``server/src/...`` is the handler or
helper whose behaviour is followed, ``server/tests/...`` an integration test establishing it. Every
test drives the emulator through the SDK over HTTP on 127.0.0.1, at API version 2.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.testing import Clock, LocalAutumn
from autumn_sdk.utils import NO_RETRIES

START = 1_767_225_600_000  # 2026-01-01T00:00:00Z
DAY = 86_400_000
MONTH = {"interval": "month"}
PACKS = {"amount": 10, "billing_units": 100, "billing_method": "prepaid", "interval": "month"}

SEED: dict[str, Any] = {
    "features": [
        {"feature_id": "messages", "name": "Messages", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"feature_id": "images", "name": "Images", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"feature_id": "seats", "name": "Seats", "type": "metered", "consumable": False},
        {"feature_id": "sso", "name": "SSO", "type": "boolean"},
        {"feature_id": "action", "name": "Action", "type": "metered", "consumable": True},
        {
            "feature_id": "credits",
            "name": "Credits",
            "type": "credit_system",
            "credit_schema": [{"metered_feature_id": "action", "credit_cost": 2}],
        },
    ],
    "plans": [
        {
            "plan_id": "free",
            "name": "Free",
            "auto_enable": True,
            "items": [{"feature_id": "messages", "included": 10, "reset": MONTH}],
        },
        {
            "plan_id": "pro",
            "name": "Pro",
            "price": {"amount": 20, "interval": "month"},
            "items": [
                {"feature_id": "messages", "included": 100, "reset": MONTH},
                {"feature_id": "seats", "included": 3},
                {"feature_id": "sso"},
                {"feature_id": "action", "included": 5, "reset": MONTH},
                {"feature_id": "credits", "included": 100, "reset": MONTH},
            ],
        },
        {
            "plan_id": "premium",
            "name": "Premium",
            "price": {"amount": 50, "interval": "month"},
            "items": [{"feature_id": "messages", "included": 500, "reset": MONTH}],
        },
        {
            "plan_id": "pro_packs",
            "name": "Pro packs",
            "price": {"amount": 20, "interval": "month"},
            "items": [{"feature_id": "images", "included": 0, "price": PACKS}],
        },
        {
            "plan_id": "premium_packs",
            "name": "Premium packs",
            "price": {"amount": 50, "interval": "month"},
            "items": [{"feature_id": "images", "included": 0, "price": PACKS}],
        },
        {
            "plan_id": "lifetime_boost",
            "name": "Lifetime boost",
            "add_on": True,
            "items": [{"feature_id": "messages", "included": 50}],
        },
        {
            "plan_id": "top_up",
            "name": "Top-up",
            "price": {"amount": 5, "interval": "one_off"},
            "items": [{"feature_id": "messages", "included": 200}],
        },
        {
            "plan_id": "pro_trial",
            "name": "Pro trial",
            "price": {"amount": 20, "interval": "month"},
            "free_trial": {"duration_length": 7, "duration_type": "day", "card_required": True},
            "items": [{"feature_id": "messages", "included": 500, "reset": MONTH}],
        },
    ],
    "customers": [
        {"id": "cus_pro", "plans": ["pro"], "payment_method": True},
        {"id": "cus_free", "plans": ["free"], "payment_method": True},
        {"id": "cus_none", "plans": []},
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


def refused(call: Any, status: int, code: str) -> errors.AutumnDefaultError:
    with pytest.raises(errors.AutumnDefaultError) as caught:
        call()
    assert (caught.value.status_code, caught.value.code) == (status, code), caught.value.message
    return caught.value


def balance(autumn: Autumn, customer_id: str, feature_id: str, entity_id: str | None = None) -> Any:
    answer = autumn.check(customer_id=customer_id, feature_id=feature_id, **({"entity_id": entity_id} if entity_id else {}))
    assert answer.balance is not None
    return answer.balance


def own(autumn: Autumn, customer_id: str, feature_id: str) -> Any:
    """The feature's own balance, from the customer object (check would name a credit system)."""
    return autumn.customers.get_or_create(customer_id=customer_id).balances[feature_id]


def plans_of(autumn: Autumn, customer_id: str) -> list[tuple[str, str]]:
    customer = autumn.customers.get_or_create(customer_id=customer_id)
    return sorted((s.plan_id, str(s.status)) for s in customer.subscriptions) + sorted(
        (p.plan_id, "purchase") for p in customer.purchases
    )


# -- check and track ---------------------------------------------------------------------------------


def test_a_credit_system_pays_once_the_features_own_allowance_is_used_up(autumn: Autumn) -> None:
    """Own balance first, credits after: check reports the credit pool and converts the required
    amount; a track straddling both drains the own balance, then credits at credit_cost.

    shared/api/customers/cusFeatures/utils/check/getFeatureToUseForCheck.ts (check),
    server/src/internal/balances/utils/deductionV2/prepareFeatureDeductionV2.ts (getRelevantFeatures:
    the feature and its credit systems in one deduction), shared/utils/cusEntUtils/sortCusEntsForDeduction.ts
    (credit systems last); server/tests/integration/balances/check/basic/check-credit-systems.test.ts.
    """
    first = autumn.check(customer_id="cus_pro", feature_id="action")
    assert first.allowed and first.balance is not None and first.balance.feature_id == "action"
    tracked = autumn.track(customer_id="cus_pro", feature_id="action", value=7)  # 5 own, then 2 x 2 credits
    assert tracked.balance is not None and tracked.balance.feature_id == "action"  # the first that paid
    assert (own(autumn, "cus_pro", "action").remaining, own(autumn, "cus_pro", "credits").remaining) == (0, 96)
    check = autumn.check(customer_id="cus_pro", feature_id="action", required_balance=3)
    assert check.allowed and check.balance is not None and check.balance.feature_id == "credits"
    assert check.required_balance == 6  # in credits
    paid = autumn.check(customer_id="cus_pro", feature_id="action", send_event=True, required_balance=3)
    assert paid.allowed and paid.balance is not None and paid.balance.feature_id == "credits"
    assert own(autumn, "cus_pro", "credits").remaining == 90
    too_much = autumn.check(customer_id="cus_pro", feature_id="action", send_event=True, required_balance=46)
    assert not too_much.allowed and own(autumn, "cus_pro", "credits").remaining == 90  # refused whole


def test_a_refund_never_lifts_remaining_above_what_was_granted(autumn: Autumn) -> None:
    """A negative track gives usage back, capped at the grant; extra credit is dropped.

    server/src/_luaScriptsV2/fullSubjectDeduction/deductFromMainBalanceV2.lua (calculate_change:
    a refund's ceiling is the grant); server/tests/integration/balances/track/basic/track-negative.test.ts
    (track-negative1: usage 20, refund 50, balance 100).
    """
    autumn.track(customer_id="cus_pro", feature_id="messages", value=30)
    refunded = autumn.track(customer_id="cus_pro", feature_id="messages", value=-50)
    assert refunded.balance is not None
    assert (refunded.balance.granted, refunded.balance.remaining, refunded.balance.usage) == (100, 100, 0)


def test_a_refund_is_given_back_in_deduction_order(server: LocalAutumn, autumn: Autumn) -> None:
    """With a monthly and a lifetime grant, a refund first pays back the grant usage is taken from
    first (the monthly one), not the last one used.

    server/src/_luaScriptsV2/fullSubjectDeduction/runDeductionOnContextV2.lua (both passes walk the
    same sorted list for refunds), shared/utils/cusEntUtils/sortCusEntsForDeduction.ts.
    """
    autumn.billing.attach(customer_id="cus_pro", plan_id="lifetime_boost")
    autumn.track(customer_id="cus_pro", feature_id="messages", value=120)  # monthly 100, lifetime 20
    refunded = autumn.track(customer_id="cus_pro", feature_id="messages", value=-10)
    assert refunded.balance is not None and refunded.balance.breakdown is not None
    by_plan = {b.plan_id: b.usage for b in refunded.balance.breakdown}
    assert by_plan == {"pro": 90, "lifetime_boost": 20}


def test_a_free_seat_feature_records_usage_past_its_allowance(autumn: Autumn) -> None:
    """A non-consumable feature without a price is not capped by track (usage goes past the
    allowance); check still says no, and check with send_event refuses without deducting.

    server/src/internal/balances/utils/deductionV2/prepareFeatureDeductionV2.ts (isFreeAllocatedUsageAllowed
    unless overage_behavior is reject), server/src/internal/balances/check/runCheckWithTrackV2.ts
    (send_event tracks with reject); server/tests/balances/track/allocated/track-allocated1.test.ts
    (balance -4 after 5 tracks of a 1-seat allowance), track-negative.test.ts (track-negative3).
    """
    tracked = autumn.track(customer_id="cus_pro", feature_id="seats", value=5)
    assert tracked.balance is not None and (tracked.balance.remaining, tracked.balance.usage) == (0, 5)
    assert not autumn.check(customer_id="cus_pro", feature_id="seats").allowed
    assert not autumn.check(customer_id="cus_pro", feature_id="seats", send_event=True).allowed
    assert balance(autumn, "cus_pro", "seats").usage == 5
    back = autumn.track(customer_id="cus_pro", feature_id="seats", value=-3)
    assert back.balance is not None and (back.balance.remaining, back.balance.usage) == (1, 2)


def test_balances_with_the_same_interval_use_the_soonest_expiring_first(autumn: Autumn) -> None:
    """server/tests/integration/balances/track/basic/track-expiry-order.test.ts;
    shared/utils/cusEntUtils/sortCusEntsForDeduction.ts (expires_at, soonest first)."""
    autumn.balances.create(
        customer_id="cus_none", feature_id="images", included_grant=100, balance_id="later", expires_at=START + 365 * DAY
    )
    autumn.balances.create(
        customer_id="cus_none", feature_id="images", included_grant=100, balance_id="sooner", expires_at=START + 30 * DAY
    )
    autumn.track(customer_id="cus_none", feature_id="images", value=60)
    breakdown = balance(autumn, "cus_none", "images").breakdown
    assert {b.id: b.remaining for b in breakdown} == {"sooner": 40, "later": 100}


def test_a_lifetime_grants_breakdown_resets_one_off(server: LocalAutumn, autumn: Autumn) -> None:
    """A grant that never resets says ``reset: {interval: one_off, resets_at: null}``; a
    non-consumable feature's breakdown has no reset at all.

    shared/utils/cusEntUtils/balanceUtils/cusEntsToReset.ts,
    shared/utils/productV2Utils/productItemUtils/convertProductItem/planItemIntervals.ts (entIntvToResetIntv).
    """
    autumn.balances.create(customer_id="cus_none", feature_id="images", included_grant=5, balance_id="gift")
    raw = server.balance("cus_none", "images")
    assert raw is not None and raw["breakdown"][0]["reset"] == {"interval": "one_off", "resets_at": None}
    seats = server.balance("cus_pro", "seats")
    assert seats is not None and seats["breakdown"][0]["reset"] is None
    monthly = server.balance("cus_pro", "messages")
    assert monthly is not None and monthly["breakdown"][0]["reset"] == {"interval": "month", "resets_at": START + 31 * DAY}


def test_send_event_on_a_boolean_feature_is_400_and_tracking_one_is_a_no_op(autumn: Autumn) -> None:
    """server/src/internal/balances/check/runCheckWithTrackV2.ts (400 invalid_request);
    server/tests/integration/balances/track/basic/track-basic.test.ts (track-basic4: no-op, balance null)."""
    refused(lambda: autumn.check(customer_id="cus_pro", feature_id="sso", send_event=True), 400, "invalid_request")
    assert autumn.track(customer_id="cus_pro", feature_id="sso").balance is None
    assert autumn.check(customer_id="cus_pro", feature_id="sso").allowed


def test_track_by_event_name_skips_features_without_a_balance(autumn: Autumn) -> None:
    """Only messages of the two "chat" features has a balance: it is deducted, nothing is refused.

    server/src/internal/balances/track/utils/getFeatureDeductions.ts (getTrackEventNameDeductions),
    server/tests/integration/balances/track/basic/track-credit-system-all-balances.test.ts.
    """
    tracked = autumn.track(customer_id="cus_pro", event_name="chat", value=4)
    assert tracked.balance is not None and tracked.balance.feature_id == "messages" and tracked.balance.remaining == 96


def test_an_unlimited_grant_absorbs_the_usage_and_finite_ones_stay_untouched(autumn: Autumn) -> None:
    """server/src/internal/balances/utils/deductionV2/prepareFeatureDeductionV2.ts (the unlimited
    entry is hoisted first and is an infinite sink); server/tests/balances/track/breakdown/track-breakdown-unlimited.test.ts."""
    autumn.balances.create(customer_id="cus_pro", feature_id="messages", unlimited=True, balance_id="all_you_can_eat")
    tracked = autumn.track(customer_id="cus_pro", feature_id="messages", value=1000)
    assert tracked.balance is not None and tracked.balance.unlimited and tracked.balance.breakdown is not None
    assert {b.id: b.usage for b in tracked.balance.breakdown if b.id == "all_you_can_eat"} == {"all_you_can_eat": 1000}
    assert [b.remaining for b in tracked.balance.breakdown if b.plan_id == "pro"] == [100]


def test_check_allows_a_negative_required_balance_and_send_event_without_a_balance_is_denied(autumn: Autumn) -> None:
    """shared/api/customers/cusFeatures/utils/convert/apiBalanceToAllowed.ts (requiredBalance < 0 is
    allowed); server/src/internal/balances/check/runCheckWithTrackV2.ts (no entitlement: allowed false,
    balance null, nothing tracked)."""
    autumn.track(customer_id="cus_pro", feature_id="messages", value=100)
    assert autumn.check(customer_id="cus_pro", feature_id="messages", required_balance=-5).allowed
    denied = autumn.check(customer_id="cus_none", feature_id="images", send_event=True)
    assert (denied.allowed, denied.balance) == (False, None)
    assert autumn.events.list(customer_id="cus_none").list_ == []


def test_a_duplicate_balance_id_is_409(autumn: Autumn) -> None:
    """server/src/internal/balances/createBalance/validateCreateBalance.ts (409 invalid_request);
    server/tests/integration/balances/create/create-balance-with-id.test.ts (balance-id-create-2, -3)."""
    autumn.balances.create(customer_id="cus_pro", feature_id="images", included_grant=1, balance_id="dup")
    again = lambda: autumn.balances.create(customer_id="cus_pro", feature_id="images", included_grant=2, balance_id="dup")  # noqa: E731
    refused(again, 409, "invalid_request")
    autumn.balances.create(customer_id="cus_free", feature_id="images", included_grant=1, balance_id="dup")  # another customer


def test_usage_based_overage_stops_at_max_purchase() -> None:
    """check allows up to included + max_purchase; track places overage down to -max_purchase and
    drops the rest. server/tests/integration/balances/check/max-purchase/check-max-purchase.test.ts;
    server/src/internal/balances/utils/deductionV2/prepareFeatureDeductionV2.ts (min_balance = -maxOverage)."""
    price = {"amount": 0.5, "billing_units": 1, "billing_method": "usage_based", "max_purchase": 400}
    seed = {
        "features": [{"feature_id": "messages", "type": "metered", "consumable": True}],
        "plans": [{"plan_id": "metered", "items": [{"feature_id": "messages", "included": 100, "reset": MONTH, "price": price}]}],
        "customers": [{"id": "cus_m", "plans": ["metered"], "payment_method": True}],
    }
    with (
        LocalAutumn(seed, clock=Clock(start_ms=START)) as running,
        Autumn(secret_key=running.secret_key, server_url=running.url, x_api_version="2.1", retry_config=NO_RETRIES) as autumn,
    ):
        assert autumn.check(customer_id="cus_m", feature_id="messages", required_balance=500).allowed
        assert not autumn.check(customer_id="cus_m", feature_id="messages", required_balance=501).allowed
        tracked = autumn.track(customer_id="cus_m", feature_id="messages", value=600)
        assert tracked.balance is not None and (tracked.balance.usage, tracked.balance.remaining) == (500, 0)
        assert not autumn.check(customer_id="cus_m", feature_id="messages").allowed


# -- entities ----------------------------------------------------------------------------------------

PER_SEAT: dict[str, Any] = {
    "features": [
        {"feature_id": "messages", "name": "Messages", "type": "metered", "consumable": True},
        {"feature_id": "users", "name": "Users", "type": "metered", "consumable": False},
    ],
    "plans": [
        {
            "plan_id": "team",
            "name": "Team",
            "items": [
                {"feature_id": "users", "included": 5},
                {"feature_id": "messages", "included": 100, "reset": MONTH},
                {"feature_id": "messages", "included": 20, "reset": MONTH, "entity_feature_id": "users"},
            ],
        }
    ],
    "customers": [
        {"id": "acme", "plans": ["team"], "entities": [{"id": "u1", "feature_id": "users"}, {"id": "u2", "feature_id": "users"}]}
    ],
}


@pytest.fixture
def team() -> Iterator[Autumn]:
    with (
        LocalAutumn(PER_SEAT, clock=Clock(start_ms=START)) as running,
        Autumn(secret_key=running.secret_key, server_url=running.url, x_api_version="2.1", retry_config=NO_RETRIES) as client,
    ):
        yield client


def test_a_customer_level_check_sees_the_entities_pools(team: Autumn) -> None:
    """server/tests/integration/balances/check/per-entity/check-customer-level-per-entity-feature.test.ts;
    shared/utils/cusEntUtils/filterCusEntUtils.ts (cusEntMatchesEntity)."""
    assert balance(team, "acme", "messages").remaining == 100 + 2 * 20
    team.track(customer_id="acme", feature_id="messages", value=130)  # the customer's own pool first
    assert balance(team, "acme", "messages").remaining == 10
    assert balance(team, "acme", "messages", "u1").remaining + balance(team, "acme", "messages", "u2").remaining == 10


def test_an_entity_uses_its_own_pool_before_the_customers(team: Autumn) -> None:
    """shared/utils/cusEntUtils/sortCusEntsForDeduction.ts: with an entity_id, entity-level balances
    are deducted before the customer's shared one."""
    team.track(customer_id="acme", feature_id="messages", value=25, entity_id="u1")
    seat = balance(team, "acme", "messages", "u1")
    assert {(b.plan_id, b.included_grant): b.remaining for b in seat.breakdown} == {("team", 20): 0, ("team", 100): 95}
    assert balance(team, "acme", "messages", "u2").remaining == 20 + 95


def test_creating_an_entity_past_the_seat_allowance_still_creates_it(team: Autumn) -> None:
    """server/src/internal/entities/handlers/handleCreateEntity/createEntityForCusProduct.ts: the seat
    balance is decremented past zero; only a usage limit on the item refuses the entity."""
    for n in range(3, 7):  # acme has u1 and u2 of 5 seats
        team.entities.create(customer_id="acme", entity_id=f"u{n}", feature_id="users")
    seats = team.customers.get_or_create(customer_id="acme").balances["users"]
    assert (seats.usage, seats.remaining) == (6, 0)


# -- plan lifecycle ---------------------------------------------------------------------------------


def test_attaching_the_current_or_a_canceling_plan_is_409(autumn: Autumn) -> None:
    """server/src/internal/billing/v2/actions/attach/errors/handleCurrentCustomerProductErrors.ts;
    server/tests/integration/billing/attach/errors/attach-basic-errors.test.ts (tests 1-3)."""
    refused(lambda: autumn.billing.attach(customer_id="cus_pro", plan_id="pro"), 409, "plan_already_attached")
    autumn.billing.attach(customer_id="cus_free", plan_id="premium")
    autumn.billing.attach(customer_id="cus_free", plan_id="pro")  # a downgrade: premium is canceling
    assert plans_of(autumn, "cus_free") == [("premium", "active"), ("pro", "scheduled")]
    refused(lambda: autumn.billing.attach(customer_id="cus_free", plan_id="premium"), 409, "plan_already_attached")
    autumn.billing.update(customer_id="cus_free", plan_id="premium", cancel_action="uncancel")  # the way back
    assert plans_of(autumn, "cus_free") == [("premium", "active")]


def test_a_one_off_plan_can_be_bought_twice_and_beside_the_main_plan(autumn: Autumn) -> None:
    """A one-off plan is not a main recurring plan: it replaces nothing, and each purchase adds up.

    server/src/internal/billing/v2/actions/attach/setup/setupAttachTransitionContext.ts (isMainRecurring);
    server/tests/integration/billing/attach/new-plan/attach-one-time.test.ts (onetime-cumulative,
    onetime-leaves-pro).
    """
    autumn.billing.attach(customer_id="cus_pro", plan_id="top_up")
    autumn.billing.attach(customer_id="cus_pro", plan_id="top_up")
    assert plans_of(autumn, "cus_pro") == [("pro", "active"), ("top_up", "purchase"), ("top_up", "purchase")]
    assert balance(autumn, "cus_pro", "messages").remaining == 100 + 2 * 200
    invoices = autumn.customers.get_or_create(customer_id="cus_pro").invoices or []
    assert [i.total for i in invoices] == [5, 5]


def test_cancelling_the_default_plan_leaves_no_plan(autumn: Autumn) -> None:
    """The default plan is not brought back to replace itself; and a free plan has no cycle to end.

    server/src/internal/billing/v2/actions/updateSubscription/setup/setupDefaultProductContext.ts,
    server/src/internal/billing/v2/actions/updateSubscription/errors/handleCancelEndOfCycleErrors.ts;
    server/tests/integration/billing/update-subscription/errors/cancel-errors.test.ts (test 4).
    """
    refused(
        lambda: autumn.billing.update(customer_id="cus_free", plan_id="free", cancel_action="cancel_end_of_cycle"),
        400,
        "invalid_request",
    )
    autumn.billing.update(customer_id="cus_free", plan_id="free", cancel_action="cancel_immediately")
    assert plans_of(autumn, "cus_free") == []


def test_cancel_at_end_of_cycle_schedules_the_default_plan_and_uncancel_removes_it(server: LocalAutumn, autumn: Autumn) -> None:
    """server/src/internal/billing/v2/actions/updateSubscription/compute/cancel/computeDefaultCustomerProduct.ts
    (a scheduled default product at the end of the cycle), .../compute/cancel/applyUncancelToPlan.ts."""
    autumn.billing.update(customer_id="cus_pro", plan_id="pro", cancel_action="cancel_end_of_cycle")
    customer = autumn.customers.get_or_create(customer_id="cus_pro")
    starts = {s.plan_id: (str(s.status), s.started_at) for s in customer.subscriptions}
    assert starts == {"pro": ("active", START), "free": ("scheduled", START + 31 * DAY)}
    autumn.billing.update(customer_id="cus_pro", plan_id="pro", cancel_action="uncancel")
    assert plans_of(autumn, "cus_pro") == [("pro", "active")]
    autumn.billing.update(customer_id="cus_pro", plan_id="pro", cancel_action="cancel_end_of_cycle")
    server.clock.advance(days=31)
    assert plans_of(autumn, "cus_pro") == [("free", "active")]


def test_uncancel_of_an_active_plan_is_a_no_op(autumn: Autumn) -> None:
    """server/src/internal/billing/v2/actions/updateSubscription/errors/handleUncancelErrors.ts."""
    autumn.billing.update(customer_id="cus_pro", plan_id="pro", cancel_action="uncancel")
    assert plans_of(autumn, "cus_pro") == [("pro", "active")]


def test_cancelling_a_scheduled_downgrade_keeps_the_current_plan(autumn: Autumn) -> None:
    """server/tests/integration/billing/update-subscription/errors/cancel-errors.test.ts (test 1)."""
    autumn.billing.attach(customer_id="cus_free", plan_id="premium")
    autumn.billing.attach(customer_id="cus_free", plan_id="pro")
    autumn.billing.update(customer_id="cus_free", plan_id="pro", cancel_action="cancel_immediately")
    customer = autumn.customers.get_or_create(customer_id="cus_free")
    assert [(s.plan_id, str(s.status), s.canceled_at) for s in customer.subscriptions] == [("premium", "active", None)]


def test_an_update_must_change_something_and_name_a_plan_the_customer_has(autumn: Autumn) -> None:
    """shared/api/billing/updateSubscription/updateSubscriptionV1Params.ts (at least one update field:
    400 invalid_inputs); server/src/internal/billing/v2/actions/updateSubscription/setup/findTargetCustomerProduct.ts
    (404 cus_product_not_found); server/tests/integration/billing/update-subscription/errors/update-errors-basic.test.ts."""
    refused(lambda: autumn.billing.update(customer_id="cus_pro", plan_id="pro"), 400, "invalid_inputs")
    refused(
        lambda: autumn.billing.update(customer_id="cus_pro", plan_id="premium", cancel_action="cancel_immediately"),
        404,
        "cus_product_not_found",
    )


def test_cancelling_immediately_refunds_base_and_prepaid_packs_with_a_credit_invoice(server: LocalAutumn, autumn: Autumn) -> None:
    """server/src/internal/billing/v2/actions/updateSubscription/compute/cancel/computeCancelLineItems.ts;
    server/tests/integration/billing/update-subscription/cancel/immediately/cancel-immediately-billing.test.ts
    (test 1: base + prepaid refunded, the invoice matches the preview, two invoices)."""
    quantities = [{"feature_id": "images", "quantity": 300}]
    autumn.billing.attach(customer_id="cus_free", plan_id="pro_packs", feature_quantities=quantities)  # 20 + 3 x 10
    server.clock.advance(days=15.5)  # half of January
    preview = autumn.billing.preview_update(customer_id="cus_free", plan_id="pro_packs", cancel_action="cancel_immediately")
    assert preview.total == -25
    autumn.billing.update(customer_id="cus_free", plan_id="pro_packs", cancel_action="cancel_immediately")
    invoices = autumn.customers.get_or_create(customer_id="cus_free").invoices or []
    assert [i.total for i in invoices] == [50, -25]
    assert plans_of(autumn, "cus_free") == [("free", "active")]


def test_an_upgrade_credits_the_unused_prepaid_packs_too(autumn: Autumn) -> None:
    """server/tests/integration/billing/attach/immediate-switch/paid-features/immediate-switch-prepaid.test.ts
    (test 2: $20 + 2 packs to $50 + 5 packs at the start of the cycle is $60)."""
    two_packs = [{"feature_id": "images", "quantity": 200}]
    autumn.billing.attach(customer_id="cus_free", plan_id="pro_packs", feature_quantities=two_packs)
    preview = autumn.billing.preview_attach(
        customer_id="cus_free", plan_id="premium_packs", feature_quantities=[{"feature_id": "images", "quantity": 500}]
    )
    assert preview.total == 60
    fewer = autumn.billing.preview_attach(  # test 3's arithmetic: fewer packs on the dearer plan can cost nothing now
        customer_id="cus_free", plan_id="premium_packs", feature_quantities=[{"feature_id": "images", "quantity": 0}]
    )
    assert fewer.total == 10  # 50 - (20 + 2 x 10)


def test_a_trial_starts_with_a_zero_invoice_and_resets_at_its_end(autumn: Autumn) -> None:
    """server/tests/integration/billing/attach/free-trial/trial-basic.test.ts (test 1: one invoice of 0,
    resetsAt at the trial's end, next_cycle at the trial's end for the full price)."""
    preview = autumn.billing.preview_attach(customer_id="cus_free", plan_id="pro_trial")
    assert preview.total == 0 and preview.next_cycle is not None
    assert (preview.next_cycle.starts_at, preview.next_cycle.total) == (START + 7 * DAY, 20)
    autumn.billing.attach(customer_id="cus_free", plan_id="pro_trial")
    customer = autumn.customers.get_or_create(customer_id="cus_free")
    assert [i.total for i in customer.invoices or []] == [0]
    assert customer.subscriptions[0].trial_ends_at == START + 7 * DAY
    assert balance(autumn, "cus_free", "messages").next_reset_at == START + 7 * DAY


# -- customers, errors, events ----------------------------------------------------------------------


def test_customers_list_total_counts_the_page_and_has_more_means_a_full_page(autumn: Autumn) -> None:
    """At 2.1 (offset pages): server/src/internal/customers/handlers/handleListCustomersV2.ts
    (total = customers on the page, has_more = the page is full, total_count beside)."""
    page = autumn.customers.list(limit=2)
    assert (page.total, page.has_more, page.additional_properties["total_count"]) == (2, True, 3)
    last = autumn.customers.list(offset=2, limit=2)
    assert (last.total, last.has_more) == (1, False)
    full_last = autumn.customers.list(offset=1, limit=2)
    assert (full_last.total, full_last.has_more) == (2, True)  # a full last page still says more
    assert autumn.customers.list(offset=3, limit=2).list_ == []
    assert sorted(c.id for c in autumn.customers.list_all(limit=2)) == ["cus_free", "cus_none", "cus_pro"]


def test_events_list_total_counts_the_page_and_has_more_means_another_follows(autumn: Autumn) -> None:
    """server/src/internal/analytics/actions/listEvents.ts (fetches limit + 1: has_more only when
    another event exists; total = events on the page)."""
    for value in (1, 2, 3):
        autumn.track(customer_id="cus_pro", feature_id="messages", value=value)
    page = autumn.events.list(customer_id="cus_pro", limit=2)
    assert (page.total, page.has_more) == (2, True)
    rest = autumn.events.list(customer_id="cus_pro", offset=2, limit=2)
    assert (rest.total, rest.has_more, [e.value for e in rest.list_]) == (1, False, [1])
    exact = autumn.events.list(customer_id="cus_pro", limit=3)
    assert (exact.total, exact.has_more) == (3, False)  # unlike customers.list, a full last page says no more


def test_error_codes_follow_the_server(autumn: Autumn) -> None:
    """Unknown plan: shared/api/errors/classes/productErrClasses.ts (404 product_not_found).
    feature_id with event_name: shared/api/balances/track/trackParams.ts (a 400 validation error).
    Unknown event: server/src/internal/balances/track/utils/getFeatureDeductions.ts (404).
    A paid auto_enable_plan_id: server/src/internal/customers/actions/createWithDefaults/setup/setupDefaultProductsContext.ts.
    """
    refused(lambda: autumn.billing.attach(customer_id="cus_pro", plan_id="nope"), 404, "product_not_found")
    refused(lambda: autumn.plans.get(plan_id="nope"), 404, "product_not_found")
    refused(lambda: autumn.track(customer_id="cus_pro", feature_id="messages", event_name="chat"), 400, "invalid_inputs")
    refused(lambda: autumn.track(customer_id="cus_pro", event_name="nope"), 404, "invalid_request")
    refused(lambda: autumn.customers.get_or_create(customer_id="cus_x", auto_enable_plan_id="pro"), 400, "invalid_request")
    made = autumn.customers.get_or_create(customer_id="cus_y", auto_enable_plan_id="free")
    assert [s.plan_id for s in made.subscriptions] == ["free"]


def test_aggregate_on_a_frozen_clock_counts_the_tracks_of_that_instant(server: LocalAutumn, autumn: Autumn) -> None:
    """A named range runs up to and including now: server/src/internal/analytics/actions/aggregate.ts
    (calculateDateRange ends at now; the bins run while current <= end)."""
    autumn.track(customer_id="cus_pro", feature_id="messages", value=3)
    chart = autumn.events.aggregate(customer_id="cus_pro", feature_id="messages", range="24h")
    assert chart.total is not None and chart.total["messages"].sum_ == 3
