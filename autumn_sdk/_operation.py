"""What a generated operation hands the runtime: its endpoint, the call's options, and typed parsing."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Mapping
from datetime import timedelta
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

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


class CallOptions:
    """The per-call options every operation method takes, as the runtime reads them."""

    __slots__ = ("deadline_ms", "http_headers", "idempotency_key", "retries", "server_url", "timeout_ms")

    def __init__(
        self,
        idempotency_key: str | None,
        retries: RetryConfig | None,
        server_url: str | None,
        timeout_ms: float | None,
        http_headers: Mapping[str, str] | None,
        deadline_ms: float | None = None,
    ) -> None:
        self.idempotency_key = idempotency_key
        self.retries = retries
        self.server_url = server_url
        self.timeout_ms = timeout_ms
        self.http_headers = http_headers
        self.deadline_ms = deadline_ms

    @property
    def overrides(self) -> bool:
        """Whether the call changes anything of the client's configuration."""
        return not (self.retries is None and self.server_url is None and self.timeout_ms is None and not self.http_headers)


class HttpResponse:
    """What an answer keeps of the HTTP response it came in (``answer.http_response``).

    Only these, not the response itself: an answer kept alive must not keep its body, request and
    connection state alive too. Pickled (or deep-copied) as None.
    """

    __slots__ = ("elapsed", "headers", "status_code", "url")

    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = response.headers
        self.url = response.request.url  # (response.url reads it through one more property)
        try:
            self.elapsed: timedelta | None = response.elapsed
        except RuntimeError:  # a transport that never closed its stream (httpx.MockTransport)
            self.elapsed = None

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(None), ())

    def __repr__(self) -> str:
        return f"<HttpResponse [{self.status_code}] {self.url}>"


class Model(Protocol):
    @classmethod
    def from_dict(cls: type[ModelT], src_dict: Mapping[str, Any]) -> ModelT: ...


ModelT = TypeVar("ModelT", bound=Model)
AnswerT = TypeVar("AnswerT")


class Endpoint(Generic[AnswerT]):
    """One operation as the runtime sees it; the generator writes one per operation from the overlaid document.

    ``fail_open``: the answer ``Autumn(fail_open=True)`` gives while the API is unreachable
    (``"$name"`` is the request's ``name``). ``retry``: ``all``; ``unsent`` (retried only where the
    request cannot have been applied: it was never sent, or the API answered 429 or 503); or
    ``unsent-without:<name>`` (``unsent`` unless the request gives ``name``). ``accepted``: a 202 is
    a success the API will apply on its side. ``dated_by``: the request property that says when a
    change happened (what a late replay sends).
    """

    __slots__ = ("_model", "accepted", "answer", "dated_by", "fail_open", "models", "retry", "route", "unsent_unless")

    def __init__(
        self,
        route: Route,
        models: ModuleType,
        answer: str | None,
        *,
        fail_open: Mapping[str, Any] | None = None,
        retry: str = "all",
        accepted: bool = False,
        dated_by: str | None = None,
    ) -> None:
        self.route = route
        self.models = models  # the version's (lazy) models package
        self.answer = answer
        self.fail_open = fail_open
        self.retry = retry
        self.unsent_unless = retry.partition(":")[2] or None
        self.accepted = accepted
        self.dated_by = dated_by
        self._model: Any = None

    @property
    def model(self) -> Any:
        """The answer's model class, imported on first use."""
        model = self._model
        if model is None and self.answer is not None:
            model = self._model = getattr(self.models, self.answer)
        return model

    def retries_only_unsent(self, content: bytes | None) -> bool:
        """Whether a call with this body may be retried only where it cannot have been applied."""
        if self.retry == "all":
            return False
        if self.unsent_unless is None:
            return True
        body = json.loads(content) if content else {}
        return not (isinstance(body, dict) and body.get(self.unsent_unless) is not None)

    def dated(self, content: bytes | None, now_ms: float) -> bytes | None:
        """The body with the time the change happened, if it can say so and does not yet.

        A change kept in the outbox (or queued by ``track_nowait``) may be sent much later; dated, it
        is counted in the period it happened in, not the one it arrives in.
        """
        if self.dated_by is None or not content:
            return content
        body = json.loads(content)
        if not isinstance(body, dict) or body.get(self.dated_by) is not None:
            return content
        body[self.dated_by] = int(now_ms)
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()

    def made_up_answer(self, content: bytes | None, **markers: bool) -> AnswerT:
        """The fail_open answer for this request, with the given markers (``failed_open=True``…)."""
        import attrs  # imported on first use: only an answer the SDK makes up needs it

        assert self.fail_open is not None
        body = json.loads(content) if content else {}
        fields = {
            name: body.get(value[1:]) if isinstance(value, str) and value.startswith("$") else value
            for name, value in self.fail_open.items()
        }
        if markers.get("already_applied"):  # it was applied: the answer says what was sent (a track's value)
            fields.update({name: body[name] for name in fields if name in body and not isinstance(body[name], dict)})
        answer: AnswerT = attrs.evolve(self.model.from_dict(fields), **markers)
        return answer

    def __repr__(self) -> str:
        return f"Endpoint({self.route.operation!r})"


