"""Contract tests for every operation: what the SDK sends and what it accepts back, against the document.

The schemas are the ones the SDK is generated from: openapi.yaml with generator/overlay.yaml applied
and every shape named (``generator.build.load_document``). hypothesis-jsonschema generates

* request bodies from each operation's request schema: each is passed to the SDK method as keyword
  arguments (nested parts as plain dicts), and must reach the wire unchanged, with the operation's
  method, path and headers;
* answers from each operation's 200 schema, as written and with unknown fields added at every level:
  each must parse into the operation's model and serialise back to what was received.

Then every namespace is called sync and async, one operation after another.
"""

from __future__ import annotations

import functools
import inspect
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from autumn_sdk import Autumn
from autumn_sdk._generated.v2_1.requests import OPERATIONS
from autumn_sdk._operation import parse
from autumn_sdk.models import v2_1 as models
from generator.build import load_document
from generator.spec import PER_CALL_OPTIONS, python_name
from tests.conftest import ROOT
from tests.doubles import Recorder
from tests.loopback import SECRET_KEY

DOCUMENT = load_document(ROOT, "2.1")
COMPONENTS = DOCUMENT["components"]["schemas"]
PREFIX = "#/components/schemas/"
API_VERSION = next(
    p["schema"]["default"] for p in DOCUMENT["x-speakeasy-globals"]["parameters"] if p["name"].lower() == "x-api-version"
)

BOUNDED = settings(
    max_examples=15,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)


# -- the operations, as the loaded document describes them -------------------------------------------------


@dataclass(frozen=True)
class Op:
    operation_id: str
    method: str
    path: str
    namespace: str | None
    name: str
    request: str | None  # the request body's component (None: no body)
    response: str  # the 200 answer's component, which is also the model's name
    idempotency: str  # always | never | the boolean property that makes a call change state
    pagination: dict[str, str] | None  # x-sdk-pagination: offset, items and has_more property names

    @property
    def label(self) -> str:
        return f"{self.namespace or 'autumn'}.{self.name}"

    def bound(self, autumn: Autumn, suffix: str = "") -> Callable[..., Any]:
        owner: Any = autumn if self.namespace is None else getattr(autumn, self.namespace)
        return getattr(owner, self.name + suffix)  # type: ignore[no-any-return]

    def wants_key(self, body: dict[str, Any]) -> bool:
        if self.idempotency in ("always", "never"):
            return self.idempotency == "always"
        return body.get(self.idempotency) is True


def _component(schema: dict[str, Any]) -> str:
    ref = schema["$ref"]
    assert ref.startswith(PREFIX), ref
    return str(ref[len(PREFIX) :])


def _operations() -> list[Op]:
    ops = []
    for path, item in DOCUMENT["paths"].items():
        for method, raw in item.items():
            if not isinstance(raw, dict) or "operationId" not in raw:
                continue
            body = raw.get("requestBody")
            operation_id, sdk_method, namespace, name = OPERATIONS[path]
            assert (operation_id, sdk_method) == (raw["operationId"], method.upper())
            ops.append(
                Op(
                    operation_id=operation_id,
                    method=sdk_method,
                    path=path,
                    namespace=namespace,
                    name=name,
                    request=_component(body["content"]["application/json"]["schema"]) if body else None,
                    response=_component(raw["responses"]["200"]["content"]["application/json"]["schema"]),
                    idempotency=str(raw.get("x-sdk-idempotency-key", "always")),
                    pagination=raw.get("x-sdk-pagination"),
                )
            )
    return ops


OPS = _operations()
BY_PATH = {op.path: op for op in OPS}
NAMESPACES = sorted({op.namespace or "" for op in OPS})


def test_every_operation_of_the_document_is_covered() -> None:
    assert len(OPS) == 34
    assert set(BY_PATH) == set(OPERATIONS)
    assert {op.operation_id for op in OPS if op.request is None} == {"listFeatures"}
    assert {op.operation_id for op in OPS if op.idempotency not in ("always", "never")} == {"check"}


