"""What the SDK raises when a call fails. Every class here derives from :class:`AutumnError`.

Bad arguments are not API problems: they raise ``TypeError``/``ValueError`` before any I/O.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "AlreadyAppliedError",
    "AuthenticationError",
    "AutumnDefaultError",
    "AutumnError",
    "BadRequestError",
    "ConflictError",
    "ConnectionFailedError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "QueueFullError",
    "RateLimitError",
    "RequestTimeoutError",
    "ResponseLostError",
    "ResponseValidationError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]

_BODY_PREVIEW = 200


class AutumnError(Exception):
    """Base of everything the SDK raises for API and transport problems.

    Every one survives ``pickle`` (multiprocessing, Celery), without the secret key: the request the
    SDK sent (its Authorization header) is not part of the pickled state.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses' __init__ take a response or a cause, not the message in self.args, so the
        # default (cls(*args)) cannot rebuild them; and the raw response's request carries the key.
        state = {name: _portable(value) for name, value in self.__dict__.items()}
        return (_restore, (type(self), self.args, state))


def _restore(cls: type[AutumnError], args: tuple[Any, ...], state: dict[str, Any]) -> AutumnError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def _portable(value: Any) -> Any:
    """A copy of ``value`` that pickles and holds no secret (what a pickled error keeps)."""
    if isinstance(value, httpx.Response):
        try:
            request: httpx.Request | None = value.request
        except RuntimeError:  # a response built without a request
            request = None
        headers = [(k, v) for k, v in value.headers.multi_items() if k.lower() not in _BODY_HEADERS]
        copy = httpx.Response(
            value.status_code,
            headers=headers,
            content=response_bytes(value),
            # The request without its headers: they hold the secret key.
            request=httpx.Request(request.method, request.url) if request is not None else None,
        )
        copy.read()
        return copy
    if isinstance(value, httpx.HTTPError):
        # httpx's exceptions keep the request (and its Authorization header); their text is enough.
        try:
            return type(value)(str(value))
        except TypeError:  # an httpx exception with a richer constructor
            return _PortableCause(f"{type(value).__name__}: {value}")
    return value


class _PortableCause(Exception):
    """Stands in for a transport exception that cannot be rebuilt from its text."""


# The copy carries the decoded body: these no longer describe it.
_BODY_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def response_bytes(response: httpx.Response) -> bytes:
    """The body if it was read; b"" when a caller's event hook raised before httpx read it."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""


def response_text(response: httpx.Response) -> str:
    try:
        return response.text
    except httpx.ResponseNotRead:
        return ""


class _ResponseError(AutumnError):
    """An error answer from the API: the response and what Autumn's JSON error body says."""

    status_code: int
    body: str
    headers: httpx.Headers
    raw_response: httpx.Response
    message: str | None
    code: str | None
    env: str | None

    def __init__(self, raw_response: httpx.Response) -> None:
        self.raw_response = raw_response
        self.status_code = raw_response.status_code
        self.headers = raw_response.headers
        self.body = response_text(raw_response)
        fields = _error_fields(self.body)
        self.message = fields.get("message")
        self.code = fields.get("code")
        self.env = fields.get("env")
        super().__init__(self._describe())

    def _describe(self) -> str:
        status = f"{self.status_code} {self.raw_response.reason_phrase}".strip()
        if self.message is not None:
            return f"{status}: {self.message}" + (f" ({self.code})" if self.code else "")
        if not self.body.strip():
            return f"{status} (empty body)"
        preview = " ".join(self.body.split())
        if len(preview) > _BODY_PREVIEW:
            preview = preview[:_BODY_PREVIEW] + "…"
        return f"{status}: {preview}"


class AutumnDefaultError(_ResponseError):
    """The API answered with an error status (4XX, 5XX).

    ``message`` and ``code`` come from Autumn's JSON error body (``{"message", "code", "env"}``) and
    are ``None`` when the body is not one (a proxy's HTML page, an empty answer).
    """


class BadRequestError(AutumnDefaultError):
    """400: the API refused the request's content (``code`` ``invalid_inputs`` names the field)."""


class AuthenticationError(AutumnDefaultError):
    """401: no secret key, or one the API does not know (``invalid_secret_key``)."""


class PermissionDeniedError(AutumnDefaultError):
    """403: the key may not do this."""


class NotFoundError(AutumnDefaultError):
    """404: the customer, feature, plan or entity does not exist (``customer_not_found``, …)."""


class ConflictError(AutumnDefaultError):
    """409: the request conflicts with the current state.

    A 409 ``duplicate_idempotency_key`` on a call that sent an Idempotency-Key is not one of these
    but :class:`AlreadyAppliedError`: that call's change IS recorded, which a handler for failed
    calls must not mistake for a failure.
    """


class UnprocessableEntityError(AutumnDefaultError):
    """422: the request is well-formed but cannot be carried out."""


class RateLimitError(AutumnDefaultError):
    """429: too many requests; retried by default (``Retry-After`` honoured)."""


class InternalServerError(AutumnDefaultError):
    """5XX: the API failed on its side; retried by default (500, 502, 503, 504) and failed open with ``fail_open``."""


