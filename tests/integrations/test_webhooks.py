"""webhooks.verify: Svix signatures, timestamps and the typed event envelope; every refusal on its own."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import pickle
from datetime import UTC, datetime
from typing import Any

import pytest

from autumn_sdk import _webhooks, errors, models, webhooks

# Svix's published example ("Verifying Webhooks Manually", docs.svix.com).
SVIX_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
SVIX_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek"
SVIX_TIMESTAMP = 1614265330
SVIX_BODY = '{"test": 2432232314}'
SVIX_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef01234567").decode()
NOW = 1_780_000_000
EVENT = {"type": "balances.limit_reached", "data": {"customer_id": "cus_123", "feature_id": "messages", "limit_type": "included"}}


@pytest.fixture(autouse=True)
def pinned_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_webhooks, "_now", lambda: float(NOW))


def pin(monkeypatch: pytest.MonkeyPatch, now: float) -> None:
    monkeypatch.setattr(_webhooks, "_now", lambda: now)


def signed(
    body: str = json.dumps(EVENT), *, secret: str = SECRET, msg_id: str = "msg_1", at: int = NOW
) -> tuple[str, dict[str, str]]:
    """A body and the headers for it, signed by hand here (not with webhooks.sign)."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    sig = base64.b64encode(hmac.new(key, f"{msg_id}.{at}.{body}".encode(), hashlib.sha256).digest()).decode()
    return body, {"svix-id": msg_id, "svix-timestamp": str(at), "svix-signature": f"v1,{sig}"}


def refused(payload: bytes | str, headers: dict[str, str], secret: str = SECRET, **kw: Any) -> str:
    with pytest.raises(errors.WebhookVerificationError) as caught:
        webhooks.verify(payload, headers, secret, **kw)
    return str(caught.value)


# -- Svix's test vector --------------------------------------------------------------------------------


def test_svix_test_vector_signs_to_the_published_signature() -> None:
    headers = webhooks.sign(SVIX_BODY, SVIX_SECRET, msg_id=SVIX_ID, timestamp=SVIX_TIMESTAMP)
    assert headers == {"svix-id": SVIX_ID, "svix-timestamp": str(SVIX_TIMESTAMP), "svix-signature": SVIX_SIGNATURE}


def test_svix_test_vector_passes_the_signature_check(monkeypatch: pytest.MonkeyPatch) -> None:
    pin(monkeypatch, SVIX_TIMESTAMP)
    headers = {"svix-id": SVIX_ID, "svix-timestamp": str(SVIX_TIMESTAMP), "svix-signature": SVIX_SIGNATURE}
    # The vector's body is not an Autumn event ({"test": ...}): it passes every check but the last.
    message = refused(SVIX_BODY, headers, SVIX_SECRET)
    assert "not a webhook event" in message
    # The same headers over a changed body, id or timestamp fail at the signature.
    assert "no signature" in refused(SVIX_BODY.replace("2432232314", "2432232315"), headers, SVIX_SECRET)
    assert "no signature" in refused(SVIX_BODY, {**headers, "svix-id": SVIX_ID + "x"}, SVIX_SECRET)
    assert "no signature" in refused(SVIX_BODY, {**headers, "svix-timestamp": str(SVIX_TIMESTAMP + 1)}, SVIX_SECRET)


def test_svix_test_vector_is_stale_with_todays_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    headers = {"svix-id": SVIX_ID, "svix-timestamp": str(SVIX_TIMESTAMP), "svix-signature": SVIX_SIGNATURE}
    assert "old" in refused(SVIX_BODY, headers, SVIX_SECRET)


# -- accepted ------------------------------------------------------------------------------------------


def test_a_signed_event_is_returned_typed() -> None:
    body, headers = signed(msg_id="msg_abc")
    event = webhooks.verify(body, headers, SECRET)
    data = models.BalancesLimitReachedData.from_dict(EVENT["data"])
    assert event == webhooks.WebhookEvent(
        type="balances.limit_reached", data=data, id="msg_abc", timestamp=datetime.fromtimestamp(NOW, tz=UTC)
    )
    assert event.timestamp.tzinfo is UTC


def test_bytes_and_str_bodies_are_the_same() -> None:
    body, headers = signed()
    assert webhooks.verify(body.encode(), headers, SECRET) == webhooks.verify(body, headers, SECRET)


