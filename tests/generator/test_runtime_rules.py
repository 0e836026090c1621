"""The overlay keys that tell the runtime how to treat an operation: x-sdk-retry, x-sdk-nowait,
x-sdk-dated-by and x-sdk-replay, read by spec.py (and refused, with a pointer, when they do not fit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from tests.generator.test_generator import OK, _document, _post
from tests.generator.test_operations import _api, _operation

BODY = {
    "type": "object",
    "properties": {
        "customer_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "feature_id": {"type": "string"},
        "send_event": {"type": "boolean"},
        "required_balance": {"type": "number"},
        "timestamp": {"type": "number"},
    },
    "required": ["feature_id"],
}
TARGET = "$.paths['/v1/x'].post"


def _with(tmp_path: Path, update: dict[str, Any]) -> Any:
    api = _api(tmp_path, _document({"/v1/x": _post("x", BODY, OK)}), [{"target": TARGET, "update": update}])
    return _operation(api, "x")


def test_retry_rules_are_read(tmp_path: Path) -> None:
    assert _with(tmp_path / "a", {}).retry == "all"
    assert _with(tmp_path / "b", {"x-sdk-retry": "unsent"}).retry == "unsent"
    assert _with(tmp_path / "c", {"x-sdk-retry": {"unsent-without": "customer_id"}}).retry == "unsent-without:customer_id"


def test_nowait_and_dated_by_are_read(tmp_path: Path) -> None:
    op = _with(tmp_path, {"x-sdk-nowait": True, "x-sdk-dated-by": "timestamp"})
    assert op.nowait is True and op.dated_by == "timestamp"


def test_a_replay_rule_is_read_with_the_property_that_makes_a_change(tmp_path: Path) -> None:
    rule = {
        "refused-when": {"allowed": False},
        "record-as": {"operation": "track", "value": "required_balance", "default": 1, "fields": ["customer_id", "feature_id"]},
    }
    op = _with(tmp_path, {"x-sdk-idempotency-key": "send_event", "x-sdk-replay": rule})
    assert op.replay == {
        "changes_when": "send_event",
        "refused_field": "allowed",
        "refused_value": False,
        "record_as": "track",
        "value_from": "required_balance",
        "value_default": 1,
        "fields": ("customer_id", "feature_id"),
    }


@pytest.mark.parametrize(
    ("update", "message"),
    [
        ({"x-sdk-retry": "sometimes"}, "x-sdk-retry"),
        ({"x-sdk-retry": {"unsent-without": "nope"}}, "nope"),
        ({"x-sdk-dated-by": "feature_id"}, "numeric"),
        ({"x-sdk-replay": {"refused-when": {"allowed": False}}}, "record-as"),
        ({"x-sdk-replay": {"refused-when": {"allowed": False}, "record-as": {"operation": "track", "value": "nope"}}}, "nope"),
    ],
    ids=["retry-word", "retry-unknown-property", "dated-by-a-string", "replay-without-record-as", "replay-unknown-value"],
)
def test_rules_that_do_not_fit_the_document_are_refused_with_a_pointer(
    tmp_path: Path, update: dict[str, Any], message: str
) -> None:
    with pytest.raises(SpecError, match=message) as caught:
        _with(tmp_path, update)
    assert caught.value.pointer.startswith("#/paths/~1v1~1x/post/x-sdk-")
