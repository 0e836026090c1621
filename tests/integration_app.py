"""What the framework tests share: a seed, emulator fixtures, and the expected 402 body."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from autumn_sdk import Autumn
from autumn_sdk.testing import LocalAutumn
from autumn_sdk.utils import NO_RETRIES

SEED: dict[str, Any] = {
    "features": [
        {"feature_id": "messages", "name": "Messages", "type": "metered", "consumable": True},
        {"feature_id": "sso", "name": "SSO", "type": "boolean"},
    ],
    "plans": [
        {
            "plan_id": "free",
            "auto_enable": True,
            "items": [{"feature_id": "messages", "included": 3, "reset": {"interval": "month"}}],
        },
        {
            "plan_id": "pro",
            "price": {"amount": 20, "interval": "month"},
            "items": [{"feature_id": "messages", "included": 100, "reset": {"interval": "month"}}, {"feature_id": "sso"}],
        },
    ],
    "customers": [{"id": "cus_123", "plans": ["free"]}],
}


@pytest.fixture
def emulator() -> Iterator[LocalAutumn]:
    with LocalAutumn(SEED) as server:
        yield server


@pytest.fixture
def autumn(emulator: LocalAutumn) -> Iterator[Autumn]:
    with Autumn(secret_key=emulator.secret_key, server_url=emulator.url, x_api_version="2.1", retry_config=NO_RETRIES) as client:
        yield client


@pytest.fixture
def open_autumn(emulator: LocalAutumn) -> Iterator[Autumn]:
    """A client that fails open."""
    with Autumn(
        secret_key=emulator.secret_key, server_url=emulator.url, x_api_version="2.1", retry_config=NO_RETRIES, fail_open=True
    ) as client:
        yield client


def assert_paywall(body: dict[str, Any], scenario: str) -> None:
    """The paywall preview of a denied check: the reason, and pro as the way to get the feature."""
    assert body["scenario"] == scenario
    assert body["feature_id"] in ("messages", "sso") and body["title"] and body["message"]
    assert [p["id"] for p in body["products"]] == ["pro"]


def remaining(emulator: LocalAutumn, feature_id: str = "messages") -> float:
    balance = emulator.balance("cus_123", feature_id)
    assert balance is not None
    return float(balance["remaining"])