def test_non_ascii_bodies_are_signed_as_utf8() -> None:
    body, headers = signed(json.dumps({"type": "x.y", "data": {"name": "Zoë ✓"}}, ensure_ascii=False))
    assert webhooks.verify(body.encode(), headers, SECRET).data == {"name": "Zoë ✓"}


def test_an_unknown_event_type_is_kept() -> None:
    body, headers = signed(json.dumps({"type": "billing.something_new", "data": {"x": 1}, "occurred_at": 5}))
    event = webhooks.verify(body, headers, SECRET)
    assert (event.type, event.data) == ("billing.something_new", {"x": 1})


@pytest.mark.parametrize(
    "names", [("Svix-Id", "Svix-Timestamp", "Svix-Signature"), ("SVIX-ID", "svix-TIMESTAMP", "sViX-sIgNaTuRe")]
)
def test_header_names_are_case_insensitive(names: tuple[str, str, str]) -> None:
    body, headers = signed()
    renamed = dict(zip(names, (headers["svix-id"], headers["svix-timestamp"], headers["svix-signature"]), strict=True))
    assert webhooks.verify(body, renamed, SECRET).type == "balances.limit_reached"


def test_any_one_of_several_signatures_may_match() -> None:
    body, headers = signed()
    good = headers["svix-signature"]
    other = "v1," + base64.b64encode(b"x" * 32).decode()
    for value in (f"{other} {good}", f"{good} {other}", f"v2,abc {good}", f"v1,not-base64!! {good}", f"  {good}  "):
        assert webhooks.verify(body, {**headers, "svix-signature": value}, SECRET).id == "msg_1"


def test_the_signature_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(_webhooks.hmac, "compare_digest", spy)
    body, headers = signed()
    webhooks.verify(body, headers, SECRET)
    assert len(compared) == 1 and compared[0][0] == compared[0][1]


def test_timestamps_at_the_tolerance_are_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    body, headers = signed()
    pin(monkeypatch, NOW + 300)
    webhooks.verify(body, headers, SECRET)
    pin(monkeypatch, NOW - 300)
    webhooks.verify(body, headers, SECRET)
    pin(monkeypatch, NOW + 3600)
    webhooks.verify(body, headers, SECRET, tolerance_s=3600)


# -- refused: one test each ----------------------------------------------------------------------------


def test_a_wrong_signature_is_refused() -> None:
    body, headers = signed(secret="whsec_" + base64.b64encode(b"another secret").decode())
    message = refused(body, headers)
    assert "no signature in svix-signature matches" in message


def test_a_changed_body_is_refused() -> None:
    body, headers = signed()
    assert "no signature" in refused(body.replace("cus_123", "cus_124"), headers)


def test_a_reserialised_body_is_refused() -> None:
    body, headers = signed()
    assert "no signature" in refused(json.dumps(json.loads(body), separators=(",", ":")), headers)


def test_a_signature_of_another_version_only_is_refused() -> None:
    body, headers = signed()
    assert "no signature" in refused(body, {**headers, "svix-signature": headers["svix-signature"].replace("v1,", "v2,")})


def test_a_stale_timestamp_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    body, headers = signed()
    pin(monkeypatch, NOW + 301)
    assert "more than 300 s old" in refused(body, headers)


def test_a_future_timestamp_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    body, headers = signed()
    pin(monkeypatch, NOW - 301)
    assert "more than 300 s in the future" in refused(body, headers)


def test_a_smaller_tolerance_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    body, headers = signed()
    pin(monkeypatch, NOW + 11)
    assert "more than 10 s old" in refused(body, headers, tolerance_s=10)


@pytest.mark.parametrize("value", ["soon", "1614265330.5", "-5", "", "١٦١٤٢٦٥٣٣٠"])
def test_a_timestamp_that_is_not_unix_seconds_is_refused(value: str) -> None:
    body, headers = signed()
    message = refused(body, {**headers, "svix-timestamp": value})
    assert "svix-timestamp header" in message


@pytest.mark.parametrize("name", ["svix-id", "svix-timestamp", "svix-signature"])
def test_a_missing_header_is_refused(name: str) -> None:
    body, headers = signed()
    del headers[name]
    assert f"the {name} header is missing" in refused(body, headers)


@pytest.mark.parametrize("name", ["svix-id", "svix-signature"])
def test_an_empty_header_is_refused(name: str) -> None:
    body, headers = signed()
    assert f"the {name} header is empty" in refused(body, {**headers, name: "  "})


