"""What every operation method needs: its route, the transport it calls, and typed parsing."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import httpx

from . import _errors as errors
from ._retries import RetryConfig


class Route:
    """Where an operation is sent. (Not a dataclass: importing dataclasses costs more than this SDK.)"""

    __slots__ = ("method", "operation", "path")

    def __init__(self, operation: str, method: str, path: str) -> None:
        self.operation = operation
        self.method = method
        self.path = path

    def __repr__(self) -> str:
        return f"Route({self.operation!r}, {self.method!r}, {self.path!r})"


class RequestParts:
    """What a call sends besides its body, when its spec has path, query or header parameters."""

    __slots__ = ("headers", "path", "query")

    def __init__(self, path: str, query: Mapping[str, str] | None, headers: Mapping[str, str] | None) -> None:
        self.path = path  # the route's path with its parameters filled in, percent-encoded
        self.query = query
        self.headers = headers


class Model(Protocol):
    @classmethod
    def from_dict(cls: type[ModelT], src_dict: Mapping[str, Any]) -> ModelT: ...


ModelT = TypeVar("ModelT", bound=Model)


class Transport:
    """The part of ``Autumn`` the generated methods call; the hand-written client implements it."""

    def _send(
        self,
        route: Route,
        content: bytes | None,
        idempotency_key: str | None,
        retries: RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
        parts: RequestParts | None = None,
    ) -> httpx.Response:
        raise NotImplementedError

    async def _send_async(
        self,
        route: Route,
        content: bytes | None,
        idempotency_key: str | None,
        retries: RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
        parts: RequestParts | None = None,
    ) -> httpx.Response:
        raise NotImplementedError

    def _fail_open_on(
        self,
        exc: errors.AutumnError,
        route: Route,
        content: bytes,
        idempotency_key: str | None,
        server_url: str | None,
        changes_balance: bool,
    ) -> bool:
        """Whether to answer in the API's place after ``exc`` (and keep a balance change to replay)."""
        raise NotImplementedError


def parse(model: type[ModelT], response: httpx.Response) -> ModelT:
    """The one place a 2XX body becomes a model; anything unexpected is a ResponseValidationError.

    The error names the JSON path of the bad value (``balance.breakdown[0].remaining``) and chains
    the exception the model raised.
    """
    try:
        data = json.loads(response.content)
    except RecursionError as exc:
        raise errors.ResponseValidationError("the body is nested too deeply to parse", response) from exc
    except ValueError as exc:
        raise errors.ResponseValidationError(f"the body is not JSON ({exc})", response) from exc
    if not isinstance(data, dict):
        raise errors.ResponseValidationError(f"expected a JSON object, got {type(data).__name__}", response)
    try:
        return model.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        if isinstance(exc, RecursionError):
            raise errors.ResponseValidationError("the body is nested too deeply to parse", response) from exc
        from ._schema import find_problem

        path, reason = find_problem(data, getattr(model, "__name__", ""))
        if path is None and isinstance(exc, KeyError) and exc.args:
            path, reason = str(exc.args[0]), "required, missing"
        message = f"{path}: {reason}" if path else f"a field has the wrong type ({exc})"
        raise errors.ResponseValidationError(message, response, path) from exc


def failed_open(model: type[ModelT], fields: dict[str, Any]) -> ModelT:
    """The answer ``Autumn(fail_open=True)`` gives in the API's place, marked ``failed_open=True``."""
    import attrs  # imported on first use: only a failed-open call needs it

    return attrs.evolve(model.from_dict(fields), failed_open=True)  # type: ignore[misc]