class NestedFields:
    """Base of the generated models with fields that hold objects: each is built when first read.

    ``from_dict`` leaves those fields' slots empty and keeps the model's data in ``_src``; reading one
    (``__getattr__``) builds it from there, checks it, and keeps it. ``_at``: where the model is in
    the answer it came in, and that answer's HTTP response (unset for the answer itself). These
    slots are not attrs fields, so ``attrs.fields``/``asdict`` and pickle never see them.
    """

    __slots__ = ("_at", "_src")
    _at: tuple[str, Any]
    _src: Any
    # Python name -> (wire name, builder) of each field built when first read; set by the generated module.
    _NESTED: ClassVar[Mapping[str, tuple[str, Callable[[Any], Any]]]] = {}

    if not TYPE_CHECKING:  # (for mypy, a __getattr__ would make every misspelt attribute valid)

        def __getattr__(self, name: str) -> Any:
            return _read_nested(self, name)


_BUILT = threading.Lock()  # held only to keep the first of two threads' builds of one field


def _read_nested(obj: Any, name: str) -> Any:
    entry = type(obj)._NESTED.get(name)
    src = getattr(obj, "_src", None) if entry is not None else None
    if src is None or entry is None:
        raise AttributeError(f"{type(obj).__name__!r} object has no attribute {name!r}")
    wire, build = entry
    at, http = getattr(obj, "_at", None) or ("", getattr(obj, "_http", None))
    try:
        value = build(src[wire])
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise _invalid(obj, src, exc, http, at, wire) from exc
    _place(value, f"{at}.{wire}" if at else wire, http)
    slot = getattr(type(obj), name)
    with _BUILT:
        try:
            return slot.__get__(obj, type(obj))  # another thread built it first: all readers see one value
        except AttributeError:
            slot.__set__(obj, value)
    return value


def _place(value: Any, path: str, http: Any) -> None:
    """Tell the objects just built where they are in the answer, for the errors their own fields may raise."""
    if type(value) is list:
        for index, item in enumerate(value):
            _place(item, f"{path}[{index}]", http)
    elif isinstance(value, NestedFields):
        value._at = (path, http)
    else:  # a map (its values built with it) may hold such objects
        extra = getattr(value, "additional_properties", None)
        if type(extra) is dict and not isinstance(value, dict):
            for key, item in extra.items():
                _place(item, f"{path}.{key}", http)


def _invalid(
    model: Any, data: Any, exc: BaseException, response: Any, at: str = "", field: str | None = None
) -> errors.ResponseValidationError:
    """The ResponseValidationError for ``data``, which ``model`` (a class or an instance) could not be built from.

    ``at``: where ``data`` is in the answer (its path is prefixed with it); ``field``: the one field of
    ``data`` that was being built (None: all of it).
    """
    body = None if not at and field is None else json.dumps(data, default=str)
    if isinstance(exc, RecursionError):
        return errors.ResponseValidationError("the body is nested too deeply to parse", response, body=body)
    from ._schema import find_problem

    cls = model if isinstance(model, type) else type(model)
    # The model's version is in its module's name: autumn_sdk._generated.<version>.models.<module>.
    parts = getattr(cls, "__module__", "").split(".")
    version = parts[2] if len(parts) > 3 and parts[1] == "_generated" else None
    path, reason = find_problem(data, getattr(cls, "__name__", ""), version, field)
    if path is None and isinstance(exc, KeyError) and exc.args:
        path, reason = str(exc.args[0]), "required, missing"
        if field is not None and path != field:
            path = f"{field}.{path}"
    if at:
        path = f"{at}.{path}" if path and not path.startswith("[") else f"{at}{path or ''}"
    message = f"{path}: {reason}" if path else f"a field has the wrong type ({exc})"
    return errors.ResponseValidationError(message, response, path, body=body)


def parse(model: Any, response: httpx.Response) -> Any:
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
        raise _invalid(model, data, exc, response) from exc
