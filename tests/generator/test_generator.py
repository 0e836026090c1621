"""The generator serves the constructs such documents contain, and refuses what it cannot serve.

Each test writes a small hand-made document (and overlay) into a temporary repository, generates
the SDK there, and, for the constructs, drives the result in a fresh interpreter over an in-memory
transport.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import build
from generator.errors import SpecError
from generator.normalize import NamingWarning, normalize
from generator.overlay import OverlayError, OverlayTargetWarning, apply
from tests.conftest import ROOT

SETTINGS = {
    "overlay": "1.0.0",
    "info": {"title": "test", "version": "1"},
    "actions": [
        {
            "target": "$",
            "update": {
                "x-sdk": {
                    "timeout-ms": 1000,
                    "retries": {
                        "strategy": "none",
                        "backoff": {"initial_interval": 1, "max_interval": 1, "exponent": 1, "max_elapsed_time": 1},
                        "retry_connection_errors": False,
                        "status_codes": [503],
                    },
                }
            },
        }
    ],
}


def _document(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Kitchen", "version": "1"},
        "servers": [{"url": "https://api.example.test"}],
        "paths": paths,
        "components": {"schemas": schemas or {}},
        "x-speakeasy-globals": {
            "parameters": [{"name": "x-api-version", "in": "header", "schema": {"type": "string", "default": "7"}}]
        },
    }


def _post(operation_id: str, body: dict[str, Any] | None, response: dict[str, Any], **extra: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": operation_id,
        "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": response}}}},
        **extra,
    }
    if body is not None:
        op["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return {"post": op}


OK = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}


def _repo(tmp_path: Path, document: dict[str, Any], overlay: dict[str, Any] | None = None) -> Path:
    repo = tmp_path / "repo"
    (repo / "generator").mkdir(parents=True)
    shutil.copy(ROOT / "generator" / "openapi-python-client.yaml", repo / "generator")
    shutil.copytree(ROOT / "templates", repo / "templates")
    (repo / "openapi.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    (repo / "generator" / "overlay.yaml").write_text(yaml.safe_dump(overlay or SETTINGS, sort_keys=False), encoding="utf-8")
    return repo


def _generate(repo: Path) -> Path:
    staging = repo.parent / "staging"
    build.generate(repo, staging)
    return staging


# -- what the generator refuses, with a JSON pointer ------------------------------------------------


def _autumn() -> dict[str, Any]:
    """Autumn's 2.1 document (a smaller one than the default version's: these tests change it)."""
    return yaml.safe_load((ROOT / "openapi-2.1.yaml").read_text(encoding="utf-8"))


def _overlay() -> dict[str, Any]:
    """Our overlays for 2.1 as one: every version's rules, then 2.1's own."""
    common = yaml.safe_load((ROOT / "generator" / "overlay.yaml").read_text(encoding="utf-8"))
    own = yaml.safe_load((ROOT / "generator" / "overlay-2.1.yaml").read_text(encoding="utf-8"))
    return {**common, "actions": [*common["actions"], *own["actions"]]}


def _with_action(action: dict[str, Any]) -> dict[str, Any]:
    overlay = _overlay()
    overlay["actions"].append(action)
    return overlay


CHECK = "$.paths['/v1/balances.check'].post"


@pytest.mark.parametrize(
    ("overlay", "message"),
    [
        (_with_action({"target": CHECK + "['x-sdk-fail-open'].allowed", "remove": True}), "allowed"),
        (_with_action({"target": CHECK, "update": {"x-sdk-fail-open": {"allowed": True, "customer_id": "$x"}}}), "[$]x"),
        (_with_action({"target": CHECK, "update": {"x-sdk-idempotency-key": "sometimes"}}), "x-sdk-idempotency-key"),
        (
            _with_action(
                {
                    "target": "$.paths['/v1/events.list'].post",
                    "update": {"x-sdk-pagination": {"style": "cursor", "cursor": "next"}},
                }
            ),
            "x-sdk-pagination",
        ),
        (
            _with_action({"target": "$", "remove": True}),
            "root",
        ),
    ],
    ids=["fail-open-missing-field", "fail-open-unknown-argument", "idempotency-rule", "pagination-style", "remove-root"],
)
def test_bad_overlays_are_refused_with_a_pointer(tmp_path: Path, overlay: dict[str, Any], message: str) -> None:
    repo = _repo(tmp_path, _autumn(), overlay)
    with pytest.raises((SpecError, OverlayError), match=message) as caught:
        _generate(repo)
    if isinstance(caught.value, SpecError):
        assert caught.value.pointer.startswith("#")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            _document({"/x": _post("x", {"allOf": [{"type": "object"}]}, OK)}),
            "allOf is not supported",
        ),
        (
            _document({"/x": _post("x", {"type": "string"}, OK)}),
            "body must be an object",
        ),
        (
            _document(
                {"/x": _post("x", {"type": "object", "properties": {"a-b": {"type": "string"}, "a_b": {"type": "string"}}}, OK)}
            ),
            "same argument",
        ),
        (
            _document({"/x": _post("x", None, {"type": "string"})}),
            "must be a JSON object",
        ),
    ],
    ids=["allOf", "scalar-body", "colliding-names", "scalar-answer"],
)
def test_documents_it_cannot_serve_raise_spec_error(tmp_path: Path, document: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=message) as caught:
        _generate(_repo(tmp_path, document))
    assert caught.value.pointer.startswith("#/")


def test_generator_cli_reports_a_spec_error_without_a_traceback(tmp_path: Path) -> None:
    repo = _repo(tmp_path, _document({"/x": _post("x", {"type": "string"}, OK)}))
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(repo), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "cannot generate the SDK: #/paths/~1x/post/requestBody" in result.stderr
    assert "Traceback" not in result.stderr


# -- the overlay ------------------------------------------------------------------------------------


def test_overlay_updates_merge_and_removes_delete() -> None:
    document = {"paths": {"/a": {"post": {"tags": ["x"], "x-keep": 1}}, "/b": {"post": {"tags": ["y"]}}}}
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.paths[*].post", "update": {"tags": ["z"], "x-new": {"deep": True}}},
            {"target": "$.paths['/b'].post.tags", "remove": True},
        ],
    }
    result = apply(document, overlay)
    assert result == {
        "paths": {
            "/a": {"post": {"tags": ["x", "z"], "x-keep": 1, "x-new": {"deep": True}}},
            "/b": {"post": {"x-new": {"deep": True}}},
        }
    }
    assert document["paths"]["/a"]["post"] == {"tags": ["x"], "x-keep": 1}  # the input is not changed


def test_an_overlay_target_that_matches_nothing_is_a_warning() -> None:
    overlay = {"overlay": "1.0.0", "actions": [{"target": "$.paths['/gone'].post", "update": {"title": "X"}}]}
    with pytest.warns(OverlayTargetWarning, match="matched nothing"):
        assert apply({"paths": {}}, overlay) == {"paths": {}}


def test_our_overlay_applies_cleanly_to_autumns_document() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        normalize(apply(_autumn(), _overlay()))


def test_overlay_is_not_a_document() -> None:
    with pytest.raises(OverlayError, match=r"Overlay 1\.x"):
        apply({}, {"actions": []})


# -- naming -----------------------------------------------------------------------------------------


def test_one_component_per_shape_named_by_title_then_parent_and_property() -> None:
    item = {"type": "object", "properties": {"id": {"type": "string", "description": "one"}}}
    same_item = {"type": "object", "properties": {"id": {"type": "string", "description": "another text"}}}
    document = _document(
        {
            "/a": _post("getA", None, {"type": "object", "properties": {"things": {"type": "array", "items": item}}}),
            "/b": _post("getB", None, {"type": "object", "properties": {"thing": same_item}}),
            "/c": _post("getC", None, {"type": "object", "title": "Named", "properties": {"n": {"type": "number"}}}),
        }
    )
    schemas = normalize(document)["components"]["schemas"]
    assert set(schemas) == {"GetAResponse", "GetAResponseThing", "GetBResponse", "Named"}
    assert schemas["GetBResponse"]["properties"]["thing"]["$ref"] == "#/components/schemas/GetAResponseThing"


def test_a_derived_name_taken_by_another_shape_is_numbered_with_a_warning() -> None:
    document = _document(
        {
            "/a": _post(
                "a", None, {"type": "object", "properties": {"x": {"type": "object", "properties": {"p": {"type": "string"}}}}}
            )
        },
        {"AResponseX": {"type": "object", "properties": {"other": {"type": "number"}}}},
    )
    with pytest.warns(NamingWarning, match="AResponseX2"):
        schemas = normalize(document)["components"]["schemas"]
    assert "AResponseX2" in schemas


# -- every construct, generated and driven ----------------------------------------------------------

NODE = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}},
    "required": ["name"],
}
KITCHEN = _document(
    {
        "/v1/things/{thing_id}": {
            "get": {
                "operationId": "getThing",
                "tags": ["things"],
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "verbose", "in": "query", "required": False, "schema": {"type": "boolean"}},
                    {"name": "X-Trace-Id", "in": "header", "required": False, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "id": {"type": "string"},
                                        "kind": {"enum": ["a", "b"]},
                                        "limit": {"anyOf": [{"type": "number"}, {"const": "inf"}]},
                                        "note": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                                        "counts": {"type": "object", "additionalProperties": {"type": "number"}},
                                        "extra": {"type": "object", "additionalProperties": {}},
                                        "tree": {"$ref": "#/components/schemas/Node"},
                                    },
                                    "required": ["id", "kind"],
                                }
                            }
                        },
                    }
                },
            },
            "delete": {
                "operationId": "deleteThing",
                "tags": ["things"],
                "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"204": {"description": "Deleted"}},
            },
        },
        "/v1/things.create": _post(
            "createThing",
            {
                "type": "object",
                "title": "CreateThingParams",
                "properties": {
                    "type": {"type": "string"},
                    "range": {"type": "string"},
                    "body": {"type": "string"},
                    "self": {"type": "string"},
                    "retries": {"type": "number"},
                    "parts": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"sku": {"type": "string"}, "qty": {"type": "number", "minimum": 1}},
                            "required": ["sku"],
                        },
                    },
                    "label": {"anyOf": [{"type": "string"}, {"type": "null"}]},
                    "tree": {"$ref": "#/components/schemas/Node"},
                    "meta": {"type": "object", "additionalProperties": {}},
                },
                "required": ["type"],
            },
            {"$ref": "#/components/schemas/Node"},
            tags=["things"],
            **{"x-speakeasy-name-override": "make"},
        ),
    },
    {"Node": NODE},
)

DRIVE = """
import asyncio, json, httpx
from autumn_sdk import Autumn, models
from autumn_sdk._generated.types import UNSET

