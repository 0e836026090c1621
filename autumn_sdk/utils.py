"""Retry configuration: ``RetryConfig`` and ``BackoffStrategy`` (intervals in milliseconds)."""

from ._retries import DEFAULT_RETRY_CONFIG, NO_RETRIES, BackoffStrategy, RetryConfig

__all__ = ["DEFAULT_RETRY_CONFIG", "NO_RETRIES", "BackoffStrategy", "RetryConfig"]
