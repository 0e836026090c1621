"""Iterate over every item of an offset-paginated list, one page (one call) at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any


def iterate(fetch: Callable[[int], Any], items: str, has_more: str) -> Iterator[Any]:
    """Yield the items of ``fetch(0)``, then of the pages after it, until one says it is the last."""
    offset = 0
    while True:
        page = fetch(offset)
        batch = getattr(page, items)
        yield from batch
        # An empty page ends it too: a server that says has_more forever must not loop forever.
        if not getattr(page, has_more) or not batch:
            return
        offset += len(batch)


async def iterate_async(fetch: Callable[[int], Awaitable[Any]], items: str, has_more: str) -> AsyncIterator[Any]:
    """The async twin of :func:`iterate`."""
    offset = 0
    while True:
        page = await fetch(offset)
        batch = getattr(page, items)
        for item in batch:
            yield item
        if not getattr(page, has_more) or not batch:
            return
        offset += len(batch)
