# generated from openapi.yaml — do not edit
"""The operation methods of ``Autumn``, one module per operation in openapi.yaml."""

from __future__ import annotations

from ..._operation import Route, Transport, parse
from . import check, track
from .check import CheckOperation
from .track import TrackOperation

ROUTES = (
    check.ROUTE,
    track.ROUTE,
)


class Operations(
    CheckOperation,
    TrackOperation,
):
    """Every operation of the API as a method (sync) and ``<name>_async`` (async)."""


__all__ = ["ROUTES", "Operations", "Route", "Transport", "parse"]
