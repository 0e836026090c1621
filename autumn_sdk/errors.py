"""The exceptions the SDK raises for API and transport problems; all derive from ``AutumnError``."""

from ._errors import (
    AlreadyAppliedError,
    APIConnectionError,
    AutumnDefaultError,
    AutumnError,
    ConnectionFailedError,
    QueueFullError,
    RequestTimeoutError,
    ResponseLostError,
    ResponseValidationError,
)

__all__ = [
    "APIConnectionError",
    "AlreadyAppliedError",
    "AutumnDefaultError",
    "AutumnError",
    "ConnectionFailedError",
    "QueueFullError",
    "RequestTimeoutError",
    "ResponseLostError",
    "ResponseValidationError",
]
