"""openapi.yaml is a valid OpenAPI 3.1 document that says what the issue and the wire contract say."""

from __future__ import annotations

from typing import Any

import yaml
from openapi_spec_validator import validate

from tests.conftest import ROOT

UPSTREAM = ROOT.parent / "shared" / "reference" / "autumn-api-2.1-balances.upstream.yaml"


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_operations_and_names(spec: dict[str, Any]) -> None:
    check = spec["paths"]["/v1/balances.check"]["post"]
    track = spec["paths"]["/v1/balances.track"]["post"]
    assert (check["operationId"], track["operationId"]) == ("check", "track")
    schemas = spec["components"]["schemas"]
    for name in (
        "CheckParams",
        "CheckResponse",
        "TrackParams",
        "TrackResponse",
        "Balance",
        "BalanceBreakdown",
        "BalanceReset",
        "CheckPreview",
        "ErrorBody",
    ):
        assert name in schemas
    assert set(check["responses"]) == {"200", "4XX", "5XX"}
    assert spec["components"]["responses"]["AutumnError"]["content"].keys() == {"*/*"}
    assert spec["components"]["securitySchemes"]["secretKey"] == {
        **spec["components"]["securitySchemes"]["secretKey"],
        "type": "http",
        "scheme": "bearer",
    }
    params = spec["components"]["parameters"]
    assert params["ApiVersion"]["name"] == "x-api-version" and params["ApiVersion"]["schema"]["default"] == "2.1"
    assert params["IdempotencyKey"]["name"] == "Idempotency-Key"


def _resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _shape(doc: dict[str, Any], node: dict[str, Any], depth: int = 0) -> Any:
    """Field names, types, nullability and required lists of a schema, with $refs and titles erased."""
    node = _resolve(doc, node)
    if depth > 12:
        return "…"
    if "anyOf" in node:
        members = [_shape(doc, m, depth + 1) for m in node["anyOf"]]
        flat: list[Any] = []
        for m in members:
            flat.extend(m if isinstance(m, list) else [m])
        return sorted(flat, key=repr)
    if isinstance(node.get("type"), list):
        return sorted((_shape(doc, {**node, "type": t}, depth + 1) for t in node["type"]), key=repr)
    if "enum" in node:
        return ("enum", tuple(sorted(node["enum"])))
    if "const" in node:
        return ("enum", (node["const"],))
    kind = node.get("type", "any")
    if kind == "object":
        props = {k: _shape(doc, v, depth + 1) for k, v in node.get("properties", {}).items()}
        extra = node.get("additionalProperties")
        return (
            "object",
            tuple(sorted(props.items(), key=lambda kv: kv[0])),
            tuple(sorted(node.get("required", []))),
            _shape(doc, extra, depth + 1) if isinstance(extra, dict) and extra else None,
        )
    if kind == "array":
        return ("array", _shape(doc, node.get("items", {}), depth + 1))
    return kind


def _normalise(shape: Any) -> Any:
    # The contract spells ResetInterval as enum | const "multiple"; ours is one enum: the same strings.
    if isinstance(shape, list):
        enums = [s for s in shape if isinstance(s, tuple) and s[0] == "enum"]
        rest = [_normalise(s) for s in shape if not (isinstance(s, tuple) and s[0] == "enum")]
        if enums:
            rest.append(("enum", tuple(sorted(v for e in enums for v in e[1]))))
        # Nullable "anything" is just "anything".
        rest = [r for r in rest if not (r == "null" and "any" in rest)]
        return rest[0] if len(rest) == 1 else sorted(rest, key=repr)
    if isinstance(shape, tuple):
        return tuple(_normalise(s) for s in shape)
    return shape


def test_wire_contract_matches_upstream(spec: dict[str, Any]) -> None:
    """Every field name, type, nullability and required list equals Autumn's API 2.1 contract."""
    if not UPSTREAM.exists():
        import pytest

        pytest.skip("the reference contract is not beside this checkout")
    upstream = yaml.safe_load(UPSTREAM.read_text(encoding="utf-8"))
    for path in ("/v1/balances.check", "/v1/balances.track"):
        ours, theirs = spec["paths"][path]["post"], upstream["paths"][path]["post"]
        for part in (
            ("requestBody", "content", "application/json", "schema"),
            ("responses", "200", "content", "application/json", "schema"),
        ):
            a: Any = ours
            b: Any = theirs
            for key in part:
                a = _resolve(spec, a)[key]
                b = _resolve(upstream, b)[key]
            assert _normalise(_shape(spec, a)) == _normalise(_shape(upstream, b)), (path, part)
