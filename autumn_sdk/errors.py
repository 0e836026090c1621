"""The exceptions the SDK raises for API and transport problems; all derive from ``AutumnError``.

An error answer (4XX, 5XX) is an ``AutumnDefaultError``, raised as the class of its status where it
has one (``NotFoundError`` for 404, ``InternalServerError`` for any 5XX, …).
"""

from ._errors import (
    AlreadyAppliedError,
    APIConnectionError,
    AuthenticationError,
    AutumnDefaultError,
    AutumnError,
    BadRequestError,
    ConflictError,
    ConnectionFailedError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    QueueFullError,
    RateLimitError,
    RequestTimeoutError,
    ResponseLostError,
    ResponseValidationError,
    UnprocessableEntityError,
    WebhookVerificationError,
)

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
