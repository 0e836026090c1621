"""Validate request values against the request schemas of openapi.yaml, before any I/O.

The schemas are the generated, compact ones in ``_generated/requests.py`` (types, required keys,
enums, bounds; ``{"$ref": "Name"}`` refers to ``SCHEMAS["Name"]``). A nested argument may be a
generated model, a plain dict, or a mix: models are turned into dicts, and the result is exactly
what is sent. The API would silently drop a misspelt key, so an unknown key is an error here.
The local emulator validates what it receives with the same code.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from ._arguments import MAX_DEPTH as _MAX_DEPTH

_JSON_TYPES = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "a boolean",
    "object": "an object",
    "array": "an array",
    "null": "null",
}


class SchemaError(TypeError, ValueError):
    """A value does not match its schema. ``path`` names where (``feature_quantities[0].quantity``).

    Both a ``TypeError`` and a ``ValueError``: a wrong type and a wrong value are told apart in
    ``reason``, and callers that catch either see it.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path, self.reason))


def _tables(version: str | None, kind: str) -> Any:
    """A version's generated ``requests`` or ``responses`` module (``version``: "v2_3"; None: the default)."""
    import importlib

    if version is None:
        from ._generated.versions import DEFAULT_VERSION, VERSIONS

        version = VERSIONS[DEFAULT_VERSION]
    return importlib.import_module(f"autumn_sdk._generated.{version}.{kind}")


def validate(value: Any, schema: Mapping[str, Any], path: str, version: str | None = None) -> Any:
    """Check ``value`` against ``schema`` (of ``version``'s tables); return it as plain JSON data (models become dicts)."""
    try:
        return _Validator(_tables(version, "requests").SCHEMAS).check(value, schema, path)
    except RecursionError:  # a model's own to_dict() of something absurdly deep, before our bound sees it
        raise SchemaError(path, _too_deep()) from None


def validate_request(operation_id: str, body: object, *, strict: bool = True, version: str | None = None) -> Any:
    """Check a whole request body against its operation's schema (for code that receives requests).

    Returns the body as plain JSON data. ``strict=False`` drops unknown keys instead of refusing
    them, as Autumn's API does. ``version`` is a subpackage of ``_generated`` ("v2_1"); None: the default.
    """
    tables = _tables(version, "requests")
    SCHEMAS = tables.SCHEMAS
    schema = tables.REQUEST_SCHEMAS.get(operation_id)
    if schema is None:
        if body not in (None, {}):
            raise SchemaError("", f"{operation_id} takes no body")
        return {}
    try:
        return _Validator(SCHEMAS, strict).check(body, schema, "")
    except RecursionError:  # a model's own to_dict() of something absurdly deep, before our bound sees it
        raise SchemaError("", _too_deep()) from None


def find_problem(answer: object, model_name: str, version: str | None = None, field: str | None = None) -> tuple[str | None, str]:
    """Where an answer departs from its model's schema: (JSON path, reason), or (None, "") if nowhere.

    Read as a newer server's answer: unknown keys and unknown enum values are fine. ``field``: look
    only at that field of the answer (one the model builds when first read).
    """
    SCHEMAS = _tables(version, "responses").SCHEMAS

    if model_name not in SCHEMAS:
        return None, ""
    try:
        validator = _Validator(SCHEMAS, strict=False, open_enums=True)
        if field is None:
            validator.check(answer, {"$ref": model_name}, "")
        elif not isinstance(answer, Mapping) or field not in answer:
            return field, "required, missing"
        else:
            schema = SCHEMAS[model_name].get("properties", {}).get(field)
            if schema is None:
                return None, ""
            validator.check(answer[field], schema, field)
    except SchemaError as exc:
        return exc.path or None, exc.reason
    except RecursionError:
        return None, "nested too deeply"
    return None, ""


