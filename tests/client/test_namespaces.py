"""The namespaces on the wire: nested arguments, null versus unset, pagination, reads and changes.

Against the real loopback server; bodies are compared byte for byte where the order matters.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from mypy import api as mypy_api

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import BackoffStrategy, RetryConfig
from tests.loopback import SECRET_KEY, LoopbackServer, Reply

FAST_RETRIES = RetryConfig("backoff", BackoffStrategy(1, 1, 1.0, 2000), True)


def customer(customer_id: str) -> dict[str, Any]:
    return {
        "id": customer_id,
        "name": None,
        "email": None,
        "created_at": 1,
        "fingerprint": None,
        "stripe_id": None,
        "env": "sandbox",
        "metadata": {},
        "send_email_receipts": False,
        "billing_controls": {},
        "subscriptions": [],
        "purchases": [],
        "balances": {},
    }


def page(ids: list[str], offset: int, has_more: bool) -> dict[str, Any]:
    return {"list": [customer(i) for i in ids], "has_more": has_more, "offset": offset, "limit": 2, "total": 5}


def test_nullable_none_is_sent_as_null_and_unset_is_not_sent(server: LoopbackServer, autumn: Autumn) -> None:
    server.enqueue(Reply(200, customer("c")), Reply(200, customer("c")))
    autumn.customers.update(customer_id="c", name=None, email="a@b.test")
    autumn.customers.update(customer_id="c")
    first, second = server.requests
    assert first.body == b'{"customer_id":"c","name":null,"email":"a@b.test"}'
    assert second.body == b'{"customer_id":"c"}'
    assert first.path == "/v1/customers.update" and first.headers["x-api-version"] == "2.1"
    assert first.headers["idempotency-key"] != second.headers["idempotency-key"]  # a change: a fresh key per call


def test_nested_arguments_take_models_and_dicts_and_reach_the_wire_unchanged(server: LoopbackServer, autumn: Autumn) -> None:
    answer = {"customer_id": "c", "payment_url": "https://pay.example.test/x"}
    server.enqueue(Reply(200, answer))
    res = autumn.billing.attach(
        customer_id="c",
        plan_id="pro",
        feature_quantities=[models.FeatureQuantity(feature_id="seats", quantity=3), {"feature_id": "credits", "quantity": 10}],
        customize={"price": {"amount": 20, "interval": models.BillingInterval.MONTH}},
        proration_behavior="none",
    )
    assert isinstance(res, models.AttachResponse) and res.payment_url == answer["payment_url"]
    [request] = server.requests
    assert request.json == {
        "customer_id": "c",
        "plan_id": "pro",
        "feature_quantities": [{"feature_id": "seats", "quantity": 3}, {"feature_id": "credits", "quantity": 10}],
        "customize": {"price": {"amount": 20, "interval": "month"}},
        "proration_behavior": "none",
    }
    assert request.headers["idempotency-key"]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"feature_quantities": [{"feature_id": "seats", "quantity": "3"}]},
            TypeError,
            "feature_quantities[0].quantity: expected a number",
        ),
        (
            {"feature_quantities": [{"feature_id": "seats", "quantiy": 3}]},
            ValueError,
            "feature_quantities[0].quantiy: unknown key",
        ),
        ({"feature_quantities": [{"quantity": 3}]}, ValueError, "feature_quantities[0].feature_id: required, missing"),
        ({"feature_quantities": {"feature_id": "seats"}}, TypeError, "feature_quantities: expected an array"),
        ({"proration_behavior": "sometimes"}, ValueError, "proration_behavior must be one of"),
        (
            {"customize": {"items": [{"feature_id": "m", "reset": {"interval": "montly"}}]}},
            ValueError,
            "customize.items[0].reset.interval",
        ),
        ({"plan_id": 7}, TypeError, "plan_id must be a str"),
    ],
)
def test_bad_nested_input_is_refused_before_any_io_naming_the_path(
    server: LoopbackServer, autumn: Autumn, kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    arguments: dict[str, Any] = {"customer_id": "c", "plan_id": "pro", **kwargs}
    with pytest.raises(error) as caught:
        autumn.billing.attach(**arguments)
    assert message in str(caught.value)
    assert server.requests == []


def test_list_all_iterates_every_page_lazily(server: LoopbackServer, autumn: Autumn) -> None:
    server.enqueue(
        Reply(200, page(["a", "b"], 0, True)), Reply(200, page(["c", "d"], 2, True)), Reply(200, page(["e"], 4, False))
    )
    items = autumn.customers.list_all(limit=2, search="x")
    assert server.requests == []  # nothing fetched before the iteration asks
    first = next(items)
    assert isinstance(first, models.CustomerListItem) and first.id == "a"
    assert len(server.requests) == 1
    assert [first.id] + [c.id for c in items] == ["a", "b", "c", "d", "e"]
    assert [r.json for r in server.requests] == [
        {"offset": 0, "limit": 2, "search": "x"},
        {"offset": 2, "limit": 2, "search": "x"},
        {"offset": 4, "limit": 2, "search": "x"},
    ]
    assert all("idempotency-key" not in r.headers for r in server.requests)  # a read


async def test_list_all_async_iterates_every_page(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, page(["a", "b"], 0, True)), Reply(200, page([], 2, True)))
    async with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
        ids = [c.id async for c in autumn.customers.list_all_async(limit=2)]
    assert ids == ["a", "b"]  # an empty page ends it even when the server says has_more
    assert [r.json["offset"] for r in server.requests] == [0, 2]


def test_list_all_checks_its_arguments_before_any_io(server: LoopbackServer, autumn: Autumn) -> None:
    with pytest.raises(TypeError, match="limit"):
        autumn.customers.list_all(limit="ten")  # type: ignore[arg-type]
    assert server.requests == []


def test_a_read_is_retried_without_a_key_and_a_change_reuses_its_key(server: LoopbackServer) -> None:
    plan = {"list": []}
    server.enqueue(Reply(503), Reply(200, plan), Reply(503), Reply(200, {"success": True}))
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=FAST_RETRIES) as autumn:
        assert autumn.plans.list().list_ == []
        assert autumn.balances.delete(customer_id="c", feature_id="m").success is True
    read1, read2, change1, change2 = server.requests
    assert "idempotency-key" not in read1.headers and "idempotency-key" not in read2.headers
    assert change1.headers["idempotency-key"] == change2.headers["idempotency-key"]


def test_a_repeated_change_is_already_applied(server: LoopbackServer, autumn: Autumn) -> None:
    server.enqueue(Reply(409, {"message": "dup", "code": "duplicate_idempotency_key", "env": "sandbox"}))
    with pytest.raises(errors.AlreadyAppliedError) as caught:
        autumn.billing.attach(customer_id="c", plan_id="pro", idempotency_key="order-7")
    assert caught.value.idempotency_key == "order-7"


async def test_every_namespace_has_async_twins(server: LoopbackServer) -> None:
    server.enqueue(Reply(200, {"code": "REF1", "customer_id": "c", "created_at": 1}))
    async with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as autumn:
        res = await autumn.referrals.create_code_async(customer_id="c", program_id="prog")
    assert isinstance(res, models.ReferralCode) and res.code == "REF1"
    assert server.requests[0].path == "/v1/referrals.create_code"


def test_typed_dict_arguments_are_checked_by_mypy(tmp_path: Path) -> None:
    snippet = tmp_path / "use.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from autumn_sdk import Autumn

            autumn = Autumn(x_api_version="2.1", secret_key="am_sk_test_x")
            autumn.billing.attach(customer_id="c", plan_id="pro", feature_quantities=[{"feature_id": "seats", "quantity": 3}])
            autumn.billing.attach(customer_id="c", plan_id="pro", feature_quantities=[{"feature_id": "seats", "quantiy": 3}])
            autumn.billing.attach(customer_id="c", plan_id="pro", feature_quantities=[{"quantity": 3}])
            """
        ),
        encoding="utf-8",
    )
    stdout, _stderr, status = mypy_api.run(["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), str(snippet)])
    assert status == 1, stdout
    lines = [line for line in stdout.splitlines() if ": error:" in line]
    # The misspelt key and the missing required key are found; the correct call (line 5) passes.
    assert [line.split(":")[1] for line in lines] == ["6", "7"], stdout
    assert all(line.startswith(str(snippet)) for line in lines)