_BY_STATUS: dict[int, type[AutumnDefaultError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


class AlreadyAppliedError(_ResponseError):
    """The API had already applied a request with this call's Idempotency-Key.

    It answered 409 ``duplicate_idempotency_key``. On a retry that means an earlier attempt of this
    same call was applied although its answer was lost: the usage IS recorded, so do not repeat the
    call. (With a key of your own, the earlier request is one of yours.) Not an ``AutumnDefaultError``,
    so a handler for failed calls does not catch it by accident.
    """

    def __init__(self, raw_response: httpx.Response, idempotency_key: str) -> None:
        self.idempotency_key = idempotency_key
        # True when a retry of the call that raised it met the 409: that call itself was applied.
        self.by_this_call = False
        super().__init__(raw_response)

    def _describe(self) -> str:
        return f"already applied: a request with Idempotency-Key {self.idempotency_key!r} was applied before ({self.status_code})"


class ResponseValidationError(AutumnError):
    """A successful (2XX) answer whose body is not the JSON the schema describes.

    ``field`` names the missing or malformed field when one can be named. Raised by the call, or, for a
    field that holds objects (built when first read), by the first read of that field: then
    ``raw_response`` is the answer's ``http_response`` (None for a model built with ``from_dict``) and
    ``body`` the data of the object whose field was being read, as JSON text.
    """

    def __init__(self, reason: str, raw_response: Any, field: str | None = None, *, body: str | None = None) -> None:
        self.raw_response = raw_response
        self.status_code: int | None = getattr(raw_response, "status_code", None)
        if body is None:
            body = response_text(raw_response) if isinstance(raw_response, httpx.Response) else ""
        self.body = body
        self.field = field
        what = "the answer" if self.status_code is None else f"{self.status_code} response"
        super().__init__(f"{what} does not match the schema: {reason}")


class WebhookVerificationError(AutumnError):
    """A webhook request that did not prove it came from Autumn, refused before its body was parsed.

    The message says what failed (a missing header, a stale timestamp, no matching signature, a
    malformed secret, a body that is not a JSON event) and never contains the secret. Answer such a
    request with 400.
    """

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"webhook verification failed: {reason}")


class APIConnectionError(AutumnError):
    """No usable answer came back. ``cause`` is the underlying transport exception."""

    def __init__(self, message: str, cause: BaseException) -> None:
        self.cause = cause
        super().__init__(f"{message}: {cause}" if str(cause) else message)


class ConnectionFailedError(APIConnectionError):
    """The SDK could not connect; the request was not sent."""


class RequestTimeoutError(APIConnectionError):
    """No answer came in time; the request may or may not have been applied."""


class ResponseLostError(APIConnectionError):
    """The connection broke after the request was sent; it may or may not have been applied."""


# What a retry may help with: no answer came back. (A malformed request is not among them.)
TRANSIENT_ERRORS = (ConnectionFailedError, RequestTimeoutError, ResponseLostError)


class QueueFullError(AutumnError):
    """``track_nowait`` with ``Autumn(nowait_when_full="raise")``: the queue is full; nothing was queued."""


def error_for_status(response: httpx.Response, idempotency_key: str | None) -> _ResponseError:
    """The error for a non-2XX answer."""
    if response.status_code == 409 and idempotency_key is not None:
        try:
            code = _error_fields(response.text).get("code")
        except httpx.ResponseNotRead:
            # A caller's raise_for_status hook raised before httpx read the body. On check and track,
            # Autumn answers 409 only for a key it applied before: reporting a failure instead would
            # invite the caller to repeat a change that is recorded.
            code = "duplicate_idempotency_key"
        if code == "duplicate_idempotency_key":
            return AlreadyAppliedError(response, idempotency_key)
    status = response.status_code
    # Statuses without a class of their own (405, 408, 413, …, and anything a proxy invents) stay the base class.
    cls = InternalServerError if 500 <= status <= 599 else _BY_STATUS.get(status, AutumnDefaultError)
    return cls(response)


def is_outage(exc: BaseException) -> bool:
    """True when the API could not be reached or failed on its side: what ``fail_open`` covers.

    That is a transient failure (refused or reset connection, timeout, lost answer) or a 5XX. A
    request that could not be made at all (a proxy or protocol misconfiguration: the base
    ``APIConnectionError``) is a configuration error, which answering "allowed" would only hide.
    """
    return isinstance(exc, TRANSIENT_ERRORS) or (isinstance(exc, AutumnDefaultError) and exc.status_code >= 500)


def from_transport_error(exc: httpx.HTTPError) -> APIConnectionError:
    """Translate an httpx exception into the SDK's own, keeping it as the cause."""
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError("the request timed out", exc)
    if isinstance(exc, httpx.ProxyError):
        # Before ConnectError: a proxy that refuses the tunnel is configuration, not an outage.
        return APIConnectionError("the request could not be made: check the proxy configuration", exc)
    if isinstance(exc, httpx.ConnectError):
        return ConnectionFailedError("could not connect to the Autumn API", exc)
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError, httpx.CloseError)):
        return ResponseLostError("the connection broke before the answer arrived", exc)
    # UnsupportedProtocol, LocalProtocolError, a decoding error…: retrying cannot help.
    return APIConnectionError("the request could not be made", exc)


def _error_fields(body: str) -> dict[str, str]:
    if not body.startswith("{"):
        return {}
    try:
        data: Any = json.loads(body)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k in ("message", "code", "env") if isinstance(v := data.get(k), str)}