class _Validator:
    def __init__(self, schemas: Mapping[str, Any], strict: bool = True, open_enums: bool = False) -> None:
        self.schemas = schemas
        self.strict = strict
        self.open_enums = open_enums
        self._depth = 0  # nesting of check() now: bounded, so a deep value is a SchemaError, not a RecursionError

    def check(self, value: Any, schema: Mapping[str, Any], path: str) -> Any:
        ref = schema.get("$ref")
        if ref is not None:
            schema = self.schemas[ref]
        value = _plain(value)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return self._union(value, schema[keyword], path)
        if "const" in schema and value != schema["const"]:
            raise SchemaError(path, f"expected {schema['const']!r}, not {value!r}")
        if "enum" in schema:
            if self.open_enums and isinstance(value, str):
                return value
            if value not in schema["enum"]:
                allowed = ", ".join(repr(v) for v in schema["enum"])
                raise SchemaError(path, f"expected one of {allowed}, not {value!r}")
            return value
        kind = schema.get("type")
        if isinstance(kind, list):
            return self._union(value, [{**schema, "type": k} for k in kind], path)
        if kind is None:
            return value
        if not _is(value, kind):
            raise SchemaError(path, f"expected {_JSON_TYPES.get(kind, kind)}, not {_describe(value)}")
        if kind in ("object", "array"):
            if self._depth >= _MAX_DEPTH:
                raise SchemaError(path, _too_deep())
            self._depth += 1
            try:
                return self._object(value, schema, path) if kind == "object" else self._array(value, schema, path)
            finally:
                self._depth -= 1
        if kind in ("number", "integer"):
            _bounds(value, schema, path)
        if kind == "string":
            if len(value) < schema.get("minLength", 0):
                raise SchemaError(path, f"must be at least {schema['minLength']} character(s) long")
            if "maxLength" in schema and len(value) > schema["maxLength"]:
                raise SchemaError(path, f"must be at most {schema['maxLength']} character(s) long")
        return value

    def _object(self, value: Mapping[str, Any], schema: Mapping[str, Any], path: str) -> dict[str, Any]:
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties", not properties)
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise SchemaError(path, f"keys must be strings, not {_describe(key)}")
            where = f"{path}.{key}" if path else key
            if key in properties:
                out[key] = self.check(item, properties[key], where)
            elif isinstance(extra, Mapping):
                out[key] = self.check(item, extra, where)
            elif extra:
                out[key] = _json_value(item, where, self._depth)
            elif not self.strict:
                continue
            else:
                known = ", ".join(properties)
                raise SchemaError(where, f"unknown key (the API would ignore it); expected one of: {known}")
        for key in schema.get("required", ()):
            if key not in out:
                raise SchemaError(f"{path}.{key}" if path else key, "required, missing")
        return out

    def _array(self, value: Sequence[Any], schema: Mapping[str, Any], path: str) -> list[Any]:
        items = schema.get("items", {})
        out = [self.check(item, items, f"{path}[{index}]") for index, item in enumerate(value)]
        if len(out) < schema.get("minItems", 0):
            raise SchemaError(path, f"must have at least {schema['minItems']} item(s)")
        if "maxItems" in schema and len(out) > schema["maxItems"]:
            raise SchemaError(path, f"must have at most {schema['maxItems']} item(s)")
        return out

    def _union(self, value: Any, branches: Sequence[Mapping[str, Any]], path: str) -> Any:
        errors: list[SchemaError] = []
        for branch in branches:
            try:
                return self.check(value, branch, path)
            except SchemaError as exc:
                errors.append(exc)
        # The most telling error is the one from a branch that got past the type check (deepest path).
        deepest = max(errors, key=lambda e: (len(e.path), "expected" not in e.reason))
        if deepest.path != path:
            raise deepest
        expected = " or ".join(
            sorted({_JSON_TYPES.get(self._type_of(b), self._type_of(b)) for b in branches}, key=lambda t: t != "null")
        )
        raise SchemaError(path, f"expected {expected}, not {_describe(value)}")

    def _type_of(self, schema: Mapping[str, Any]) -> str:
        if "$ref" in schema:
            schema = self.schemas[schema["$ref"]]
        if "const" in schema:
            return repr(schema["const"])
        if "enum" in schema:
            return "one of " + ", ".join(repr(v) for v in schema["enum"])
        kind = schema.get("type", "any value")
        return "/".join(kind) if isinstance(kind, list) else str(kind)


def _plain(value: Any) -> Any:
    """A generated model as its dict, an enum member as its value; anything else as it is."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None and hasattr(type(value), "__attrs_attrs__"):
        return to_dict()
    if isinstance(value, Enum):
        return value.value
    return value


def _is(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (isinstance(value, float) and value.is_integer())
    if kind == "object":
        return isinstance(value, Mapping)
    if kind == "array":
        return isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray))
    if kind == "null":
        return value is None
    return True


def _bounds(value: float, schema: Mapping[str, Any], path: str) -> None:
    _exact(value, path)
    if not math.isfinite(value):
        raise SchemaError(path, f"expected a finite number, not {value!r}")
    if "minimum" in schema and value < schema["minimum"]:
        raise SchemaError(path, f"must be >= {schema['minimum']}, not {value!r}")
    if "maximum" in schema and value > schema["maximum"]:
        raise SchemaError(path, f"must be <= {schema['maximum']}, not {value!r}")
    if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
        raise SchemaError(path, f"must be > {schema['exclusiveMinimum']}, not {value!r}")
    if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
        raise SchemaError(path, f"must be < {schema['exclusiveMaximum']}, not {value!r}")


def _exact(value: float, path: str) -> None:
    from ._arguments import MAX_EXACT_INT

    if isinstance(value, int) and not -MAX_EXACT_INT <= value <= MAX_EXACT_INT:
        raise SchemaError(path, "too large to send exactly: JSON numbers are doubles, at most 2**53 in size")


def _json_value(value: Any, path: str, depth: int) -> Any:
    """A free-form value: anything JSON can carry. ``depth``: the containers it is inside."""
    value = _plain(value)
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, int):
        _exact(value, path)
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise SchemaError(path, f"expected a finite number, not {value!r}")
        return value
    if isinstance(value, (Mapping, list, tuple)) and depth >= _MAX_DEPTH:
        raise SchemaError(path, _too_deep())
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise SchemaError(path, f"keys must be strings, not {_describe(key)}")
            out[key] = _json_value(item, f"{path}.{key}", depth + 1)
        return out
    if isinstance(value, (list, tuple)):
        return [_json_value(item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value)]
    raise SchemaError(path, f"expected a JSON value, not {_describe(value)}")


def _too_deep() -> str:
    from ._arguments import depth_error

    return depth_error("the value", _MAX_DEPTH).removeprefix("the value is ")


def _describe(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, bool):
        return f"bool ({value!r})"
    if isinstance(value, (int, float)):
        return f"{type(value).__name__} ({value!r})"
    if isinstance(value, str):
        return f"str ({value[:40]!r})"
    return type(value).__name__
