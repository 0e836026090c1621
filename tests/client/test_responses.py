"""Parsing answers: what a newer server adds is kept; what breaks the schema is a typed error."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from tests.conftest import check_body, track_body
from tests.doubles import Recorder
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, balance


def _autumn_answering(status: int, body: Any, content_type: str = "application/json") -> Autumn:
    def reply(request: httpx.Request) -> httpx.Response:
        content = body if isinstance(body, bytes) else httpx.Response(200, json=body).content
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    return Autumn(x_api_version="2.1", secret_key=SECRET_KEY, client=httpx.Client(transport=httpx.MockTransport(Recorder(reply))))


PREVIEW = {
    "scenario": "usage_limit",
    "title": "Out of messages",
    "message": "Upgrade to send more",
    "feature_id": "messages",
    "feature_name": "Messages",
    "products": [
        {
            "id": "pro",
            "name": "Pro",
            "group": None,
            "env": "sandbox",
            "is_add_on": False,
            "is_default": False,
            "archived": False,
            "version": 1,
            "created_at": 1700000000000,
            "items": [
                {"feature_id": "messages", "included_usage": 500, "interval": "month", "feature_type": "single_use"},
                {"feature_id": "sso", "included_usage": "inf"},
                {"feature_id": None, "included_usage": None, "price": 20, "type": "price"},
            ],
            "free_trial": {"duration": "day", "length": 14, "unique_fingerprint": False, "card_required": True},
            "base_variant_id": None,
        }
    ],
}


def test_full_check_response_parses() -> None:
    autumn = _autumn_answering(200, check_body(allowed=False, preview=PREVIEW))
    res = autumn.check(customer_id="cus_123", feature_id="messages", with_preview=True)
    assert res.allowed is False
    assert res.balance is not None and res.balance.breakdown
    breakdown = res.balance.breakdown[0]
    assert isinstance(breakdown, models.BalanceBreakdown) and breakdown.reset is not None
    assert breakdown.reset.interval == models.ResetInterval.MONTH
    assert isinstance(res.preview, models.CheckPreview)
    assert res.preview.scenario == "usage_limit"
    items = res.preview.products[0].items
    assert [item.included_usage for item in items] == [500, "inf", None]
    assert isinstance(res.preview.products[0].free_trial, models.ProductFreeTrial)


def test_printed_results_read_cleanly() -> None:
    res = _autumn_answering(200, check_body()).check(customer_id="cus_123", feature_id="messages")
    assert "preview=UNSET" in repr(res) and " object at 0x" not in repr(res)


def test_unknown_fields_are_kept_everywhere() -> None:
    body = check_body(brand_new=1)
    body["balance"]["feature_hint"] = "x"
    body["balance"]["breakdown"][0]["grant_source"] = {"kind": "promo"}
    res = _autumn_answering(200, body).check(customer_id="c", feature_id="f")
    assert res.additional_properties == {"brand_new": 1}
    assert res.balance is not None and res.balance.additional_properties == {"feature_hint": "x"}
    assert res.balance.breakdown[0]["grant_source"] == {"kind": "promo"}
    assert res.to_dict() == body


def test_unknown_enum_values_are_kept() -> None:
    body = check_body(allowed=False, preview={**PREVIEW, "scenario": "trial_expired"})
    body["balance"]["breakdown"][0]["reset"]["interval"] = "fortnight"
    res = _autumn_answering(200, body).check(customer_id="c", feature_id="f")
    assert res.preview is not None and res.preview.scenario == "trial_expired"
    assert isinstance(res.preview.scenario, models.PreviewScenario)
    assert res.balance is not None and res.balance.breakdown[0].reset is not None
    assert str(res.balance.breakdown[0].reset.interval) == "fortnight"
    assert res.to_dict()["balance"]["breakdown"][0]["reset"]["interval"] == "fortnight"


def _without(body: dict[str, Any], path: list[Any]) -> dict[str, Any]:
    body = copy.deepcopy(body)
    node: Any = body
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return body


@pytest.mark.parametrize(
    ("operation", "body", "path"),
    [
        ("check", check_body(), ["allowed"]),
        ("check", check_body(), ["balance"]),
        ("check", check_body(), ["balance", "remaining"]),
        ("check", check_body(), ["balance", "breakdown", 0, "plan_id"]),
        ("check", check_body(), ["balance", "breakdown", 0, "reset", "resets_at"]),
        ("check", check_body(allowed=False, preview=PREVIEW), ["preview", "products", 0, "items"]),
        ("track", track_body(), ["value"]),
        ("track", track_body(balances={"messages": balance()}), ["balances", "messages", "granted"]),
    ],
)
def test_missing_required_field_is_a_response_validation_error(operation: str, body: dict[str, Any], path: list[Any]) -> None:
    """The error names the missing field by its JSON path: ``balance.breakdown[0].plan_id``.

    A field of the answer itself is checked by the call; one inside a field that holds objects when
    that field is first read (its objects are built then).
    """
    field = "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path).lstrip(".")
    autumn = _autumn_answering(200, _without(body, path))
    with pytest.raises(errors.ResponseValidationError) as caught:
        answer = getattr(autumn, operation)(customer_id="c", feature_id="f")
        _read(answer, path[:-1])
    assert caught.value.field == field and caught.value.status_code == 200
    # The body: the data of the object that holds the bad field (the answer, or one nested in it).
    sent = _without(body, path)
    holders = [sent]
    for step in path[:-1]:
        holders.append(holders[-1][step])
    assert field in str(caught.value) and json.loads(caught.value.body) in holders


def _read(node: Any, path: list[Any]) -> Any:
    """Read ``path`` from an answer: an attribute, else an item (a list's, or a map model's)."""
    for step in path:
        if isinstance(step, int):
            node = node[step]
        else:
            try:
                node = getattr(node, step)
            except AttributeError:
                node = node[step]
    return node


@pytest.mark.parametrize("body", [b"<html>oops</html>", b"", b'{"allowed": tru', b"[1, 2]", b"null"])
def test_a_2xx_body_that_is_not_a_json_object_is_a_typed_error(body: bytes) -> None:
    with pytest.raises(errors.ResponseValidationError) as caught:
        _autumn_answering(200, body, "text/html").check(customer_id="c", feature_id="f")
    assert caught.value.body == body.decode()


def test_wrong_nested_type_is_a_typed_error() -> None:
    body = check_body()
    body["balance"] = "plenty"
    answer = _autumn_answering(200, body).check(customer_id="c", feature_id="f")
    assert answer.allowed is True  # the answer's own fields are checked and read as usual
    with pytest.raises(errors.ResponseValidationError, match="balance") as caught:
        answer.balance  # noqa: B018  # the field is built (and checked) when first read
    assert caught.value.field == "balance" and caught.value.status_code == 200
    with pytest.raises(errors.ResponseValidationError):  # and again on each read: never a half-built value
        answer.to_dict()


def test_track_by_event_name_with_several_balances() -> None:
    body = track_body(
        balance=None, event_name="chat", balances={"messages": balance("messages"), "tokens": balance("tokens", 10)}
    )
    res = _autumn_answering(200, body).track(customer_id="c", event_name="chat")
    assert res.balance is None and res.balances is not None
    assert res.balances["tokens"].remaining == 10 and isinstance(res.balances["messages"], models.Balance)


@pytest.mark.parametrize(
    ("reply", "status", "message", "code", "text"),
    [
        (
            Reply(404, {"message": "Customer cus_x not found", "code": "customer_not_found", "env": "sandbox"}),
            404,
            "Customer cus_x not found",
            "customer_not_found",
            "404 Not Found: Customer cus_x not found (customer_not_found)",
        ),
        (
            Reply(400, {"message": "customer_id: Required", "code": "invalid_inputs", "env": "live"}),
            400,
            "customer_id: Required",
            "invalid_inputs",
            "400 Bad Request: customer_id: Required (invalid_inputs)",
        ),
        (
            Reply(401, {"message": "Invalid secret key", "code": "invalid_secret_key", "env": "sandbox"}),
            401,
            "Invalid secret key",
            "invalid_secret_key",
            "401 Unauthorized",
        ),
        (
            Reply(422, "<html><body>Unprocessable</body></html>"),
            422,
            None,
            None,
            "422 Unprocessable Entity: <html><body>Unprocessable</body></html>",
        ),
        (Reply(418, ""), 418, None, None, "(empty body)"),
    ],
)
def test_error_statuses_raise_autumn_default_error(
    server: LoopbackServer, autumn: Autumn, reply: Reply, status: int, message: str | None, code: str | None, text: str
) -> None:
    server.enqueue(reply)
    with pytest.raises(errors.AutumnDefaultError) as caught:
        autumn.check(customer_id="cus_x", feature_id="messages")
    error = caught.value
    assert isinstance(error, errors.AutumnError)
    assert (error.status_code, error.message, error.code) == (status, message, code)
    assert isinstance(error.raw_response, httpx.Response) and error.headers["content-type"]
    assert text in str(error)
    assert len(server.requests) == 1  # 4XX are never retried
