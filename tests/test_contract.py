"""Contract tests: what the SDK sends matches openapi.yaml; what openapi.yaml allows back parses.

Responses are generated from openapi.yaml's own response schemas with hypothesis-jsonschema:
as written, then with unknown fields added and enum values the SDK does not know.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from autumn_sdk import Autumn
from autumn_sdk._operation import parse
from autumn_sdk.models import CheckResponse, TrackResponse
from tests.conftest import Recorder
from tests.loopback import SECRET_KEY

EXAMPLES = 150


def json_schema(spec: dict[str, Any], name: str, *, open_enums: bool = False) -> dict[str, Any]:
    """A component of openapi.yaml as a self-contained JSON Schema (refs become $defs)."""
    components = copy.deepcopy(spec["components"]["schemas"])
    text = json.dumps(components).replace("#/components/schemas/", "#/$defs/")
    defs = json.loads(text)
    if open_enums:
        # Any string where the schema lists enum values: a newer server's values must parse too.
        for schema in defs.values():
            if "enum" in schema:
                schema.pop("enum")
                schema.pop("default", None)
    return {"$defs": defs, **defs[name]}


@pytest.fixture(scope="module")
def autumn_and_recorder() -> tuple[Autumn, Recorder]:
    recorder = Recorder(lambda r: httpx.Response(200, json={"allowed": True, "customer_id": "c", "balance": None, "value": 1}))
    return Autumn(secret_key=SECRET_KEY, client=httpx.Client(transport=httpx.MockTransport(recorder))), recorder


ids = st.text(min_size=1, max_size=12)
finite = st.one_of(st.integers(-(10**9), 10**9), st.floats(allow_nan=False, allow_infinity=False, width=64))
props = st.dictionaries(
    st.text(max_size=8),
    st.recursive(
        st.none() | st.booleans() | finite | st.text(max_size=8),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=5), c, max_size=3),
        max_leaves=6,
    ),
    max_size=4,
)


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    customer_id=ids,
    feature_id=ids,
    entity_id=optional(ids),
    required_balance=optional(finite),
    properties=optional(props),
    send_event=optional(st.booleans()),
    with_preview=optional(st.booleans()),
)
def test_every_check_request_validates(spec: dict[str, Any], autumn_and_recorder: tuple[Autumn, Recorder], **kwargs: Any) -> None:
    autumn, recorder = autumn_and_recorder
    autumn.check(**kwargs)
    request = recorder.requests[-1]
    body = json.loads(request.content)
    jsonschema.validate(body, json_schema(spec, "CheckParams"))
    assert body == {k: v for k, v in kwargs.items() if v is not None}
    assert ("idempotency-key" in request.headers) == bool(kwargs["send_event"])


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    customer_id=ids,
    feature_id=optional(ids),
    entity_id=optional(ids),
    event_name=optional(ids),
    value=optional(finite),
    properties=optional(props),
)
def test_every_track_request_validates(spec: dict[str, Any], autumn_and_recorder: tuple[Autumn, Recorder], **kwargs: Any) -> None:
    autumn, recorder = autumn_and_recorder
    if kwargs["feature_id"] is None and kwargs["event_name"] is None:
        with pytest.raises(TypeError):
            autumn.track(**kwargs)
        return
    autumn.track(**kwargs)
    request = recorder.requests[-1]
    body = json.loads(request.content)
    jsonschema.validate(body, json_schema(spec, "TrackParams"))
    assert body == {k: v for k, v in kwargs.items() if v is not None}
    assert request.headers["idempotency-key"]


def _parses(model: Any, body: dict[str, Any]) -> Any:
    response = httpx.Response(200, content=json.dumps(body).encode())
    parsed = parse(model, response)
    # Nothing is lost: the model serialises back to what was received (numbers compare equal).
    assert parsed.to_dict() == body
    return parsed


@pytest.mark.parametrize("model", [CheckResponse, TrackResponse])
@pytest.mark.parametrize("open_enums", [False, True], ids=["schema", "unknown-enum-values"])
def test_generated_responses_parse(spec: dict[str, Any], model: Any, open_enums: bool) -> None:
    schema = json_schema(spec, model.__name__, open_enums=open_enums)
    seen = []

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        body=from_schema(schema),
        extra=st.dictionaries(st.from_regex(r"x_[a-z]{1,8}", fullmatch=True), st.integers() | st.text(max_size=4), max_size=2),
    )
    def run(body: dict[str, Any], extra: dict[str, Any]) -> None:
        jsonschema.validate(body, schema)  # the generator made what the schema allows
        body = {**body, **extra}  # and a newer server may add fields
        _parses(model, body)
        seen.append(body)

    run()
    assert len(seen) >= EXAMPLES * 0.9