sent = []
def reply(request):
    sent.append({"method": request.method, "path": request.url.raw_path.decode().split("?")[0], "query": dict(request.url.params),
                 "trace": request.headers.get("x-trace-id"), "key": request.headers.get("idempotency-key"),
                 "body": json.loads(request.content) if request.content else None})
    if request.method == "DELETE":
        return httpx.Response(204)
    if request.method == "GET":
        return httpx.Response(200, json={"id": "t 1", "kind": "zzz", "limit": "inf", "note": None, "counts": {"a": 1},
                                         "extra": {"x": [1]}, "tree": {"name": "r", "children": [{"name": "c"}]}})
    return httpx.Response(200, json={"name": "made"})

transport = httpx.MockTransport(reply)
autumn = Autumn(secret_key="sk", server_url="http://127.0.0.1:9", client=httpx.Client(transport=transport),
                async_client=httpx.AsyncClient(transport=transport))
got = autumn.things.get_thing(thing_id="t 1/2", verbose=True, x_trace_id="tr")
deleted = autumn.things.delete_thing(thing_id="t1")
made = autumn.things.make(type_="big", range="1-2", body="b", self_="s", retries_=2, parts=[{"sku": "a", "qty": 2}],
                          label=None, tree={"name": "r", "children": [{"name": "c"}]}, meta={"k": [1]})
