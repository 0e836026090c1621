"""The view of the API the SDK templates render from, built from openapi-python-client's parse.

openapi-python-client parses the (overlaid, normalized) document into endpoints: their parameters,
bodies and responses as typed properties named the way its models are. This module walks those
properties to describe each operation as an SDK method: its namespace and name (Autumn's
``tags``/``x-speakeasy-*`` hints), its keyword arguments and their annotations, how each is checked
before any I/O, and the SDK behaviour the overlay's ``x-sdk`` keys ask for.
"""

from __future__ import annotations

import json
import keyword
import re
from dataclasses import dataclass, field, replace
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import (
    AnyProperty,
    BooleanProperty,
    ConstProperty,
    EnumProperty,
    FloatProperty,
    IntProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    Property,
    StringProperty,
    UnionProperty,
)

from generator.errors import SpecError

# Per-call options every method takes, and names the generated method bodies use: an argument
# spelt like one of these gets a trailing underscore.
PER_CALL_OPTIONS = ("idempotency_key", "retries", "server_url", "timeout_ms", "http_headers", "deadline_ms")
_RESERVED = frozenset({*PER_CALL_OPTIONS, "self", "cls"})
_COMPONENTS = "#/components/schemas/"


def python_name(wire_name: str) -> str:
    """The keyword argument for a wire name: snake_case; a Python keyword or ``type`` gets ``_``.

    Builtins such as ``id``, ``range``, ``object`` and ``input`` stay as they are, as in Autumn's own
    SDK: they only shadow the builtin inside the generated method, which does not use it.
    """
    name = re.sub(r"[^0-9A-Za-z_]+", "_", wire_name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()
    if name[:1].isdigit():
        name = f"n{name}"
    if keyword.iskeyword(name) or name == "type" or name in _RESERVED or name.startswith("_"):
        name += "_"
    return name


def snake(text: str) -> str:
    return python_name(text).rstrip("_") if text else text


def method_name(text: str) -> str:
    """A method's name: snake_case; a Python keyword gets ``_`` (``billing.import_``, as Autumn's SDK spells it)."""
    name = snake(text)
    return f"{name}_" if keyword.iskeyword(name) else name


@dataclass(frozen=True)
class Argument:
    """One keyword argument of an operation method."""

    name: str  # the Python name
    wire_name: str
    location: str  # body | query | path | header | body_root (the whole body: a top-level array, `request`)
    required: bool
    nullable: bool  # an explicit None is sent as JSON null (else None means "not given")
    kind: str  # str | number | integer | bool | enum | object (free-form) | structured | any
    annotation: str  # without the "| None" an optional argument adds
    description: str
    schema: Any  # the compact JSON schema the argument is validated against (structured only)
    enum_class: str | None = None
    enum_values: tuple[str, ...] = ()
    doc_type: str = ""
    min_length: int = 0

    @property
    def default(self) -> str:
        if self.required:
            return ""
        return "UNSET" if self.nullable else "None"

    @property
    def full_annotation(self) -> str:
        if self.required:
            return f"{self.annotation} | None" if self.nullable else self.annotation
        if self.nullable:
            return f"{self.annotation} | None | Unset"
        return f"{self.annotation} | None"

    @property
    def given(self) -> str:
        """A Python test that is true when the caller gave this optional argument."""
        return f"{self.name} is not UNSET" if self.nullable else f"{self.name} is not None"


@dataclass(frozen=True)
class Pagination:
    """How ``<name>_all()`` walks the pages of a list operation (``x-sdk-pagination``).

    ``offset`` style: each page asks for ``offset`` = the items seen so far, until ``has_more`` is
    false. ``cursor`` style: the first page sends no ``cursor``, each next one the answer's
    ``next_cursor``, until that is null or absent. Names are the Python names (arguments, fields).
    """

    style: str  # offset | cursor
    limit: str  # the argument for the page size
    items: str  # the answer's field that lists the page's items
    item_model: str
    offset: str = ""  # offset style: the argument that carries the offset
    has_more: str = ""  # offset style: the answer's field that says another page follows
    cursor: str = ""  # cursor style: the argument that says where a page starts
    next_cursor: str = ""  # cursor style: the answer's field with the next page's cursor (null/absent: last page)

    @property
    def position(self) -> str:
        """The argument ``<name>_all()`` sets itself, page after page (so it does not take it)."""
        return self.offset if self.style == "offset" else self.cursor


@dataclass(frozen=True)
class Operation:
    operation_id: str
    namespace: str | None  # None: a method of the client itself (check, track)
    name: str  # the method name
    method: str
    path: str
    summary: str
    description: str
    arguments: tuple[Argument, ...]
    has_body: bool
    response_model: str | None  # None: the answer has no body (204), the method returns None
    idempotency: str  # always | never | the name of a bool argument that makes a call change state
    require_one_of: tuple[str, ...]
    fail_open: dict[str, Any] | None
    pagination: Pagination | None
    example: dict[str, Any]
    error_statuses: tuple[str, ...]
    request_schema: Any  # the body's compact schema (None: no body)
    retry: str = "all"  # all | unsent | unsent-without:<argument> (x-sdk-retry)
    key_when: tuple[tuple[str, str], ...] = ()  # (argument, kind): when a call gets a key (x-sdk-idempotency-key)
    accepted: bool = False  # a 202 answer is described: accepted by the API, to be applied on its side
    nowait: bool = False  # x-sdk-nowait: also a `<name>_nowait` method that queues the call and returns at once
    dated_by: str | None = None  # x-sdk-dated-by: the body property that says when a change happened
    replay: dict[str, Any] | None = None  # x-sdk-replay: what the outbox does with a replayed answer (settings.REPLAY_RULES)

    @property
    def key_condition(self) -> str:
        """A Python expression, true when a call gets an Idempotency-Key: the first property is true, or another is given."""
        first, *others = self.key_when
        return " or ".join([first[0], *(f"{name} is not None" for name, _ in others)])

    @property
    def endpoint_name(self) -> str:
        return f"{self.name.upper()}_ENDPOINT"

    @property
    def marks_answers(self) -> bool:
        """Whether its answers carry the SDK's markers (failed_open, accepted, already_applied)."""
        return self.fail_open is not None or self.accepted

    @property
    def required_arguments(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if a.required)

    @property
    def optional_arguments(self) -> tuple[Argument, ...]:
        return tuple(a for a in self.arguments if not a.required)

    @property
    def body_arguments(self) -> tuple[Argument, ...]:
        """The arguments that are the body object's properties (none for a ``body_root`` body)."""
        return tuple(a for a in self.arguments if a.location == "body")

    @property
    def body_root(self) -> Argument | None:
        """The one argument that is the whole body (a top-level array), if the body is not an object."""
        return next((a for a in self.arguments if a.location == "body_root"), None)

    @property
    def has_request_parts(self) -> bool:
        return any(a.location not in ("body", "body_root") for a in self.arguments)

    @property
    def takes_idempotency_key(self) -> bool:
        return self.idempotency != "never"

    @property
    def changes_state_condition(self) -> str:
        """A Python expression, true when a call changes state (and so must not be lost)."""
        return {"always": "True", "never": "False"}.get(self.idempotency, f"bool({self.idempotency})")

    def fail_open_fields(self) -> list[tuple[str, str]]:
        """The fail-open answer as (wire name, Python expression) pairs."""
        assert self.fail_open is not None
        names = {a.wire_name: a.name for a in self.arguments}
        return [(k, names[v[1:]] if isinstance(v, str) and v.startswith("$") else repr(v)) for k, v in self.fail_open.items()]


@dataclass(frozen=True)
class Namespace:
    name: str  # the attribute on the client: autumn.<name>
    class_name: str
    description: str
    operations: tuple[Operation, ...]


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
    schemas: dict[str, Any] = field(default_factory=dict)  # compact request schemas, by component name
    response_schemas: dict[str, Any] = field(default_factory=dict)  # compact schemas of the answers' models

    @property
    def root_operations(self) -> tuple[Operation, ...]:
        return tuple(op for op in self.operations if op.namespace is None)

    @property
    def namespaces(self) -> tuple[Namespace, ...]:
        names = sorted({op.namespace for op in self.operations if op.namespace is not None})
        return tuple(
            Namespace(
                name=n,
                class_name="".join(w.capitalize() for w in n.split("_")),
                description=self.tag_descriptions.get(n, ""),
                operations=tuple(op for op in self.operations if op.namespace == n),
            )
            for n in names
        )

    tag_descriptions: dict[str, str] = field(default_factory=dict)


def build(document: dict[str, Any], openapi: GeneratorData) -> Api:
    """Describe every operation of ``document`` (overlaid and normalized) that openapi-python-client parsed."""
    sdk = document.get("x-sdk") or {}
    for key in ("timeout-ms", "retries"):
        if key not in sdk:
            raise SpecError("#/x-sdk", f"missing `{key}`: the overlay sets the SDK's defaults there")
    globals_ = {
        p.get("name", "").lower(): p
        for p in ((document.get("x-speakeasy-globals") or {}).get("parameters") or ())
        if isinstance(p, dict) and p.get("in") == "header"
    }
    version_header = next((p for name, p in globals_.items() if name == "x-api-version"), None)
    raw_operations = {
        (method.lower(), path): op
        for path, item in (document.get("paths") or {}).items()
        for method, op in item.items()
        if isinstance(op, dict) and method.lower() in ("get", "put", "post", "delete", "patch", "head", "options", "trace")
    }
    compact = _Compactor(document)
    operations: list[Operation] = []
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            path = _text(endpoint.path)
            raw = raw_operations[(endpoint.method.lower(), path)]
            operations.append(_operation(endpoint, raw, path, set(globals_), compact))
    seen: dict[tuple[str | None, str], str] = {}
    for op in operations:
        where = (op.namespace, op.name)
        if where in seen:
            raise SpecError(
                f"#/paths/{_escape(op.path)}",
                f"{op.operation_id} and {seen[where]} are both {op.namespace or 'Autumn'}.{op.name}",
            )
        seen[where] = op.operation_id
    answers = _Compactor(document)
    for op in operations:
        if op.response_model:
            answers.compact({"$ref": f"{_COMPONENTS}{op.response_model}"})
    servers = document.get("servers") or [{}]
    tags = {
        method_name(t["name"]): " ".join(str(t.get("description", "")).split()) for t in document.get("tags") or () if "name" in t
    }
    return Api(
        title=str(document.get("info", {}).get("title", "")),
        version=str(document.get("info", {}).get("version", "")),
        server_url=str(servers[0].get("url", "")),
        api_version_header=(version_header or {}).get("name", "x-api-version").lower(),
        api_version=str(((version_header or {}).get("schema") or {}).get("default", "")),
        timeout_ms=int(sdk["timeout-ms"]),
        retries=sdk["retries"],
        operations=tuple(sorted(operations, key=lambda o: (o.namespace or "", o.name))),
        schemas=compact.schemas,
        response_schemas=answers.schemas,
        tag_descriptions=tags,
    )


def _operation(endpoint: Any, raw: dict[str, Any], path: str, client_headers: set[str], compact: _Compactor) -> Operation:
    operation_id = str(raw.get("operationId") or _text(endpoint.name))
    pointer = f"#/paths/{_escape(path)}/{endpoint.method.lower()}"
    group = raw.get("x-speakeasy-group") or (raw.get("tags") or [None])[0]
    namespace = method_name(str(group).split(".")[-1]) if group else None
    name = method_name(str(raw.get("x-speakeasy-name-override") or operation_id))
    arguments: list[Argument] = []
    for location, params in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
    ):
        for param in params:
            wire = _text(param.name)
            if location == "header" and wire.lower() in client_headers:
                continue  # a client option (x-api-version), set once on Autumn(...)
            raw_param = next((p for p in raw.get("parameters") or () if p.get("name") == wire), {})
            arguments.append(
                _argument(param, location, f"{pointer}/parameters/{wire}", compact, param.required, raw_param.get("schema"))
            )
    body_schema = ((raw.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
    body_raw = compact.resolve(body_schema) if isinstance(body_schema, dict) else {}
    has_body = False
    if endpoint.bodies:
        body = endpoint.bodies[0]
        if body.content_type != "application/json":
            raise SpecError(f"{pointer}/requestBody", f"only application/json bodies are supported, not {body.content_type}")
        has_body = True
        arguments.extend(_body_arguments(body.prop, f"{pointer}/requestBody", compact, body_schema, body_raw))
    names = [a.name for a in arguments]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SpecError(pointer, f"two parameters become the same argument: {duplicates}")
    # Required first, each group in the document's order: the methods take keywords only, so order is for the docs.
    arguments.sort(key=lambda a: not a.required)
    one_of = tuple(str(x) for x in body_raw.get("x-sdk-require-one-of", ()))
    for one in one_of:
        if one not in {a.wire_name for a in arguments}:
            raise SpecError(f"{pointer}/requestBody", f"x-sdk-require-one-of names {one}, which is not a property")
    # HTTP's safe methods read; any other operation changes state unless the overlay says it reads.
    safe = endpoint.method.upper() in ("GET", "HEAD", "OPTIONS")
    configured = raw.get("x-sdk-idempotency-key", "never" if safe else "always")
    # A property (or a list of them: a call changes state when the first is true or any other is given).
    named = [configured] if isinstance(configured, str) and configured not in ("always", "never") else configured
    key_when: tuple[tuple[str, str], ...] = ()
    if isinstance(named, list):
        by_wire = {a.wire_name: a for a in arguments}
        if not named or not by_wire.get(named[0]) or by_wire[named[0]].kind != "bool" or any(n not in by_wire for n in named):
            raise SpecError(
                pointer, f"x-sdk-idempotency-key must be always, never or boolean properties (then others), not {configured!r}"
            )
        key_when = tuple((by_wire[n].name, by_wire[n].kind) for n in named)
        idempotency = key_when[0][0]
    elif configured in ("always", "never"):
        idempotency = str(configured)
    else:
        raise SpecError(pointer, f"x-sdk-idempotency-key must be always, never or a boolean property, not {configured!r}")
    response_model: str | None = None
    statuses: list[str] = []
    for response in endpoint.responses:
        status = str(response.status_code.pattern if hasattr(response.status_code, "pattern") else response.status_code)
        statuses.append(status)
        if status.startswith("2") and response_model is None and status != "204":
            prop = response.prop
            if isinstance(prop, ModelProperty):
                response_model = _text(prop.class_info.name)
            elif not isinstance(prop, NoneProperty):
                raise SpecError(f"{pointer}/responses/{status}", "a successful answer must be a JSON object (or nothing)")
    if not any(s.startswith("2") for s in statuses):
        raise SpecError(f"{pointer}/responses", "no successful (2XX) response is described")
    fail_open = raw.get("x-sdk-fail-open")
    if fail_open is not None:
        _check_fail_open(fail_open, pointer, raw, arguments, compact)
    pagination = _pagination(raw.get("x-sdk-pagination"), pointer, arguments, endpoint)
    retry = _retry(raw.get("x-sdk-retry", "all"), pointer, arguments)
    body_content = (raw.get("requestBody") or {}).get("content", {}).get("application/json", {})
    return Operation(
        operation_id=operation_id,
        namespace=namespace,
        name=name,
        method=endpoint.method.upper(),
        path=path,
        summary=" ".join(_text(raw.get("summary") or _first_line(raw.get("description", ""))).split()),
        description=_prose(str(raw.get("description", ""))),
        arguments=tuple(arguments),
        has_body=has_body,
        response_model=response_model,
        idempotency=idempotency,
        key_when=key_when,
        require_one_of=tuple(next(a.name for a in arguments if a.wire_name == w) for w in one_of),
        fail_open=fail_open,
        pagination=pagination,
        example=body_content.get("example") or _example(str(raw.get("description", "")), arguments, body_raw),
        error_statuses=tuple(s for s in statuses if not s.startswith("2")),
        request_schema=compact.compact(body_schema) if has_body else None,
        retry=retry,
        accepted="202" in statuses,
        nowait=bool(raw.get("x-sdk-nowait", False)),
        dated_by=_dated_by(raw.get("x-sdk-dated-by"), pointer, arguments),
        replay=_replay(raw.get("x-sdk-replay"), pointer, arguments, idempotency),
    )


def _replay(config: Any, pointer: str, arguments: list[Argument], idempotency: str) -> dict[str, Any] | None:
    """x-sdk-replay: `{refused-when: {<answer field>: <value>}, record-as: {operation, value, default, fields}}`.

    The outbox's rule for a replayed change whose answer says it was refused: record its usage by
    another operation instead. Rendered as settings.REPLAY_RULES, with the property (if any) that
    makes a call a change (x-sdk-idempotency-key).
    """
    where = f"{pointer}/x-sdk-replay"
    wires = {a.wire_name for a in arguments}
    rule: dict[str, Any] = {}
    if idempotency not in ("always", "never"):
        rule["changes_when"] = next(a.wire_name for a in arguments if a.name == idempotency)
    if config is None:
        return rule or None
    refused, record = config.get("refused-when"), config.get("record-as") if isinstance(config, dict) else None
    if not isinstance(refused, dict) or len(refused) != 1 or not isinstance(record, dict):
        raise SpecError(where, "needs refused-when: {<answer field>: <value>} and record-as: {operation, value, fields}")
    fields = record.get("fields") or []
    unknown = sorted({record.get("value"), *fields} - wires - {None})
    if unknown or not isinstance(record.get("operation"), str):
        raise SpecError(where, f"record-as needs an operation, and its value and fields must be properties (not {unknown})")
    ((answer_field, value),) = refused.items()
    rule.update(
        refused_field=answer_field,
        refused_value=value,
        record_as=record["operation"],
        value_from=record.get("value"),
        value_default=record.get("default", 1),
        fields=tuple(fields),
    )
    return rule


def _dated_by(config: Any, pointer: str, arguments: list[Argument]) -> str | None:
    """x-sdk-dated-by: a numeric body property (epoch ms) a late replay fills with when the change happened."""
    if config is None:
        return None
    if not any(a.wire_name == config and a.location == "body" and a.kind in ("number", "integer") for a in arguments):
        raise SpecError(f"{pointer}/x-sdk-dated-by", f"{config!r} is not a numeric body property")
    return str(config)


def _retry(config: Any, pointer: str, arguments: list[Argument]) -> str:
    """x-sdk-retry: `all` (the default), `unsent`, or `{unsent-without: <property>}`."""
    if config in ("all", "unsent"):
        return str(config)
    if isinstance(config, dict) and set(config) == {"unsent-without"}:
        wire = config["unsent-without"]
        name = next((a.name for a in arguments if a.wire_name == wire), None)
        if name is None:
            raise SpecError(f"{pointer}/x-sdk-retry", f"unsent-without names {wire!r}, which is not an argument")
        return f"unsent-without:{wire}"
    raise SpecError(f"{pointer}/x-sdk-retry", "must be all, unsent or {unsent-without: <property>}")


def _body_arguments(
    prop: Property, pointer: str, compact: _Compactor, body_schema: Any, body_raw: dict[str, Any]
) -> list[Argument]:
    """The arguments a JSON body becomes: an object's properties, or one ``request`` for a top-level array.

    An object that declares no properties (``{type: object}``) takes no arguments; the method sends ``{}``.
    """
    if isinstance(prop, ModelProperty) and (prop.required_properties or prop.optional_properties):
        return [
            _argument(
                p,
                "body",
                f"{pointer}/properties/{_text(p.name)}",
                compact,
                p.required,
                (body_raw.get("properties") or {}).get(_text(p.name)),
            )
            for p in prop.required_properties + prop.optional_properties
        ]
    if isinstance(prop, ModelProperty) or (isinstance(prop, AnyProperty) and _free_form(body_raw)):
        return []
    if isinstance(prop, ListProperty):
        # Sent as the JSON array itself: one required argument, checked against the array's schema.
        argument = _argument(prop, "body", pointer, compact, True, body_schema)
        description = argument.description or "The request body: the list of items to send."
        return [replace(argument, name="request", wire_name="", location="body_root", description=description)]
    raise SpecError(pointer, "the body must be an object (its properties become arguments) or an array")


def _argument(prop: Property, location: str, pointer: str, compact: _Compactor, required: bool, raw_schema: Any) -> Argument:
    wire = _text(prop.name)
    nullable = False
    inner = prop
    if isinstance(prop, UnionProperty):
        branches = [p for p in prop.inner_properties if not isinstance(p, NoneProperty)]
        nullable = len(branches) < len(prop.inner_properties)
        if len(branches) == 1:
            inner = branches[0]
    kind, enum_class, values = _kind(inner, pointer)
    raw = compact.resolve(raw_schema) if isinstance(raw_schema, dict) else {}
    if kind == "any" and _free_form(raw):
        kind = "object"
        nullable = nullable or _allows_null(raw)
    if location != "body" and kind not in ("str", "number", "integer", "bool", "enum"):
        raise SpecError(pointer, f"a {location} parameter must be a scalar, not {kind}")
    schema = compact.compact(raw_schema) if kind == "structured" else None
    return Argument(
        name=python_name(wire),
        wire_name=wire,
        location=location,
        required=required,
        nullable=nullable and location == "body",
        kind=kind,
        annotation=annotation(inner if kind != "structured" else prop, input_types=True, strip_none=True),
        description=" ".join(_text(prop.description).split()),
        schema=schema,
        enum_class=enum_class,
        enum_values=values,
        doc_type=annotation(inner if kind != "structured" else prop, input_types=False, strip_none=True),
        min_length=int(_branch(raw).get("minLength", 0)),
    )


def _free_form(raw: dict[str, Any]) -> bool:
    return bool(raw.get("x-sdk-free-form-object")) or any(
        isinstance(b, dict) and b.get("x-sdk-free-form-object") for b in [*raw.get("anyOf", ()), *raw.get("oneOf", ())]
    )


def _branch(raw: dict[str, Any]) -> dict[str, Any]:
    """The schema of the value, for `X | null` written as anyOf."""
    branches = [b for b in [*raw.get("anyOf", ()), *raw.get("oneOf", ())] if isinstance(b, dict) and b.get("type") != "null"]
    return branches[0] if len(branches) == 1 else raw


def _allows_null(raw: dict[str, Any]) -> bool:
    return any(isinstance(b, dict) and b.get("type") == "null" for b in [*raw.get("anyOf", ()), *raw.get("oneOf", ())])


def _kind(prop: Property, pointer: str) -> tuple[str, str | None, tuple[str, ...]]:
    if isinstance(prop, StringProperty):
        return "str", None, ()
    if isinstance(prop, BooleanProperty):
        return "bool", None, ()
    if isinstance(prop, IntProperty):
        return "integer", None, ()
    if isinstance(prop, FloatProperty):
        return "number", None, ()
    if isinstance(prop, EnumProperty):
        return "enum", _text(prop.class_info.name), tuple(str(v) for v in prop.values.values())
    if isinstance(prop, ModelProperty) and not _declares_fields(prop):
        if prop.additional_properties is None or isinstance(prop.additional_properties, (bool, AnyProperty)):
            return "object", None, ()
        return "structured", None, ()
    if isinstance(prop, (ModelProperty, ListProperty, UnionProperty, ConstProperty)):
        return "structured", None, ()
    if isinstance(prop, AnyProperty):
        return "any", None, ()
    raise SpecError(
        pointer, f"cannot make an argument of a {type(prop).__name__} (date, file and uuid formats are not supported)"
    )


def _declares_fields(model: ModelProperty) -> bool:
    """Whether the model's schema names properties. (A model met as another model's property may not
    have its properties parsed yet; its schema always has them.)"""
    data = getattr(model, "data", None)
    return bool(getattr(data, "properties", None)) or bool(model.required_properties or model.optional_properties)


def annotation(prop: Property, *, input_types: bool, strip_none: bool = False) -> str:
    """The Python type of a value of ``prop``; ``input_types`` also accepts plain dicts (TypedDicts) and strings for enums."""
    if isinstance(prop, UnionProperty):
        parts: list[str] = []
        for inner in prop.inner_properties:
            if isinstance(inner, NoneProperty):
                if not strip_none:
                    parts.append("None")
                continue
            for part in annotation(inner, input_types=input_types).split(" | "):
                if part not in parts:
                    parts.append(part)
        return " | ".join(parts)
    if isinstance(prop, StringProperty):
        return "str"
    if isinstance(prop, BooleanProperty):
        return "bool"
    if isinstance(prop, IntProperty):
        return "int"
    if isinstance(prop, FloatProperty):
        return "float"
    if isinstance(prop, ConstProperty):
        return f"Literal[{_text(prop.value.python_code)}]"
    if isinstance(prop, EnumProperty):
        name = f"models.{_text(prop.class_info.name)}"
        if not input_types:
            return name
        # The member or its string: a Literal of the values, so mypy catches a misspelt "meterd".
        values = ", ".join(repr(str(v)) for v in prop.values.values())
        return f"Literal[{values}] | {name}"
    if isinstance(prop, ListProperty):
        inner_type = annotation(prop.inner_property, input_types=input_types)
        return f"Sequence[{inner_type}]" if input_types else f"list[{inner_type}]"
    if isinstance(prop, ModelProperty):
        if not _declares_fields(prop):
            return "Mapping[str, Any]" if input_types else "dict[str, Any]"
        name = f"models.{_text(prop.class_info.name)}"
        return f"{name} | models.{_text(prop.class_info.name)}Dict" if input_types else name
    return "Any"


_PAGINATION_KEYS = {
    "offset": ("offset", "limit", "items", "has_more"),
    "cursor": ("cursor", "limit", "items", "next_cursor"),
}


def _pagination(config: Any, pointer: str, arguments: list[Argument], endpoint: Any) -> Pagination | None:
    if config is None:
        return None
    where = f"{pointer}/x-sdk-pagination"
    style = config.get("style") if isinstance(config, dict) else None
    if not isinstance(config, dict) or style not in _PAGINATION_KEYS:
        raise SpecError(
            where,
            "only {style: offset, offset, limit, items, has_more} and"
            " {style: cursor, cursor, limit, items, next_cursor} are supported",
        )
    missing = [key for key in _PAGINATION_KEYS[style] if key not in config]
    if missing:
        raise SpecError(where, f"{style} pagination needs {', '.join(missing)}")
    by_wire = {a.wire_name: a for a in arguments if a.location != "body_root"}
    request_key = "offset" if style == "offset" else "cursor"
    for key in (request_key, "limit"):
        if config[key] not in by_wire:
            raise SpecError(where, f"{key}: {config[key]!r} is not a request property")
    if style == "cursor" and by_wire[config["cursor"]].kind != "str":
        raise SpecError(where, f"cursor: {config['cursor']!r} must be a string property")
    ok = next((r.prop for r in endpoint.responses if str(r.status_code.pattern).startswith("2")), None)
    fields = {
        _text(p.name): p for p in (ok.required_properties + ok.optional_properties if isinstance(ok, ModelProperty) else [])
    }
    items = fields.get(str(config["items"]))
    if not isinstance(items, ListProperty) or not isinstance(items.inner_property, ModelProperty):
        raise SpecError(where, f"items: {config['items']!r} is not a list of objects in the answer")
    answer_key = "has_more" if style == "offset" else "next_cursor"
    marker = fields.get(str(config[answer_key]))
    if marker is None:
        raise SpecError(where, f"{answer_key}: {config[answer_key]!r} is not in the answer")
    if style == "cursor" and annotation(marker, input_types=False, strip_none=True) != "str":
        raise SpecError(where, f"next_cursor: {config['next_cursor']!r} must be a string (or null) in the answer")
    common = {
        "style": style,
        "limit": by_wire[config["limit"]].name,
        "items": _text(items.python_name),
        "item_model": _text(items.inner_property.class_info.name),
    }
    if style == "offset":
        return Pagination(**common, offset=by_wire[config["offset"]].name, has_more=_text(marker.python_name))
    return Pagination(**common, cursor=by_wire[config["cursor"]].name, next_cursor=_text(marker.python_name))


def _check_fail_open(fail_open: Any, pointer: str, raw: dict[str, Any], arguments: list[Argument], compact: _Compactor) -> None:
    where = f"{pointer}/x-sdk-fail-open"
    if not isinstance(fail_open, dict):
        raise SpecError(where, "must map response fields to values")
    ok = next((r for s, r in (raw.get("responses") or {}).items() if str(s).startswith("2")), {})
    schema = compact.resolve(((ok.get("content") or {}).get("application/json") or {}).get("schema") or {})
    missing = set(schema.get("required", [])) - set(fail_open)
    if missing:
        raise SpecError(where, f"lacks the response's required fields {sorted(missing)}")
    wires = {a.wire_name for a in arguments}
    for value in fail_open.values():
        if isinstance(value, str) and value.startswith("$") and value[1:] not in wires:
            raise SpecError(where, f"refers to {value}, which is not an argument")


class _Compactor:
    """Request schemas reduced to what validation needs (types, required keys, enums, bounds)."""

    _KEEP = frozenset(
        {"type", "properties", "required", "additionalProperties", "items", "enum", "const", "anyOf", "oneOf", "minimum",
         "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems"}
    )  # fmt: skip

    def __init__(self, document: dict[str, Any]) -> None:
        self.components: dict[str, Any] = (document.get("components") or {}).get("schemas") or {}
        self.schemas: dict[str, Any] = {}

    def resolve(self, schema: Any) -> dict[str, Any]:
        seen = 0
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and seen < 50:
            schema = self.components.get(schema["$ref"][len(_COMPONENTS) :], {})
            seen += 1
        return schema if isinstance(schema, dict) else {}

    def compact(self, schema: Any) -> Any:
        if isinstance(schema, list):
            return [self.compact(s) for s in schema]
        if not isinstance(schema, dict):
            return schema
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name = ref[len(_COMPONENTS) :]
            if name not in self.schemas:
                self.schemas[name] = {}  # reserved first: components may refer to each other in cycles
                self.schemas[name] = self.compact(self.components.get(name, {}))
            return {"$ref": name}
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key not in self._KEEP:
                continue
            if key == "properties":
                out[key] = {k: self.compact(v) for k, v in value.items()}
            elif key in ("items", "additionalProperties", "anyOf", "oneOf"):
                out[key] = self.compact(value)
            else:
                out[key] = value
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list) and prefix:
            # A tuple's leading items differ from the rest (normalize drops prefixItems otherwise): each
            # item may be any of them, as openapi-python-client types it.
            branches: list[Any] = []
            for branch in [*self.compact(prefix), *([out["items"]] if "items" in out else [])]:
                if branch not in branches:
                    branches.append(branch)
            out["items"] = branches[0] if len(branches) == 1 else {"anyOf": branches}
        if schema.get("x-sdk-free-form-object"):
            out["type"] = "object"
        if "enum" in out and "type" not in out:
            out["type"] = _json_type(out["enum"][0]) if out["enum"] else "string"
        return out


def _json_type(value: Any) -> str:
    return {bool: "boolean", int: "number", float: "number", str: "string", type(None): "null"}.get(type(value), "string")


def _prose(description: str) -> str:
    """The description without its JSDoc tail (``@example`` blocks, ``@param``, ``@returns``)."""
    kept: list[str] = []
    for paragraph in description.strip().split("\n\n"):
        if paragraph.lstrip().startswith(("@", "```")):
            break
        kept.append(paragraph.strip())
    return "\n\n".join(kept)


def _example(description: str, arguments: list[Argument], body: dict[str, Any]) -> dict[str, Any]:
    """The arguments of the description's first ``@example`` call (Autumn writes them in TypeScript).

    ``client.track({ customerId: "cus_123", value: 1 })`` gives ``{"customer_id": "cus_123", "value": 1}``;
    without a usable one, every required argument gets a placeholder of its type. A top-level array
    body (its argument's wire name is "") takes the body schema's first example.
    """
    if any(a.location == "body_root" for a in arguments):
        samples = body.get("examples")
        return {"": samples[0] if isinstance(samples, list) and samples and isinstance(samples[0], list) else []}
    wires = {a.wire_name for a in arguments}
    match = re.search(r"@example\s*```\w*\n.*?\.\w+\((\{.*?\})\);", description, re.S)
    if match:
        literal = re.sub(r"([{,]\s*)([A-Za-z_]\w*)\s*:", lambda m: f'{m.group(1)}"{m.group(2)}":', match.group(1))
        literal = re.sub(r",(\s*[}\]])", r"\1", literal)
        try:
            parsed = json.loads(literal)
        except ValueError:
            parsed = None
        if isinstance(parsed, dict):
            example = {_snake_keys(k): _snake_keys_deep(v) for k, v in parsed.items()}
            if set(example) <= wires and all(a.wire_name in example for a in arguments if a.required):
                return example
    placeholders = {"str": "<value>", "number": 1, "integer": 1, "bool": True, "object": {}}
    return {
        a.wire_name: (a.enum_values[0] if a.enum_values else placeholders.get(a.kind, {}))
        if a.wire_name != "customer_id"
        else "cus_123"
        for a in arguments
        if a.required
    }


def _snake_keys(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", key).lower()


def _snake_keys_deep(value: Any) -> Any:
    if isinstance(value, dict):
        return {_snake_keys(k): _snake_keys_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_snake_keys_deep(v) for v in value]
    return value


def _first_line(text: str) -> str:
    return str(text).strip().split("\n\n")[0]


def _text(value: object) -> str:
    """Unwrap openapi-python-client's string types (UntrustedString, PythonCode) into plain text."""
    if hasattr(value, "get_untrusted_value"):
        value = value.get_untrusted_value()
    elif hasattr(value, "as_unembedded_code"):
        value = value.as_unembedded_code()
    return str(value or "")


def _escape(segment: str) -> str:
    return str(segment).replace("~", "~0").replace("/", "~1")
