"""Iterate over every item of a paginated list, one page (one call) at a time.

A page is fetched at a position (an offset, or the cursor the page before it answered); a paging
gives the first position and an ``advance`` function, which reads from a page its items and the
next position, or None on the last page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any

Advance = Callable[[Any, Any], "tuple[Sequence[Any], Any]"]
# Where the first page is, and how to go from a page to the next.
Paging = tuple[Any, Advance]


def by_offset(items: str, has_more: str) -> Paging:
    """Pages at offsets 0, len(page 1), …, until a page says it is the last (2.1 lists)."""

    def advance(page: Any, offset: Any) -> tuple[Sequence[Any], Any]:
        batch = getattr(page, items)
        # An empty page ends it too: a server that says has_more forever must not loop forever.
        return batch, offset + len(batch) if getattr(page, has_more) and batch else None

    return 0, advance


def by_cursor(items: str, next_cursor: str) -> Paging:
    """Pages from no cursor, then from the cursor each page answers, until one answers none (2.3 lists).

    Items created while iterating are never repeated: a cursor marks a place in the list, not a count.
    """

    def advance(page: Any, cursor: Any) -> tuple[Sequence[Any], Any]:
        batch = getattr(page, items)
        following = getattr(page, next_cursor, None)
        # A cursor that does not move would fetch the same page forever.
        return batch, following if following and following != cursor and batch else None

    return None, advance


def iterate(fetch: Callable[[Any], Any], paging: Paging) -> Iterator[Any]:
    """Yield the items of the first page, then of the pages after it, until the last."""
    position, advance = paging
    while True:
        batch, position = advance(fetch(position), position)
        yield from batch
        if position is None:
            return


async def iterate_async(fetch: Callable[[Any], Awaitable[Any]], paging: Paging) -> AsyncIterator[Any]:
    """The async twin of :func:`iterate`."""
    position, advance = paging
    while True:
        batch, position = advance(await fetch(position), position)
        for item in batch:
            yield item
        if position is None:
            return
