from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, settings

from autumn_sdk import Autumn
from tests.doubles import Recorder, VirtualClock
from tests.loopback import SECRET_KEY, LoopbackServer, balance

__all__ = ["ROOT", "Recorder", "check_body", "track_body"]  # imported by test modules

ROOT = Path(__file__).resolve().parent.parent

# make test: the same bounded examples every run. make test-thorough: many more, random ones.
_SLOW_DATA = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("default", derandomize=True, deadline=None, max_examples=15, suppress_health_check=_SLOW_DATA)
settings.register_profile("thorough", deadline=None, max_examples=300, suppress_health_check=_SLOW_DATA)
settings.load_profile(os.environ.get("AUTUMN_HYPOTHESIS", "default"))


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """The 2.1 document, which the tests written for the seed's SDK check against."""
    return yaml.safe_load((ROOT / "openapi-2.1.yaml").read_text(encoding="utf-8"))


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Each test that takes it runs twice: the sync method, then its ``_async`` twin."""
    return str(request.param)


@pytest.fixture
def clock() -> VirtualClock:
    """A virtual retry clock: jitter fixed at 0.5, sleeps recorded and never waited."""
    return VirtualClock()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


@pytest.fixture
def autumn(server: LoopbackServer) -> Iterator[Autumn]:
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url) as client:
        yield client


def check_body(**overrides: Any) -> dict[str, Any]:
    body = {"allowed": True, "customer_id": "cus_123", "entity_id": None, "required_balance": 1, "balance": balance()}
    body.update(overrides)
    return body


def track_body(**overrides: Any) -> dict[str, Any]:
    body = {"customer_id": "cus_123", "value": 1, "balance": balance()}
    body.update(overrides)
    return body


@pytest.fixture
def recorder() -> Recorder:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=check_body() if request.url.path.endswith("check") else track_body())

    return Recorder(reply)


@pytest.fixture
def memory_autumn(recorder: Recorder) -> Iterator[Autumn]:
    with (
        httpx.Client(transport=httpx.MockTransport(recorder)) as client,
        Autumn(x_api_version="2.1", secret_key=SECRET_KEY, client=client) as autumn,
    ):
        yield autumn
