"""Checks the operation methods run on their arguments before any I/O.

Each returns the value to send, or raises TypeError/ValueError naming the argument.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from typing import Any


def text(name: str, value: object, min_length: int = 0) -> str:
    """(The operation methods inline the common case, ``type(value) is str``, and call this otherwise.)"""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if len(value) < min_length:
        raise ValueError(f"{name} must be at least {min_length} character(s) long")
    return value


def header_value(name: str, value: object) -> str:
    """A value sent as an HTTP header: non-empty printable ASCII, so it cannot fail (or split) at send time."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value or not value.isascii() or not value.isprintable():
        raise ValueError(f"{name} must be non-empty printable ASCII (it is sent as an HTTP header)")
    return value


def path_segment(name: str, value: str) -> str:
    """A path parameter, percent-encoded so that it stays one segment ("a/b" cannot reach another route)."""
    from urllib.parse import quote

    if not value:
        raise ValueError(f"{name} must not be empty (it is part of the URL path)")
    return quote(value, safe="")


# The API reads JSON numbers as doubles: a larger int would arrive changed (or not parse at all).
MAX_EXACT_INT = 2**53


def number(name: str, value: object) -> float | int:
    kind = type(value)
    if kind is not float and kind is not int:
        # Other numbers (numpy, Decimal) are rare: their modules are imported only for them.
        import numbers
        from decimal import Decimal

        if isinstance(value, bool) or not isinstance(value, (numbers.Real, Decimal)):
            raise TypeError(f"{name} must be a number, not {type(value).__name__}")
        value = float(value)
    if kind is int:
        if not -MAX_EXACT_INT <= value <= MAX_EXACT_INT:  # type: ignore[operator]
            raise ValueError(f"{name} is too large to send exactly: JSON numbers are doubles, at most 2**53 in size")
    elif not math.isfinite(value):  # type: ignore[arg-type]
        raise ValueError(f"{name} must be a finite number, not {value!r}")
    return value  # type: ignore[return-value]


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def choice(name: str, value: object, allowed: frozenset[str]) -> str:
    """An enum argument: a member or the plain string users read in the docs ("month")."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be one of {sorted(allowed)}, not {type(value).__name__}")
    if value not in allowed:
        raise ValueError(f"{name} must be one of {sorted(allowed)}, not {value!r}")
    return str(value)


def structured(name: str, value: object, schema: Mapping[str, Any], version: str | None = None) -> Any:
    """A nested argument (models, dicts, lists of them), checked against its request schema (of ``version``)."""
    from ._schema import validate

    return validate(value, schema, name, version)


# How deep a free-form JSON argument (``properties``) may nest. Far more than any real use, and far
# below Python's recursion limit: json.dumps of a deeper value would raise RecursionError.
MAX_DEPTH = 100


def json_object(name: str, value: object) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping (dict), not {type(value).__name__}")
    for key in value:
        if not isinstance(key, str):
            raise TypeError(f"{name} keys must be str, not {type(key).__name__} ({key!r})")
    check_depth(name, value)
    return value if type(value) is dict else dict(value)


def check_depth(name: str, value: object, limit: int = MAX_DEPTH) -> None:
    """ValueError when ``value`` nests containers more than ``limit`` deep (walked without recursion)."""
    # A container inside itself goes deeper at each visit, so it too ends here rather than loop.
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            raise ValueError(depth_error(name, limit))
        children = item.values() if isinstance(item, Mapping) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (Mapping, list, tuple)))


def depth_error(name: str, limit: int = MAX_DEPTH) -> str:
    return f"{name} is nested more than {limit} levels deep (the SDK's limit for JSON values)"


# Built once: json.dumps with any non-default option builds a new encoder on every call.
_ENCODER = json.JSONEncoder(separators=(",", ":"), allow_nan=False)


def encode_body(body: dict[str, Any]) -> bytes:
    """The JSON request body; a value JSON cannot carry (an object, NaN) is named before any I/O."""
    try:
        return _ENCODER.encode(body).encode()
    except (TypeError, ValueError) as exc:
        for key, value in body.items():
            try:
                json.dumps(value, allow_nan=False)
            except (TypeError, ValueError):
                raise type(exc)(f"{key} must be JSON-serialisable: {exc}") from None
        raise


def idempotency_key() -> str:
    """A fresh key for one call (128 random bits); every retry of that call sends the same one."""
    return os.urandom(16).hex()


# RFC 9110 token characters: all a header name may contain (no spaces, colons or non-ASCII).
_TOKEN_CHARS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def header_name(name: str, value: object) -> str:
    """An HTTP header name: a non-empty RFC 9110 token, so it cannot fail (or inject) at send time."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not value or not _TOKEN_CHARS.issuperset(value):
        raise ValueError(f"{name}: {value!r} is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only)")
    return value
