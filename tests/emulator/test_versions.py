"""Handlers can see the request's x-api-version, for behaviours the server changes by version."""

from __future__ import annotations

import json

import pytest

from autumn_sdk.testing import Store
from autumn_sdk.testing import _app as app_module
from autumn_sdk.testing._registry import HANDLERS, api_version, at_least


def test_a_handler_sees_the_requests_api_version(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        app_module, "OPERATIONS", {**app_module.OPERATIONS, "/v1/things/{thing_id}": ("getThing", "GET", None, "get")}
    )
    seen = lambda store, params: {"version": api_version(), "at_least_2_1": at_least("2.1"), "at_least_2_3": at_least("2.3")}  # noqa: E731
    monkeypatch.setitem(HANDLERS, "getThing", seen)
    app = app_module.EmulatorApp(Store(), "am_sk_test_x")
    scope = {"method": "GET", "path": "/v1/things/a", "headers": [(b"authorization", b"Bearer am_sk_test_x")]}
    for headers in ([(b"x-api-version", b"2.1")], [(b"x-api-version", b"2.1.0")]):  # the patched table is 2.1's
        status, body = app.handle({**scope, "headers": scope["headers"] + headers}, b"")
        assert (status, json.loads(body)) == (200, {"version": "2.1", "at_least_2_1": True, "at_least_2_3": False})
    assert api_version() == "2.3"  # outside a request: the default version
