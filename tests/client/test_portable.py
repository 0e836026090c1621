"""Answers survive pickle and copies, and every argument check is bounded (no RecursionError)."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from autumn_sdk import Autumn, models
from autumn_sdk._arguments import MAX_DEPTH
from autumn_sdk._generated.types import UNSET
from autumn_sdk._schema import SchemaError, validate_request
from tests.loopback import SECRET_KEY, balance

TRACK = {"customer_id": "cus_1", "value": 1, "balance": balance()}  # entity_id, event_name, balances: unset


def _round_trips() -> list[Callable[[Any], Any]]:
    return [lambda r: pickle.loads(pickle.dumps(r)), copy.deepcopy, copy.copy]


@pytest.mark.parametrize("round_trip", _round_trips(), ids=["pickle", "deepcopy", "copy"])
def test_an_answer_with_unset_fields_equals_itself_after_a_round_trip(round_trip: Callable[[Any], Any]) -> None:
    answer = models.TrackResponse.from_dict(TRACK)
    assert answer.entity_id is UNSET
    back = round_trip(answer)
    assert back == answer and back.entity_id is UNSET
    assert back.to_dict() == answer.to_dict() and "entity_id" not in back.to_dict()
    json.dumps(back.to_dict())  # still JSON: no Unset object inside


def _make_answer() -> models.TrackResponse:
    return models.TrackResponse.from_dict(TRACK)


def test_an_answer_from_a_process_pool_equals_the_local_one() -> None:
    with ProcessPoolExecutor(1) as pool:
        remote = pool.submit(_make_answer).result()
    assert remote == _make_answer() and json.loads(json.dumps(remote.to_dict())) == remote.to_dict()


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


def test_properties_nested_2000_deep_are_a_value_error_naming_the_limit() -> None:
    autumn = Autumn(secret_key=SECRET_KEY, server_url="http://127.0.0.1:9")  # never reached: refused before I/O
    for method in (autumn.track, autumn.check):
        with pytest.raises(ValueError, match=f"properties is nested more than {MAX_DEPTH} levels deep"):
            method(customer_id="cus_1", feature_id="messages", properties=_nested(2000))  # type: ignore[operator]


def test_properties_at_the_limit_pass_and_a_cycle_is_too_deep() -> None:
    from autumn_sdk._arguments import json_object

    assert json_object("properties", _nested(MAX_DEPTH)) == _nested(MAX_DEPTH)
    with pytest.raises(ValueError, match="nested more than"):
        json_object("properties", _nested(MAX_DEPTH + 1))
    cycle: list[Any] = []
    cycle.append(cycle)
    with pytest.raises(ValueError, match="nested more than"):
        json_object("properties", {"x": cycle})


def test_the_request_validator_is_bounded_too() -> None:
    body = {"customer_id": "cus_1", "feature_id": "messages", "properties": _nested(2000)}
    with pytest.raises(SchemaError, match="nested more than") as caught:
        validate_request("track", body)
    assert isinstance(caught.value, ValueError)
    nested_list: list[Any] = []
    for _ in range(2000):
        nested_list = [nested_list]
    with pytest.raises(SchemaError, match="nested more than"):
        validate_request("track", {"customer_id": "c", "feature_id": "f", "properties": {"l": nested_list}})
