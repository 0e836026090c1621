"""verify() returns each known event's data as its model, generated from the 2.3 document's webhooks."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
import yaml

from autumn_sdk import models, webhooks
from autumn_sdk._generated import events

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
DOCUMENT = yaml.load(
    (Path(__file__).resolve().parents[2] / "openapi.yaml").read_text(encoding="utf-8"),
    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader),
)


def verified(event_type: str, data: Any) -> webhooks.WebhookEvent:
    body = json.dumps({"type": event_type, "data": data})
    return webhooks.verify(body, webhooks.sign(body, SECRET), SECRET)


def _examples() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for item in DOCUMENT["webhooks"].values():
        example = item["post"]["requestBody"]["content"]["application/json"].get("example")
        if example:
            found.append((example["type"], example["data"]))
    return found


def test_every_event_of_the_document_has_a_model() -> None:
    types = {item["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["type"]["const"]
             for item in DOCUMENT["webhooks"].values()}  # fmt: skip
    assert set(events.EVENT_MODELS) == types
    for name in events.EVENT_MODELS.values():
        assert hasattr(getattr(models, name), "from_dict")


@pytest.mark.parametrize(("event_type", "data"), _examples(), ids=lambda x: x if isinstance(x, str) else "")
def test_each_documented_example_parses_into_its_model_and_round_trips(event_type: str, data: dict[str, Any]) -> None:
    event = verified(event_type, data)
    assert type(event.data).__name__ == events.EVENT_MODELS[event_type]
    assert not isinstance(event.data, dict)
    assert event.data.to_dict() == data


def test_fields_and_enum_values_the_document_does_not_declare_are_kept() -> None:
    # Autumn's server sends `filter` on balances.limit_reached; the document does not declare it.
    data = {"customer_id": "cus_1", "feature_id": "messages", "limit_type": "a_new_kind", "filter": {"interval": "month"}}
    event = verified("balances.limit_reached", data)
    assert isinstance(event.data, models.BalancesLimitReachedData)
    assert event.data.customer_id == "cus_1" and event.data.limit_type == "a_new_kind"
    assert event.data.additional_properties == {"filter": {"interval": "month"}}
    assert event.data.to_dict() == data


def test_the_usage_alert_example_keeps_its_undeclared_threshold_type() -> None:
    alert = {"threshold": 80, "threshold_type": "usage_percentage_threshold"}  # not in the document's enum
    event = verified("balances.usage_alert_triggered", {"customer_id": "c", "feature_id": "f", "usage_alert": alert})
    assert isinstance(event.data, models.BalancesUsageAlertTriggeredData)
    assert event.data.usage_alert.threshold_type == "usage_percentage_threshold"


def test_an_unknown_event_type_stays_a_dict() -> None:
    event = verified("balances.something_new", {"customer_id": "cus_1"})
    assert event.data == {"customer_id": "cus_1"}


def test_data_of_the_wrong_shape_stays_a_dict_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    data = {"customer_id": 42, "feature_id": "messages", "limit_type": "included"}
    with caplog.at_level(logging.WARNING, logger="autumn_sdk"):
        event = verified("balances.limit_reached", data)
    assert event.data == data
    assert "does not match the model" in caplog.text


def test_a_missing_required_field_stays_a_dict() -> None:
    event = verified("billing.updated", {"customer_id": "cus_1"})
    assert event.data == {"customer_id": "cus_1"}


def test_a_bad_value_nested_deep_stays_a_dict_too() -> None:
    # A field that holds objects is built when first read, but verify() builds them all: a mismatch
    # anywhere keeps the data a dict, as documented, instead of raising later in the handler.
    data = {"object": "billing.updated", "customer_id": "c", "tags": [], "plan_changes": [{"plan_id": "p"}]}
    event = verified("billing.updated", data)
    assert event.data == data
