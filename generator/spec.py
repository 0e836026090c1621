"""Read openapi.yaml into the small view the SDK templates render from."""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Argument:
    """One keyword argument of an operation method: a body property or a header parameter."""

    name: str  # the Python name
    wire_name: str
    kind: str  # str | number | integer | bool | object | enum | array | any
    required: bool
    description: str
    location: str  # "body" or "header"
    min_length: int | None = None
    enum_class: str | None = None
    enum_values: tuple[str, ...] = ()

    @property
    def annotation(self) -> str:
        base = {
            "str": "str",
            "number": "float",
            "integer": "int",
            "bool": "bool",
            "object": "Mapping[str, Any]",
            "array": "Sequence[Any]",
            "any": "Any",
        }.get(self.kind)
        if self.kind == "enum":
            # Plain strings work too: users write what they read in the docs ("month").
            base = f"models.{self.enum_class} | str"
        assert base is not None, self.kind
        return base if self.required else f"{base} | None"

    @property
    def doc_type(self) -> str:
        base = {
            "str": "*str*",
            "number": "*float*",
            "integer": "*int*",
            "bool": "*bool*",
            "object": "Dict[str, *Any*]",
            "array": "List[*Any*]",
            "any": "*Any*",
        }.get(self.kind)
        if self.kind == "enum":
            base = f"[models.{self.enum_class}](../../models/{str(self.enum_class).lower()}.md)"
        if self.required or self.kind == "object":
            return str(base)
        return f"*Optional[{str(base).strip('*')}]*" if base and base.startswith("*") else f"Optional[{base}]"


@dataclass(frozen=True)
class Operation:
    name: str  # operationId, the method name
    method: str
    path: str
    summary: str
    description: str
    body_schema: str
    response_model: str
    arguments: tuple[Argument, ...]
    require_one_of: tuple[str, ...]
    # "always", "never" or the name of a bool argument that, when true, makes the call change a balance.
    idempotency_key: str
    example: dict[str, Any]
    error_statuses: tuple[str, ...]
    error_content_types: tuple[str, ...]
    # The answer Autumn(fail_open=True) gives when the API is unreachable: wire name -> literal, or
    # "$argument" for the value of that argument. None: the operation never fails open.
    fail_open: dict[str, Any] | None = None

    @property
    def required_arguments(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.required)

    @property
    def optional_arguments(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if not a.required)

    @property
    def body_arguments(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.location == "body")

    @property
    def idempotency_argument(self) -> Argument | None:
        return next((a for a in self.arguments if a.wire_name.lower() == "idempotency-key"), None)

    @property
    def balance_changing_condition(self) -> str:
        """A Python expression, true when a call changes a balance (and so must not be lost)."""
        return {"always": "True", "never": "False"}.get(self.idempotency_key, f"bool({self.idempotency_key})")

    def fail_open_fields(self) -> list[tuple[str, str]]:
        """The fail-open answer as (wire name, Python expression) pairs."""
        assert self.fail_open is not None
        return [(k, v[1:] if isinstance(v, str) and v.startswith("$") else repr(v)) for k, v in self.fail_open.items()]


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    server_url: str
    api_version_header: str
    api_version: str
    timeout_ms: int
    retries: dict[str, Any]
    operations: tuple[Operation, ...]


class SpecError(Exception):
    """openapi.yaml says something the generator cannot turn into an SDK."""


def load(path: Path) -> Api:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    resolver = _Resolver(raw)
    sdk = raw.get("x-sdk", {})
    operations = []
    client_headers: dict[str, Any] = {}
    for op_path, item in raw["paths"].items():
        for method, op in item.items():
            operations.append(_operation(resolver, op_path, method, op, client_headers))
    if len(client_headers) != 1 or "x_api_version" not in client_headers:
        raise SpecError("exactly one client-level header is supported: x-api-version (x-sdk-client-option: x_api_version)")
    version_header = client_headers["x_api_version"]
    return Api(
        title=raw["info"]["title"],
        version=str(raw["info"]["version"]),
        server_url=raw["servers"][0]["url"],
        api_version_header=version_header["name"],
        api_version=str(version_header["schema"]["default"]),
        timeout_ms=int(sdk["timeout-ms"]),
        retries=sdk["retries"],
        operations=tuple(sorted(operations, key=lambda o: o.name)),
    )