made_async = asyncio.run(autumn.things.make_async(type_="small"))
errors = []
for bad in ({"parts": [{"qty": 2}]}, {"parts": [{"sku": "a", "qty": 0}]}, {"parts": [{"sku": "a", "qtty": 1}]},
            {"tree": {"name": "r", "children": [{"nam": "c"}]}}):
    try:
        autumn.things.make(type_="x", **bad)
    except (TypeError, ValueError) as exc:
        errors.append(str(exc))
print(json.dumps({
    "sent": sent, "deleted": deleted, "made": made.name, "async": made_async.name,
    "got": [got.kind, str(got.limit), got.note, got.counts.to_dict(), got.extra, got.tree.children[0].name],
    "isinstance": isinstance(got.tree, models.Node), "errors": errors,
}))
"""


@pytest.mark.slow
def test_every_construct_generates_and_works_on_the_wire(tmp_path: Path) -> None:
    repo = _repo(tmp_path, copy.deepcopy(KITCHEN))
    staging = _generate(repo)
    # Not the emulator nor the framework helpers: they are Autumn's, not this document's.
    runtime_only = shutil.ignore_patterns("__pycache__", "_generated", "testing", "integrations")
    shutil.copytree(ROOT / "autumn_sdk", repo / "autumn_sdk", ignore=runtime_only)
    shutil.copytree(staging / "autumn_sdk" / "_generated", repo / "autumn_sdk" / "_generated")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(DRIVE)],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    get, delete, make, make_async = out["sent"][:4]
    assert get == {
        "method": "GET",
        "path": "/v1/things/t%201%2F2",
        "query": {"verbose": "true"},
        "trace": "tr",
        "key": None,
        "body": None,
    }
    assert delete["method"] == "DELETE" and delete["path"] == "/v1/things/t1" and delete["key"]  # a change: keyed
    assert make["body"] == {
        "type": "big",
        "range": "1-2",
        "body": "b",
        "self": "s",
        "retries": 2,
        "parts": [{"sku": "a", "qty": 2}],
        "label": None,
        "tree": {"name": "r", "children": [{"name": "c"}]},
        "meta": {"k": [1]},
    }
    assert make_async["body"] == {"type": "small"}  # an unset nullable argument is not sent
    assert out["deleted"] is None and out["made"] == "made" and out["async"] == "made"
    assert out["got"] == ["zzz", "inf", None, {"a": 1}, {"x": [1]}, "c"]
    assert out["isinstance"] is True
    assert out["errors"] == [
        "parts[0].sku: required, missing",
        "parts[0].qty: must be >= 1, not 0",
        "parts[0].qtty: unknown key (the API would ignore it); expected one of: sku, qty",
        "tree.children[0].nam: unknown key (the API would ignore it); expected one of: name, children",
    ]
    assert len(out["sent"]) == 4  # the bad calls sent nothing
