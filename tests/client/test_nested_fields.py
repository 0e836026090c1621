"""A field of an answer that holds objects (``balance``, ``breakdown``…) is built when first read.

Most answers are read for a scalar or two (``allowed``); building the objects they hold was most
of the cost of parsing one. Whatever reads the fields sees them built: equality, repr, to_dict,
pickle, copy, attrs.evolve, threads.
"""

from __future__ import annotations

import copy
import pickle
import threading
from typing import Any

import attrs
import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import UNSET, v2_1, v2_3
from tests.conftest import check_body
from tests.doubles import Recorder
from tests.loopback import SECRET_KEY


def _answers(body: dict[str, Any], version: str = "2.3") -> Autumn:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    client = httpx.Client(transport=httpx.MockTransport(Recorder(reply)))
    return Autumn(x_api_version=version, secret_key=SECRET_KEY, client=client)  # type: ignore[call-overload]


def _body() -> dict[str, Any]:
    body = check_body()
    body["flag"] = None  # 2.3's check answer has it
    return body


def test_a_nested_field_is_built_once_with_the_values_sent() -> None:
    res = _answers(_body()).check(customer_id="cus_1", feature_id="messages")
    assert res.balance is res.balance  # built on the first read, then kept
    assert isinstance(res.balance, v2_3.Balance) and res.balance.remaining == _body()["balance"]["remaining"]
    breakdown = res.balance.breakdown
    assert isinstance(breakdown, list) and isinstance(breakdown[0], v2_3.BalanceBreakdown)
    assert breakdown[0].plan_id == _body()["balance"]["breakdown"][0]["plan_id"]
    assert res.flag is None  # a null is no object to build: read as it is


def test_everything_that_reads_fields_sees_them_built() -> None:
    autumn = _answers(_body())
    read = autumn.check(customer_id="cus_1", feature_id="messages")
    assert read.balance is not None and read.balance.breakdown  # built
    for unread in (
        autumn.check(customer_id="cus_1", feature_id="messages"),
        pickle.loads(pickle.dumps(autumn.check(customer_id="cus_1", feature_id="messages"))),
        copy.deepcopy(autumn.check(customer_id="cus_1", feature_id="messages")),
        attrs.evolve(autumn.check(customer_id="cus_1", feature_id="messages")),
    ):
        assert unread == read and repr(unread) == repr(read)
        assert unread.to_dict() == _body()
    assert "breakdown=[BalanceBreakdown(" in repr(autumn.check(customer_id="cus_1", feature_id="messages"))


def test_a_field_set_before_it_is_read_is_what_it_reads() -> None:
    res = _answers(_body()).check(customer_id="cus_1", feature_id="messages")
    res.balance = None
    assert res.balance is None and res.to_dict()["balance"] is None


def test_threads_reading_one_answer_see_the_same_values() -> None:
    res = _answers(_body()).check(customer_id="cus_1", feature_id="messages")
    seen: list[Any] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def read() -> None:
        try:
            start.wait()
            balance = res.balance
            assert balance is not None and balance.breakdown is not None
            seen.append((balance.remaining, balance.breakdown[0].remaining))
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(set(seen)) == 1 and len(seen) == 8


def test_an_unknown_attribute_is_still_an_attribute_error() -> None:
    res = _answers(_body()).check(customer_id="cus_1", feature_id="messages")
    assert not hasattr(res, "balanse") and getattr(res, "balanse", "none") == "none"
    assert not hasattr(v2_3.BalanceReset.from_dict({"interval": "month", "resets_at": None}), "_src")


def test_the_seed_version_builds_nested_fields_when_read_too() -> None:
    res = _answers(check_body(), "2.1").check(customer_id="cus_1", feature_id="messages")
    assert isinstance(res.balance, v2_1.Balance) and res.to_dict() == check_body()


def test_an_error_names_the_field_read_not_another_bad_one() -> None:
    body = _body()
    body["balance"]["granted"] = "BAD"
    body["preview"] = {"scenario": "usage_limit", "title": 5}
    res = _answers(body).check(customer_id="cus_1", feature_id="messages")
    with pytest.raises(errors.ResponseValidationError) as caught:
        res.preview  # noqa: B018
    assert caught.value.field is not None and caught.value.field.startswith("preview")
    with pytest.raises(errors.ResponseValidationError) as caught:
        res.balance  # noqa: B018
    assert caught.value.field == "balance.granted" and caught.value.status_code == 200


def test_a_bad_value_inside_a_map_names_its_whole_path() -> None:
    body = _body()
    body["balances"] = {"messages": body["balance"] | {"breakdown": [{**body["balance"]["breakdown"][0], "plan_id": 7}]}}
    res = _answers(body).check(customer_id="cus_1", feature_id="messages")
    assert res.balances is not UNSET
    messages = res.balances["messages"]
    with pytest.raises(errors.ResponseValidationError) as caught:
        messages.breakdown  # noqa: B018
    assert caught.value.field == "balances.messages.breakdown[0].plan_id" and caught.value.status_code == 200


def test_the_sdks_own_slots_are_no_attrs_fields() -> None:
    res = _answers(_body()).check(customer_id="cus_1", feature_id="messages")
    names = {field.name for field in attrs.fields(type(res))}
    assert not {"_src", "_at"} & names
    assert not {"_src", "_at"} & set(attrs.asdict(res)) and attrs.asdict(res)["balance"]["remaining"] == 72


def test_two_threads_building_one_field_get_the_same_object() -> None:
    for _ in range(20):
        res = _answers(_body()).check(customer_id="cus_1", feature_id="messages")
        got: list[Any] = []
        start = threading.Barrier(2)

        def read(res: Any = res, got: list[Any] = got, start: threading.Barrier = start) -> None:
            start.wait()
            got.append(res.balance)

        threads = [threading.Thread(target=read) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert got[0] is got[1] is res.balance