@pytest.mark.parametrize("op", OPS, ids=lambda op: op.operation_id)
def test_every_body_property_is_a_keyword_argument(op: Op) -> None:
    """What the request tests rely on: the method takes exactly the body's properties (by python_name)."""
    parameters = inspect.signature(op.bound(Autumn(x_api_version="2.1", secret_key=SECRET_KEY))).parameters
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())
    properties = COMPONENTS[op.request]["properties"] if op.request else {}
    options = {o for o in PER_CALL_OPTIONS if o != "idempotency_key" or op.idempotency != "never"}
    assert set(parameters) == {python_name(k) for k in properties} | options
    required = {python_name(k) for k in (COMPONENTS[op.request].get("required", ()) if op.request else ())}
    assert {n for n, p in parameters.items() if p.default is inspect.Parameter.empty} == required


# -- the document's schemas as JSON Schema ------------------------------------------------------------------


def _convert(node: Any, *, closed: bool, bounded: bool) -> Any:
    """A schema of the document as JSON Schema: refs to $defs, the overlay's x-sdk marks as keywords.

    ``closed``: an object with declared properties takes no others (the SDK refuses unknown keys, and
    a keyword argument cannot carry one). ``bounded``: arrays and free-form objects stay small, to keep
    generation fast. Either only narrows what the document allows.
    """
    if isinstance(node, list):
        return [_convert(v, closed=closed, bounded=bounded) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref":
            out[key] = "#/$defs/" + value[len(PREFIX) :]
        elif key == "x-sdk-free-form-object":  # a plain dict: any keys, any JSON values
            out["type"] = "object"
        elif key == "x-sdk-require-one-of":
            out["anyOf"] = [{"required": [name]} for name in value]
        elif key.startswith("x-") or key in ("description", "examples", "title"):
            continue
        elif key == "properties":
            out[key] = {k: _convert(v, closed=closed, bounded=bounded) for k, v in value.items()}
        else:
            out[key] = _convert(value, closed=closed, bounded=bounded)
    if closed and "properties" in out:
        out.setdefault("additionalProperties", False)
    if bounded and out.get("type") == "array":
        out.setdefault("maxItems", max(2, out.get("minItems", 0)))
    if bounded and out.get("type") == "object" and "properties" not in out:
        out.setdefault("maxProperties", 2)
    return out


@functools.cache
def json_schema(name: str, *, closed: bool = False, bounded: bool = False) -> dict[str, Any]:
    defs = {n: _convert(s, closed=closed, bounded=bounded) for n, s in COMPONENTS.items()}
    return {"$defs": defs, **defs[name]}


@functools.cache
def validator(name: str) -> jsonschema.Validator:
    """Checks a value against the document's schema as written (open objects, no bounds)."""
    return jsonschema.Draft202012Validator(json_schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = COMPONENTS[_component(schema)]
    return schema


def minimal(schema: dict[str, Any]) -> Any:
    """The smallest value of a document schema: required properties only, lower bounds, first choices."""
    schema = _resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "anyOf" in schema and "type" not in schema:
        return minimal(schema["anyOf"][0])
    if schema.get("x-sdk-free-form-object"):
        return {}
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "object":
        properties = schema.get("properties", {})
        required = [*schema.get("required", ()), *schema.get("x-sdk-require-one-of", ())[:1]]
        return {k: minimal(properties[k]) for k in required}
    if kind == "array":
        return [minimal(schema.get("items", {}))] * schema.get("minItems", 0)
    if kind == "string":
        return "user@example.com" if schema.get("format") == "email" else "x" * max(1, schema.get("minLength", 0))
    if kind in ("number", "integer"):
        return max(1, schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    raise AssertionError(f"no minimal value for {schema}")


@functools.cache
def minimal_answer(component: str) -> dict[str, Any]:
    answer = minimal({"$ref": PREFIX + component})
    validator(component).validate(answer)
    return answer  # type: ignore[no-any-return]


def minimal_body(op: Op) -> dict[str, Any]:
    if op.request is None:
        return {}
    body = minimal({"$ref": PREFIX + op.request})
    validator(op.request).validate(body)
    return body  # type: ignore[no-any-return]


def model_of(op: Op) -> type[Any]:
    return getattr(models, op.response)  # type: ignore[no-any-return]


# -- an in-memory API ---------------------------------------------------------------------------------------


def _reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=minimal_answer(BY_PATH[request.url.path].response))


@pytest.fixture
def recorder() -> Recorder:
    """Overrides conftest's: every operation answered with its minimal answer (conftest's memory_autumn uses it)."""
    return Recorder(_reply)


def assert_sent(op: Op, request: httpx.Request, body: dict[str, Any]) -> None:
    """One request of ``op`` with ``body``: method, path, headers, and the exact JSON on the wire."""
    assert (request.method, request.url.path) == (op.method, op.path)
    assert request.headers["authorization"] == f"Bearer {SECRET_KEY}"
    assert request.headers["x-api-version"] == API_VERSION
    assert ("idempotency-key" in request.headers) == op.wants_key(body), request.headers
    if op.request is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == body


# -- 1. requests --------------------------------------------------------------------------------------------

# operationId -> why the SDK refuses or changes a body its document allows (see the report of each).
KNOWN_REQUEST_BUGS: dict[str, str] = {}


def _request_param(op: Op) -> Any:
    reason = KNOWN_REQUEST_BUGS.get(op.operation_id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(op, id=op.operation_id, marks=marks)


def _finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


@pytest.mark.parametrize("op", [_request_param(op) for op in OPS])
def test_generated_requests_reach_the_wire_unchanged(op: Op, memory_autumn: Autumn, recorder: Recorder) -> None:
    if op.request is None:
        bodies: st.SearchStrategy[dict[str, Any]] = st.just({})
    else:
        bodies = from_schema(json_schema(op.request, closed=True, bounded=True)).filter(_finite)
    method = op.bound(memory_autumn)
    model = model_of(op)
    seen = []

    @BOUNDED
    @given(body=bodies)
    def run(body: dict[str, Any]) -> None:
        if op.request is not None:
            validator(op.request).validate(body)  # the generator made what the document allows
        recorder.requests.clear()
        result = method(**{python_name(k): v for k, v in body.items()})
        assert isinstance(result, model)
        [request] = recorder.requests
        assert_sent(op, request, body)
        seen.append(body)

    run()
    assert seen


def test_check_sends_an_idempotency_key_only_when_it_sends_an_event(memory_autumn: Autumn, recorder: Recorder) -> None:
    # The generated bodies above cover both; this pins the three cases down whatever hypothesis draws.
    for send_event, sent in [(None, False), (False, False), (True, True)]:
        recorder.requests.clear()
        memory_autumn.check(customer_id="c", feature_id="f", send_event=send_event)
        assert ("idempotency-key" in recorder.requests[0].headers) is sent


# -- 2. responses -------------------------------------------------------------------------------------------

EXTRA_KEYS = st.from_regex(r"x_[a-z]{1,6}", fullmatch=True)
EXTRA_VALUES = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=4)
EXTRA_VALUES = EXTRA_VALUES | st.dictionaries(st.text(max_size=4), EXTRA_VALUES, max_size=2)


def _matching_branch(value: Any, branches: list[dict[str, Any]]) -> dict[str, Any]:
    defs = json_schema(RESPONSES[0], closed=True)["$defs"]  # every component, objects closed
    for branch in branches:
        if jsonschema.Draft202012Validator({"$defs": defs, **_convert(branch, closed=True, bounded=False)}).is_valid(value):
            return branch
    raise AssertionError(f"{value!r} matches no branch of {branches}")


def with_extras(draw: Callable[[st.SearchStrategy[Any]], Any], value: Any, schema: dict[str, Any]) -> Any:
    """``value`` with unknown fields added to every object the schema declares properties for."""
    schema = _resolve(schema)
    if "anyOf" in schema:
        return with_extras(draw, value, _matching_branch(value, schema["anyOf"]))
    if isinstance(value, list):
        return [with_extras(draw, item, schema.get("items", {})) for item in value]
    if not isinstance(value, dict) or schema.get("x-sdk-free-form-object"):
        return value
    properties = schema.get("properties", {})
    extra = schema.get("additionalProperties")
    out = {
        k: with_extras(draw, v, properties[k] if k in properties else extra if isinstance(extra, dict) else {})
        for k, v in value.items()
    }
    if properties:
        keys = EXTRA_KEYS.filter(lambda k: k not in properties)
        out.update(draw(st.dictionaries(keys, EXTRA_VALUES, min_size=1, max_size=2)))
    return out


def _round_trips(model: type[Any], answer: dict[str, Any]) -> Any:
    parsed = parse(model, httpx.Response(200, content=json.dumps(answer).encode()))
    assert type(parsed) is model
    assert parsed.to_dict() == answer  # nothing lost or changed (numbers compare equal)
    return parsed


RESPONSES = sorted({op.response for op in OPS})


@pytest.mark.parametrize(
    "component", RESPONSES, ids=[f"{c}:{','.join(op.operation_id for op in OPS if op.response == c)}" for c in RESPONSES]
)
def test_generated_answers_parse_and_round_trip(component: str) -> None:
    model = getattr(models, component)
    seen = []

    @BOUNDED
    @given(answer=from_schema(json_schema(component, closed=True, bounded=True)), data=st.data())
    def run(answer: dict[str, Any], data: st.DataObject) -> None:
        validator(component).validate(answer)  # the generator made what the document allows
        _round_trips(model, answer)
        # A newer server may add fields, at the top and inside every object: they are kept.
        extended = with_extras(data.draw, answer, {"$ref": PREFIX + component})
        validator(component).validate(extended)
        parsed = _round_trips(model, extended)
        assert {k: v for k, v in extended.items() if k not in answer} == parsed.additional_properties
        seen.append(answer)

    run()
    assert seen


# -- 3. every namespace, sync and async ---------------------------------------------------------------------


def _namespace_ops(namespace: str) -> list[Op]:
    return [op for op in OPS if (op.namespace or "") == namespace]


def _public_methods(owner: Any) -> set[str]:
    return {n for n in dir(owner) if not n.startswith("_") and inspect.ismethod(getattr(owner, n))}


@pytest.mark.parametrize("namespace", NAMESPACES, ids=[n or "autumn" for n in NAMESPACES])
def test_every_operation_of_a_namespace_sync(namespace: str, memory_autumn: Autumn, recorder: Recorder) -> None:
    ops = _namespace_ops(namespace)
    if namespace:
        owner = getattr(memory_autumn, namespace)
        pages = {f"{op.name}_all{s}" for op in ops if op.pagination for s in ("", "_async")}
        assert _public_methods(owner) == {op.name + s for op in ops for s in ("", "_async")} | pages
    for op in ops:
        body = minimal_body(op)
        recorder.requests.clear()
        result = op.bound(memory_autumn)(**{python_name(k): v for k, v in body.items()})
        assert isinstance(result, model_of(op)), op.label
        [request] = recorder.requests
        assert_sent(op, request, body)
        if op.pagination:  # one page (the minimal answer lists nothing), asked for from offset 0
            recorder.requests.clear()
            assert list(op.bound(memory_autumn, "_all")(**{python_name(k): v for k, v in body.items()})) == []
            [request] = recorder.requests
            assert_sent(op, request, {**body, op.pagination["offset"]: 0})


@pytest.mark.parametrize("namespace", NAMESPACES, ids=[n or "autumn" for n in NAMESPACES])
async def test_every_operation_of_a_namespace_async(namespace: str, recorder: Recorder) -> None:
    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(recorder)) as client,
        Autumn(x_api_version="2.1", secret_key=SECRET_KEY, async_client=client) as autumn,
    ):
        for op in _namespace_ops(namespace):
            body = minimal_body(op)
            recorder.requests.clear()
            result = await op.bound(autumn, "_async")(**{python_name(k): v for k, v in body.items()})
            assert isinstance(result, model_of(op)), op.label
            [request] = recorder.requests
            assert_sent(op, request, body)
            if op.pagination:
                recorder.requests.clear()
                pages = op.bound(autumn, "_all_async")(**{python_name(k): v for k, v in body.items()})
                assert [item async for item in pages] == []
                [request] = recorder.requests
                assert_sent(op, request, {**body, op.pagination["offset"]: 0})