@pytest.mark.parametrize(
    ("secret", "reason"),
    [
        ("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "must start with 'whsec_'"),
        ("whsec_not*base64*at*all", "is not base64"),
        ("whsec_", "is empty"),
        ("am_sk_test_0123456789", "must start with 'whsec_'"),
    ],
    ids=["no-prefix", "not-base64", "empty", "an-api-key"],
)
def test_a_malformed_secret_is_refused_without_echoing_it(secret: str, reason: str) -> None:
    body, headers = signed()
    message = refused(body, headers, secret)
    assert "secret is malformed" in message and reason in message
    if secret.removeprefix("whsec_"):
        assert secret.removeprefix("whsec_") not in message


def test_the_secret_is_never_in_the_message() -> None:
    body, headers = signed()
    wrong = "whsec_" + base64.b64encode(b"a secret nobody may see").decode()
    for message in (refused(body, headers, wrong), refused(body + " ", headers)):
        assert (
            wrong not in message and wrong.removeprefix("whsec_") not in message and SECRET.removeprefix("whsec_") not in message
        )


def test_a_body_that_is_not_json_is_refused() -> None:
    body, headers = signed("type=billing.updated&data=1")
    assert "the body is not JSON" in refused(body, headers)


@pytest.mark.parametrize(
    "body",
    [
        '["billing.updated"]',
        '{"data": {}}',
        '{"type": 5, "data": {}}',
        '{"type": "billing.updated"}',
        '{"type": "x", "data": []}',
    ],
)
def test_json_that_is_not_an_event_is_refused(body: str) -> None:
    signed_body, headers = signed(body)
    assert "not a webhook event" in refused(signed_body, headers)


def test_nothing_is_parsed_before_the_signature_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[Any] = []
    monkeypatch.setattr(_webhooks.json, "loads", lambda raw: parsed.append(raw))
    body, headers = signed()
    refused(body.replace("cus", "cux"), headers)
    assert parsed == []


def test_bad_arguments_are_programming_errors() -> None:
    body, headers = signed()
    with pytest.raises(TypeError, match="raw body"):
        webhooks.verify(json.loads(body), headers, SECRET)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tolerance_s"):
        webhooks.verify(body, headers, SECRET, tolerance_s=-1)


def test_the_error_is_an_autumn_error_and_pickles() -> None:
    body, headers = signed()
    with pytest.raises(errors.AutumnError) as caught:
        webhooks.verify(body, {**headers, "svix-id": "msg_2"}, SECRET)
    error = caught.value
    assert isinstance(error, errors.WebhookVerificationError) and not isinstance(error, errors.AutumnDefaultError)
    restored = pickle.loads(pickle.dumps(error))
    assert type(restored) is errors.WebhookVerificationError and str(restored) == str(error)
    assert restored.reason == error.reason  # type: ignore[attr-defined]


# -- the registry the generated models plug into -------------------------------------------------------


def test_a_registered_parser_types_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_webhooks._EVENT_PARSERS, "balances.limit_reached", lambda data: ("typed", data["feature_id"]))
    body, headers = signed()
    assert webhooks.verify(body, headers, SECRET).data == ("typed", "messages")


def test_data_the_model_cannot_read_stays_a_dict(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def strict(data: dict[str, Any]) -> Any:
        raise KeyError("usage_alert")

    monkeypatch.setitem(_webhooks._EVENT_PARSERS, "balances.limit_reached", strict)
    body, headers = signed()
    with caplog.at_level(logging.WARNING, logger="autumn_sdk"):
        event = webhooks.verify(body, headers, SECRET)
    assert event.data == EVENT["data"]
    assert "does not match the model" in caplog.text and SECRET not in caplog.text


def test_sign_defaults_to_a_fresh_id_and_now() -> None:
    body = json.dumps(EVENT)
    first, second = webhooks.sign(body, SECRET), webhooks.sign(body, SECRET)
    assert first["svix-id"].startswith("msg_") and first["svix-id"] != second["svix-id"]
    assert first["svix-timestamp"] == str(NOW)
    assert webhooks.verify(body, first, SECRET).id == first["svix-id"]
    with pytest.raises(errors.WebhookVerificationError, match="malformed"):
        webhooks.sign(body, "not-a-secret")
