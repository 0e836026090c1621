"""Ordinary user code, one snippet a function, checked by mypy --strict in test_user_code.py.

A line ending in ``# E`` must be an error (the call fails at run time, or the name does not exist);
every other line must pass. Not imported by the tests: mypy reads it.
"""

from __future__ import annotations

import asyncio

from autumn_sdk import Autumn, AutumnV2_1, AutumnV2_3, errors, models, utils, webhooks
from autumn_sdk.models import UNSET, Unset, v2_1
from autumn_sdk.utils import NO_RETRIES, RetryConfig


def s01_default_version_is_2_3() -> AutumnV2_3:
    return Autumn(secret_key="am_sk_test")


def s02_seed_version() -> AutumnV2_1:
    return Autumn(secret_key="am_sk_test", x_api_version="2.1")


def s03_unknown_version() -> None:
    Autumn(secret_key="am_sk_test", x_api_version="2.2")  # E


def s04_check_allowed(autumn: AutumnV2_3) -> bool:
    return autumn.check(customer_id="cus_1", feature_id="messages").allowed


def s05_check_misspelt_argument(autumn: AutumnV2_3) -> None:
    autumn.check(customer_id="cus_1", feture_id="messages")  # E


def s06_feature_type_typo(autumn: AutumnV2_3) -> None:
    autumn.features.create(feature_id="seats", name="Seats", type_="meterd")  # E


def s07_feature_type_string(autumn: AutumnV2_3) -> None:
    autumn.features.create(feature_id="seats", name="Seats", type_="metered")


def s08_feature_type_member(autumn: AutumnV2_3) -> None:
    autumn.features.create(feature_id="seats", name="Seats", type_=models.FeatureType.METERED)


def s09_range_typo(autumn: AutumnV2_3) -> None:
    autumn.events.aggregate(customer_id="cus_1", feature_id="messages", range="7days")  # E


def s10_range_ok(autumn: AutumnV2_3) -> None:
    autumn.events.aggregate(customer_id="cus_1", feature_id="messages", range="7d")


def s11_misspelt_model(autumn: AutumnV2_3) -> None:
    quantities = [models.FeatureQuantty(feature_id="seats")]  # E
    autumn.billing.attach(customer_id="cus_1", plan_id="pro", feature_quantities=quantities)


def s12_model_argument(autumn: AutumnV2_3) -> None:
    autumn.billing.attach(
        customer_id="cus_1", plan_id="pro", feature_quantities=[models.FeatureQuantity(feature_id="seats", quantity=3)]
    )


def s13_dict_argument(autumn: AutumnV2_3) -> None:
    autumn.billing.attach(customer_id="cus_1", plan_id="pro", feature_quantities=[{"feature_id": "seats", "quantity": 3}])


def s14_dict_argument_misspelt_key(autumn: AutumnV2_3) -> None:
    autumn.billing.attach(customer_id="cus_1", plan_id="pro", feature_quantities=[{"feature_id": "seats", "quantiy": 3}])  # E


def s15_dict_argument_wrong_type(autumn: AutumnV2_3) -> None:
    autumn.billing.attach(customer_id="cus_1", plan_id="pro", feature_quantities=[{"feature_id": "seats", "quantity": "3"}])  # E


def s16_unset_from_models() -> Unset:
    return UNSET


def s17_unset_from_utils() -> bool:
    return utils.UNSET is UNSET and isinstance(utils.UNSET, utils.Unset)


def s18_preview_unnarrowed(autumn: AutumnV2_3) -> str:
    res = autumn.check(customer_id="cus_1", feature_id="messages", with_preview=True)
    return res.preview.scenario  # E


def s19_preview_narrowed(autumn: AutumnV2_3) -> bool:
    res = autumn.check(customer_id="cus_1", feature_id="messages", with_preview=True)
    if res.allowed or not res.preview:
        return False
    return res.preview.scenario == "usage_limit"


def s20_balance_optional(autumn: AutumnV2_3) -> float | None:
    res = autumn.check(customer_id="cus_1", feature_id="messages")
    return res.balance.remaining  # E


def s21_balance_narrowed(autumn: AutumnV2_3) -> float | None:
    res = autumn.check(customer_id="cus_1", feature_id="messages")
    return res.balance.remaining if res.balance else None


def s22_2_1_has_no_licenses(old: AutumnV2_1) -> None:
    old.licenses.list(customer_id="cus_1")  # E


def s23_2_3_licenses(autumn: AutumnV2_3) -> None:
    autumn.licenses.list(customer_id="cus_1")


def s24_2_1_check_has_no_flag(old: AutumnV2_1) -> None:
    print(old.check(customer_id="cus_1", feature_id="messages").flag)  # E


def s25_2_1_answer_class(old: AutumnV2_1) -> v2_1.CheckResponse:
    return old.check(customer_id="cus_1", feature_id="messages")


def s26_2_1_answer_is_not_2_3(old: AutumnV2_1) -> models.CheckResponse:
    return old.check(customer_id="cus_1", feature_id="messages")  # E


