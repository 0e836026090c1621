"""API 2.3's cursor pages, as Autumn makes them.

A list is ordered newest first by (created at, id). ``next_cursor`` is the last item's position,
``{"v": 0, "id": ..., "t": ...}`` as JSON in unpadded base64url; the next page starts strictly
after it. So an item created while a client pages through never shows up twice (it sorts before
the cursor), and a deleted item does not shift the pages. An empty ``start_cursor`` is the first page.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from ._store import ApiError

T = TypeVar("T")
DEFAULT_LIMIT = 50  # Autumn's default; the document allows up to 5000
_VERSION = 0


def encode(item_id: str, at: float) -> str:
    raw = json.dumps({"v": _VERSION, "id": item_id, "t": int(at)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode(cursor: str) -> tuple[int, str] | None:
    """(t, id) of a cursor; None for the first page. A cursor the emulator did not make is a 400."""
    if cursor == "":
        return None
    try:
        fields = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        raise ApiError(400, "invalid_cursor", "start_cursor is not a cursor this API returned") from None
    if (
        not isinstance(fields, dict)
        or fields.get("v") != _VERSION
        or not isinstance(fields.get("id"), str)
        or not fields["id"]
        or not isinstance(fields.get("t"), int)
        or fields["t"] < 0
    ):
        raise ApiError(400, "invalid_cursor", "start_cursor is not a cursor this API returned")
    return fields["t"], fields["id"]


def page(
    items: Iterable[T],
    key: Callable[[T], tuple[float, str]],
    params: Mapping[str, Any],
    render: Callable[[T], dict[str, Any]],
    *,
    descending: bool = True,
) -> dict[str, Any]:
    """``{list, next_cursor}``: up to ``limit`` items after ``start_cursor``, newest (largest key) first
    (oldest first when not ``descending``)."""
    after = decode(str(params.get("start_cursor", "")))
    limit = int(params.get("limit", DEFAULT_LIMIT))
    ordered = sorted(items, key=key, reverse=descending)
    if after is not None:
        ordered = [
            i for i in ordered if ((int(key(i)[0]), key(i)[1]) < after) == descending and (int(key(i)[0]), key(i)[1]) != after
        ]
    chunk = ordered[:limit]
    more = len(ordered) > limit
    last = key(chunk[-1]) if chunk else None
    return {"list": [render(i) for i in chunk], "next_cursor": encode(last[1], last[0]) if more and last else None}
