"""Test doubles every suite shares: a virtual clock, a recording in-memory transport, a call in either mode.

The fixtures that hand them out (``clock``, ``recorder``, ``mode``) are in tests/conftest.py.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

import httpx

WALL = 1_800_000_000.0  # the virtual clock's wall time at the start: no test reads the real one


class VirtualClock:
    """Time that moves only when the code sleeps or the test calls ``advance``; sleeps are recorded, not waited.

    Real time never enters it: a loaded machine that takes 60 ms per refused connection must see the
    same retry budget, and so the same schedule, as an idle one. It is deliberately not a subclass of
    the SDK's ``Clock``: ``retry_clock=`` takes any object with these five methods.
    """

    def __init__(self, jitter: float = 0.5, wall: float = WALL) -> None:
        self.sleeps: list[float] = []
        self.fixed_jitter = jitter
        self.mono = 1000.0
        self.wall = wall

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> float:
        return self.wall

    def jitter(self) -> float:
        return self.fixed_jitter

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.advance(seconds)

    async def sleep_async(self, seconds: float) -> None:
        self.sleep(seconds)

    def advance(self, seconds: float) -> None:
        """An attempt, or the world, 'takes' this long: both clocks move."""
        self.mono += seconds
        self.wall += seconds


class Recorder:
    """An in-memory transport that records requests and answers with ``reply``."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = reply

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.reply(request)

    @property
    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests]


def call(autumn: Any, mode: str, operation: str, **kwargs: Any) -> Any:
    """Run one operation (a dotted name: ``"check"``, ``"customers.get"``) sync or async.

    Returns its result, or the exception it raised.
    """
    target = autumn
    *path, name = operation.split(".")
    for part in path:
        target = getattr(target, part)
    try:
        if mode == "sync":
            return getattr(target, name)(**kwargs)

        async def run() -> Any:
            # No aclose(): the SDK's AsyncClient for this loop closes as asyncio.run() ends it, and
            # the Autumn stays usable for the next call (on the next loop).
            return await getattr(target, f"{name}_async")(**kwargs)

        return asyncio.run(run())
    except Exception as exc:
        return exc


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    """Wait for background work (a thread, a worker); the bound is a guard against a hang, not a timing."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.005)


async def wait_until_async(condition: Callable[[], bool], seconds: float = 30.0) -> None:
    """``wait_until`` for code on an event loop: the loop keeps running while it waits."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.005)