def s27_2_1_range_typo(old: AutumnV2_1) -> None:
    old.events.aggregate(customer_id="cus_1", feature_id="messages", range="7days")  # E


def s28_2_1_bin_size_not_in_2_1(old: AutumnV2_1) -> None:
    old.events.aggregate(customer_id="cus_1", feature_id="messages", range="7d", bin_size="week")  # E


def s29_2_3_bin_size(autumn: AutumnV2_3) -> None:
    autumn.events.aggregate(customer_id="cus_1", feature_id="messages", range="7d", bin_size="week")


def s30_track_value_type(autumn: AutumnV2_3) -> None:
    autumn.track(customer_id="cus_1", feature_id="messages", value="1")  # E


def s31_track_ok(autumn: AutumnV2_3) -> float:
    return autumn.track(customer_id="cus_1", feature_id="messages", value=1).value


def s32_list_all(autumn: AutumnV2_3) -> list[str | None]:
    return [c.id for c in autumn.customers.list_all(limit=100)]


async def s33_async(autumn: AutumnV2_3) -> bool:
    res = await autumn.check_async(customer_id="cus_1", feature_id="messages")
    return res.allowed


def s34_async_not_awaited(autumn: AutumnV2_3) -> bool:
    return autumn.check_async(customer_id="cus_1", feature_id="messages").allowed  # E


def s35_errors(autumn: AutumnV2_3) -> int | None:
    try:
        autumn.track(customer_id="cus_1", feature_id="messages")
    except errors.NotFoundError as e:
        return e.status_code
    return None


def s36_misspelt_error_class() -> type[Exception]:
    return errors.NotFound  # E


def s37_retries(autumn: AutumnV2_3) -> None:
    autumn.check(customer_id="cus_1", feature_id="messages", retries=NO_RETRIES)
    Autumn(secret_key="am_sk_test", retry_config=RetryConfig("backoff", max_retries=5))


def s38_batch_track(autumn: AutumnV2_3) -> None:
    autumn.batch_track(request=[{"customer_id": "cus_1", "feature_id": "messages", "value": 1}])


def s39_batch_track_not_in_2_1(old: AutumnV2_1) -> None:
    old.batch_track(request=[{"customer_id": "cus_1", "feature_id": "messages", "value": 1}])  # E


def s40_lock_typed_dict(autumn: AutumnV2_3) -> None:
    autumn.check(customer_id="cus_1", feature_id="credits", lock={"enabled": True, "lock_id": "l1"})


def s41_finalize_action_typo(autumn: AutumnV2_3) -> None:
    autumn.balances.finalize(lock_id="l1", action="confrim")  # E


def s42_webhook_event(body: bytes, headers: dict[str, str]) -> str:
    event = webhooks.verify(body, headers, secret="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
    return event.type


def s43_customer_name_clear(autumn: AutumnV2_3) -> None:
    autumn.customers.update(customer_id="cus_1", name=None)


def s44_nowait(autumn: AutumnV2_3) -> None:
    autumn.track_nowait(customer_id="cus_1", feature_id="messages", value=1)


def s45_plan_interval_typo(autumn: AutumnV2_3) -> None:
    autumn.billing.attach(customer_id="cus_1", plan_id="pro", plan_schedule="end_of_cylce")  # E


def s46_asyncio_run(autumn: AutumnV2_3) -> bool:
    return asyncio.run(s33_async(autumn))


def s47_webhook_data_narrowed(event: webhooks.WebhookEvent) -> str | None:
    if isinstance(event.data, models.BalancesLimitReachedData):
        return event.data.customer_id
    return None


def s48_webhook_data_field_typo(event: webhooks.WebhookEvent) -> object:
    if isinstance(event.data, models.BalancesLimitReachedData):
        return event.data.customer_idd  # E
    return None


def s49_webhook_data_unnarrowed(event: webhooks.WebhookEvent) -> object:
    return event.data.customer_id  # E


def s50_webhook_unknown_event_dict(event: webhooks.WebhookEvent) -> object:
    if isinstance(event.data, dict):
        return event.data.get("customer_id")
    return None


def s51_2_1_misspelt_model() -> object:
    return v2_1.FeatureQuantty  # E


def s52_2_1_model(old: AutumnV2_1) -> None:
    old.billing.attach(customer_id="cus_1", plan_id="pro", feature_quantities=[v2_1.FeatureQuantity(feature_id="seats")])


def s53_nested_field_read(autumn: AutumnV2_3) -> float:
    # A field that holds objects (built when first read) is typed like any other.
    balance = autumn.check(customer_id="cus_1", feature_id="messages").balance
    return balance.remaining if balance is not None else 0.0


def s54_misspelt_answer_field(autumn: AutumnV2_3) -> object:
    # The models' __getattr__ (which builds those fields) is hidden from mypy: a typo stays an error.
    return autumn.check(customer_id="cus_1", feature_id="messages").balanse  # E
