"""Retry configuration and the SDK's one retry loop.

A call is retried after a connection error, a timeout, a lost response or one of the statuses in
``settings.RETRY_STATUS_CODES`` (openapi.yaml's overlay sets them), with exponential backoff and full
jitter, at most ``RetryConfig.max_retries`` times, and never past the budget (``max_elapsed_time``).
``Retry-After`` (seconds or an HTTP date) is honoured but never shortens a wait below the backoff's
own: a server answering ``Retry-After: 0`` forever must not turn one call into a request storm.
A call may also have a deadline (``Autumn(deadline_ms=...)``): the time it takes in all.

The outbox's replay (``_replay``) uses this module's Retry-After parser and backoff formula too.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Literal, Protocol

import httpx

from . import _errors as errors
from ._generated import settings

__all__ = ["DEFAULT_RETRY_CONFIG", "NO_RETRIES", "BackoffStrategy", "Clock", "RetryClock", "RetryConfig"]


class BackoffStrategy:
    """Exponential backoff. Intervals and the budget are in milliseconds.

    The n-th retry waits a random time between 0 and ``min(max_interval, initial_interval *
    exponent ** n)`` (full jitter). No retry starts once ``max_elapsed_time`` has passed since the
    call began, or would pass during the wait.
    """

    # A plain class, not a dataclass: importing dataclasses would cost more than all of this module.
    __slots__ = ("exponent", "initial_interval", "max_elapsed_time", "max_interval")

    def __init__(self, initial_interval: int, max_interval: int, exponent: float, max_elapsed_time: int) -> None:
        for name, value in (
            ("initial_interval", initial_interval),
            ("max_interval", max_interval),
            ("exponent", exponent),
            ("max_elapsed_time", max_elapsed_time),
        ):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ValueError(f"BackoffStrategy.{name} must be a number >= 0, not {value!r}")
        self.initial_interval = initial_interval
        self.max_interval = max_interval
        self.exponent = exponent
        self.max_elapsed_time = max_elapsed_time

    def _fields(self) -> tuple[float, float, float, float]:
        return (self.initial_interval, self.max_interval, self.exponent, self.max_elapsed_time)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BackoffStrategy) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"BackoffStrategy(initial_interval={self.initial_interval!r}, max_interval={self.max_interval!r}, "
            f"exponent={self.exponent!r}, max_elapsed_time={self.max_elapsed_time!r})"
        )


# Retries per call. Every retry of a balance change is safe (same Idempotency-Key), but each one delays
# the caller's own request; two is what Stripe's and OpenAI's SDKs do.
DEFAULT_MAX_RETRIES = 2


class RetryConfig:
    """How a call is retried. ``RetryConfig("none")`` (or ``NO_RETRIES``) turns retrying off.

    ``retry_connection_errors`` covers connection failures, timeouts and lost responses.
    ``max_retries`` caps the retries of one call (default 2, as Stripe's and OpenAI's SDKs do), so
    one call sends at most ``max_retries + 1`` requests whatever the server answers.
    """

    __slots__ = ("backoff", "max_retries", "retry_connection_errors", "strategy")

    def __init__(
        self,
        strategy: Literal["backoff", "none"],
        backoff: BackoffStrategy | None = None,
        retry_connection_errors: bool = True,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        if strategy not in ("backoff", "none"):
            raise ValueError(f'RetryConfig.strategy must be "backoff" or "none", not {strategy!r}')
        if backoff is not None and not isinstance(backoff, BackoffStrategy):
            raise TypeError(f"RetryConfig.backoff must be a BackoffStrategy, not {type(backoff).__name__}")
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"RetryConfig.max_retries must be an int >= 0, not {max_retries!r}")
        self.strategy = strategy
        self.backoff = backoff
        self.retry_connection_errors = retry_connection_errors
        self.max_retries = max_retries

    def _fields(self) -> tuple[str, BackoffStrategy | None, bool, int]:
        return (self.strategy, self.backoff, self.retry_connection_errors, self.max_retries)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RetryConfig) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"RetryConfig(strategy={self.strategy!r}, backoff={self.backoff!r}, "
            f"retry_connection_errors={self.retry_connection_errors!r}, max_retries={self.max_retries!r})"
        )


DEFAULT_BACKOFF = BackoffStrategy(*settings.RETRY_BACKOFF)
DEFAULT_RETRY_CONFIG = RetryConfig(settings.RETRY_STRATEGY, DEFAULT_BACKOFF, settings.RETRY_CONNECTION_ERRORS)
NO_RETRIES = RetryConfig("none")


class Clock:
    """Time as the retry loop sees it.

    ``Autumn(retry_clock=...)`` takes any object with these five methods (a subclass of this one,
    say), to assert a retry schedule without waiting: record ``sleep``/``sleep_async`` instead of
    sleeping, and fix ``jitter``. Timeouts are real time, not this.
    """

    # The system's clocks themselves, not methods calling them: every call reads the monotonic clock once.
    monotonic = staticmethod(time.monotonic)
    now = staticmethod(time.time)  # wall-clock time, for ``Retry-After`` given as an HTTP date

    def jitter(self) -> float:
        """A number in [0, 1) that scales each backoff interval."""
        return random.random()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    async def sleep_async(self, seconds: float) -> None:
        import asyncio  # imported on first use: `import autumn_sdk` stays as cheap as httpx for sync users

        await asyncio.sleep(seconds)


SYSTEM_CLOCK = Clock()

CLOCK_METHODS = ("monotonic", "now", "jitter", "sleep", "sleep_async")


class RetryClock(Protocol):
    """What ``Autumn(retry_clock=...)`` takes: any object with ``Clock``'s five methods."""

    def monotonic(self) -> float: ...

    def now(self) -> float: ...

    def jitter(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def sleep_async(self, seconds: float) -> None: ...


Outcome = httpx.Response | errors.APIConnectionError


# -- the two rules calls and outbox replays share ------------------------------------------------------


def retry_after(headers: httpx.Headers | Mapping[str, str], clock: Clock) -> float | None:
    """Seconds a ``Retry-After`` header asks to wait (seconds or an HTTP date), or None without a usable one.

    The one parser of the header, for calls and outbox replays alike; each caller clamps the value
    to its own rule (a call never waits less than its backoff, a replay at most an hour).
    """
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = parsedate_to_datetime(value).timestamp() - clock.now()
        except (TypeError, ValueError, OverflowError):
            return None
    return seconds if math.isfinite(seconds) else None


def backoff_delay(first: float, cap: float, exponent: float, n: int, jitter: float, floor: float = 0.0) -> float:
    """The n-th wait (from 0) of exponential backoff: ``min(cap, first * exponent**n)`` scaled by jitter.

    The one backoff formula, for calls and outbox replays alike. ``jitter`` is a number in [0, 1);
    ``floor`` the share of the wait that is never jittered away: 0 for full jitter (a call), 0.5 to
    wait at least half the ceiling (a replay, which must not hammer an API that just came back).
    """
    try:
        ceiling = min(cap, first * exponent**n)
    except OverflowError:  # exponent**n beyond a float: the cap
        ceiling = cap
    return ceiling * (floor + (1.0 - floor) * jitter)


class _Schedule:
    """Decides, after each attempt, whether to retry and after how long."""

    __slots__ = ("_clock", "_config", "_deadline", "_logger", "_operation", "_retries", "_started")

    def __init__(
        self,
        config: RetryConfig,
        clock: Clock,
        logger: logging.Logger,
        operation: str,
        started: float,
        deadline: float | None,
    ) -> None:
        self._config = config
        self._clock = clock
        self._logger = logger
        self._operation = operation
        self._started = started
        self._deadline = deadline  # in the clock's monotonic seconds, or None
        self._retries = 0

    def delay_after(self, outcome: Outcome) -> float | None:
        """Seconds to wait before the next attempt, or None to stop here."""
        config = self._config
        if config.strategy == "none":
            return None
        backoff = config.backoff or DEFAULT_BACKOFF
        if isinstance(outcome, httpx.Response):
            if outcome.status_code not in settings.RETRY_STATUS_CODES:
                return None
            delay = retry_after(outcome.headers, self._clock)
            reason = f"HTTP {outcome.status_code}"
        else:
            if not config.retry_connection_errors or not isinstance(outcome, errors.TRANSIENT_ERRORS):
                return None
            delay = None
            reason = type(outcome).__name__
        if self._retries >= config.max_retries:
            self._logger.debug("%s: not retrying after %s: %d retries made", self._operation, reason, self._retries)
            return None
        backoff_wait = backoff_delay(
            backoff.initial_interval / 1000, backoff.max_interval / 1000, backoff.exponent, self._retries, self._clock.jitter()
        )
        # Retry-After may lengthen the wait, never shorten it: "0", a date in the past or a negative
        # value from a struggling server would otherwise retry at once, as fast as it answers.
        delay = backoff_wait if delay is None else max(delay, backoff_wait)
        now = self._clock.monotonic()
        if now - self._started + delay > backoff.max_elapsed_time / 1000:
            self._logger.debug("%s: not retrying after %s: the retry budget is spent", self._operation, reason)
            return None
        if self._deadline is not None and now + delay >= self._deadline:
            self._logger.debug("%s: not retrying after %s: the call's deadline comes first", self._operation, reason)
            return None
        self._retries += 1
        self._logger.debug("%s: retry %d in %.3f s after %s", self._operation, self._retries, delay, reason)
        return delay

    def left(self) -> float | None:
        """Seconds left before the deadline (None without one); <= 0: no attempt may start."""
        return None if self._deadline is None else self._deadline - self._clock.monotonic()


def _final(outcome: Outcome) -> httpx.Response:
    if isinstance(outcome, httpx.Response):
        return outcome
    raise outcome


def send_with_retries(
    send: Callable[[float | None], httpx.Response],
    config: RetryConfig,
    clock: Clock,
    logger: logging.Logger,
    operation: str,
    deadline: float | None = None,
    first: Outcome | None = None,
    started: float | None = None,
) -> httpx.Response:
    """Call ``send`` until it gives an answer that is not retried, the schedule stops, or time is up.

    ``deadline``: seconds the whole call may take from its start, retries and waits included (None:
    only the retry budget bounds it). No attempt starts past it, no wait ends past it, and ``send`` is
    given the seconds left, to clip its own timeouts to (None without a deadline). ``first``: the
    outcome of a first attempt the caller made itself, at monotonic time ``started``.
    """
    if first is None or started is None:
        started = clock.monotonic()
        try:
            response = send(deadline)
        except errors.APIConnectionError as exc:
            first = exc
        else:
            if response.status_code not in settings.RETRY_STATUS_CODES:
                return response  # the common case: no schedule to build
            first = response
    outcome: Outcome = first
    schedule = _Schedule(config, clock, logger, operation, started, None if deadline is None else started + deadline)
    while True:
        delay = schedule.delay_after(outcome)
        if delay is None:
            return _final(outcome)
        clock.sleep(delay)
        left = schedule.left()
        if left is not None and left <= 0:  # the wait ended at the deadline: no attempt starts now
            return _final(outcome)
        try:
            outcome = send(left)
        except errors.APIConnectionError as exc:
            outcome = exc


async def send_with_retries_async(
    send: Callable[[float | None], Awaitable[httpx.Response]],
    config: RetryConfig,
    clock: Clock,
    logger: logging.Logger,
    operation: str,
    deadline: float | None = None,
    first: Outcome | None = None,
    started: float | None = None,
) -> httpx.Response:
    """The async twin of :func:`send_with_retries`; the decisions are the same (``_Schedule``)."""
    if first is None or started is None:
        started = clock.monotonic()
        try:
            response = await send(deadline)
        except errors.APIConnectionError as exc:
            first = exc
        else:
            if response.status_code not in settings.RETRY_STATUS_CODES:
                return response
            first = response
    outcome: Outcome = first
    schedule = _Schedule(config, clock, logger, operation, started, None if deadline is None else started + deadline)
    while True:
        delay = schedule.delay_after(outcome)
        if delay is None:
            return _final(outcome)
        await clock.sleep_async(delay)
        left = schedule.left()
        if left is not None and left <= 0:  # the wait ended at the deadline: no attempt starts now
            return _final(outcome)
        try:
            outcome = await send(left)
        except errors.APIConnectionError as exc:
            outcome = exc