class _Resolver:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def deref(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = self.lookup(node["$ref"])
        return node

    def lookup(self, ref: str) -> dict[str, Any]:
        if not ref.startswith("#/"):
            raise SpecError(f"only local $refs are supported, not {ref}")
        node: Any = self.raw
        for part in ref[2:].split("/"):
            node = node[part]
        return node  # type: ignore[no-any-return]

    @staticmethod
    def ref_name(node: dict[str, Any]) -> str:
        return str(node["$ref"]).rsplit("/", 1)[-1]


def _python_name(wire_name: str) -> str:
    name = wire_name.replace("-", "_").lower()
    return f"{name}_" if keyword.iskeyword(name) else name


def _argument(
    resolver: _Resolver, wire_name: str, schema: dict[str, Any], required: bool, location: str, description: str
) -> Argument:
    enum_class = None
    enum_values: tuple[str, ...] = ()
    if "$ref" in schema:
        target = resolver.deref(schema)
        if "enum" in target:
            enum_class = resolver.ref_name(schema)
            enum_values = tuple(target["enum"])
            kind = "enum"
        else:
            raise SpecError(f"{wire_name}: only enums may be $refs in a request body")
        description = description or target.get("description", "")
    else:
        json_type = schema.get("type")
        kind = {
            "string": "str",
            "number": "number",
            "integer": "integer",
            "boolean": "bool",
            "object": "object",
            "array": "array",
        }.get(json_type if isinstance(json_type, str) else "", "any")
        description = description or schema.get("description", "")
    return Argument(
        name=_python_name(wire_name),
        wire_name=wire_name,
        kind=kind,
        required=required,
        description=" ".join(description.split()),
        location=location,
        min_length=schema.get("minLength"),
        enum_class=enum_class,
        enum_values=enum_values,
    )


def _operation(resolver: _Resolver, path: str, method: str, op: dict[str, Any], client_headers: dict[str, Any]) -> Operation:
    name = op["operationId"]
    body = op["requestBody"]["content"]["application/json"]
    body_ref = body["schema"]
    body_schema = resolver.deref(body_ref)
    required = set(body_schema.get("required", []))
    arguments = [
        _argument(resolver, prop, schema, prop in required, "body", schema.get("description", ""))
        for prop, schema in body_schema["properties"].items()
    ]
    for param_node in op.get("parameters", []):
        param = resolver.deref(param_node)
        if param["in"] != "header":
            raise SpecError(f"{name}: only header parameters are supported, not {param['in']} {param['name']}")
        if "x-sdk-client-option" in param:
            client_headers[param["x-sdk-client-option"]] = param
            continue
        arguments.append(
            _argument(
                resolver, param["name"], param["schema"], bool(param.get("required")), "header", param.get("description", "")
            )
        )
    names = [a.name for a in arguments]
    if len(names) != len(set(names)):
        raise SpecError(f"{name}: two arguments share a Python name: {names}")
    reserved = {"retries", "server_url", "timeout_ms", "http_headers"} & set(names)
    if reserved:
        raise SpecError(f"{name}: {sorted(reserved)} are the SDK's own per-call options")
    responses = op["responses"]
    ok = resolver.deref(responses["200"])
    errors = {status: resolver.deref(resp) for status, resp in responses.items() if not status.startswith("2")}
    idempotency = op.get("x-sdk-idempotency-key", "never")
    if idempotency not in ("always", "never") and not any(a.name == idempotency and a.kind == "bool" for a in arguments):
        raise SpecError(f"{name}: x-sdk-idempotency-key must be always, never or a boolean body property, not {idempotency!r}")
    one_of = tuple(body_schema.get("x-sdk-require-one-of", ()))
    for one in one_of:
        if one not in names:
            raise SpecError(f"{name}: x-sdk-require-one-of names {one}, which is not a property")
    fail_open = op.get("x-sdk-fail-open")
    if fail_open is not None:
        response_schema = resolver.deref(ok["content"]["application/json"]["schema"])
        missing = set(response_schema.get("required", [])) - set(fail_open)
        if missing:
            raise SpecError(f"{name}: x-sdk-fail-open lacks the response's required fields {sorted(missing)}")
        for value in fail_open.values():
            if isinstance(value, str) and value.startswith("$") and value[1:] not in names:
                raise SpecError(f"{name}: x-sdk-fail-open refers to {value}, which is not an argument")
    return Operation(
        name=name,
        method=method.upper(),
        path=path,
        summary=" ".join(op.get("summary", "").split()),
        description=op.get("description", "").strip(),
        body_schema=resolver.ref_name(body_ref),
        response_model=resolver.ref_name(ok["content"]["application/json"]["schema"]),
        arguments=tuple(arguments),
        require_one_of=one_of,
        idempotency_key=idempotency,
        example=body.get("example", {}),
        error_statuses=tuple(errors),
        error_content_types=tuple(sorted({ct for resp in errors.values() for ct in resp.get("content", {})})),
        fail_open=fail_open,
    )
