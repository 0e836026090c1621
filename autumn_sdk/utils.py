"""Retry configuration (``RetryConfig`` and ``BackoffStrategy``, intervals in milliseconds), and ``UNSET``.

``UNSET`` (of type ``Unset``) is the value of an optional answer field the API did not send, and the
default of a nullable argument (``None`` there sends JSON null).

``HttpResponse`` is what ``answer.http_response`` holds: the status, headers, URL and elapsed time.
"""

from ._generated.types import UNSET, Unset
from ._operation import HttpResponse
from ._retries import DEFAULT_RETRY_CONFIG, NO_RETRIES, BackoffStrategy, RetryConfig

__all__ = ["DEFAULT_RETRY_CONFIG", "NO_RETRIES", "UNSET", "BackoffStrategy", "HttpResponse", "RetryConfig", "Unset"]
