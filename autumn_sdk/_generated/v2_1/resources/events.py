# generated from openapi*.yaml — do not edit
"""autumn.events (API 2.1): aggregate, list."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from .... import _pagination as _pages
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Sequence
    from typing import Literal

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_1"
AGGREGATE_ENDPOINT: Endpoint[models.AggregateEventsResponse] = Endpoint(
    Route("aggregateEvents", "POST", "/v1/events.aggregate"),
    _models,
    "AggregateEventsResponse",
)
LIST_ENDPOINT: Endpoint[models.ListEventsResponse] = Endpoint(
    Route("listEvents", "POST", "/v1/events.list"),
    _models,
    "ListEventsResponse",
)
_AGGREGATE_RANGE = frozenset(["24h", "7d", "30d", "90d", "last_cycle", "1bc", "3bc"])
_AGGREGATE_BIN_SIZE = frozenset(["day", "hour", "month"])
_AGGREGATE_FEATURE_ID: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "items": {"type": "string", "minLength": 1}},
    ]
}
_AGGREGATE_CUSTOM_RANGE: dict[str, Any] = {"$ref": "AggregateCustomRange"}

_LIST_FEATURE_ID: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "minLength": 1},
        {"type": "array", "items": {"type": "string", "minLength": 1}},
    ]
}
_LIST_CUSTOM_RANGE: dict[str, Any] = {"$ref": "CustomRange"}


def _aggregate_request(
    customer_id: Any,
    feature_id: Any,
    group_by: Any,
    range: Any,
    bin_size: Any,
    custom_range: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of aggregate() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": _args.text("customer_id", customer_id, 1),
        "feature_id": _args.structured("feature_id", feature_id, _AGGREGATE_FEATURE_ID, _VERSION),
    }
    if group_by is not None:
        _body["group_by"] = group_by if type(group_by) is str else _args.text("group_by", group_by)
    if range is not None:
        _body["range"] = _args.choice("range", range, _AGGREGATE_RANGE)
    if bin_size is not None:
        _body["bin_size"] = _args.choice("bin_size", bin_size, _AGGREGATE_BIN_SIZE)
    if custom_range is not None:
        _body["custom_range"] = _args.structured(
            "custom_range", custom_range, _AGGREGATE_CUSTOM_RANGE, _VERSION
        )
    return _args.encode_body(_body), None


def _list_request(
    offset: Any,
    limit: Any,
    customer_id: Any,
    feature_id: Any,
    custom_range: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of list() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {}
    if offset is not None:
        _body["offset"] = _args.number("offset", offset)
    if limit is not None:
        _body["limit"] = _args.number("limit", limit)
    if customer_id is not None:
        _body["customer_id"] = (
            customer_id if type(customer_id) is str else _args.text("customer_id", customer_id)
        )
    if feature_id is not None:
        _body["feature_id"] = _args.structured("feature_id", feature_id, _LIST_FEATURE_ID, _VERSION)
    if custom_range is not None:
        _body["custom_range"] = _args.structured("custom_range", custom_range, _LIST_CUSTOM_RANGE, _VERSION)
    return _args.encode_body(_body), None


class Events:
    """The events operations

    Reached as ``autumn.events``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.events (API 2.1): aggregate, list>"

    def aggregate(
        self,
        *,
        customer_id: str,
        feature_id: str | Sequence[str],
        group_by: str | None = None,
        range: Literal["24h", "7d", "30d", "90d", "last_cycle", "1bc", "3bc"]
        | models.AggregateRange
        | None = None,
        bin_size: Literal["day", "hour", "month"] | models.BinSize | None = None,
        custom_range: models.AggregateCustomRange | models.AggregateCustomRangeDict | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AggregateEventsResponse:
        """Aggregate usage events by time period. Returns usage totals grouped by feature and optionally by a custom property.

        Args:
            customer_id: Customer ID to aggregate events for
            feature_id: Feature ID(s) to aggregate events for
            group_by: Property to group events by. If provided, each key in the response will be an object with
                distinct groups as the keys
            range: Time range to aggregate events for. Either range or custom_range must be provided
            bin_size: Size of the time bins to aggregate events for. Defaults to hour if range is 24h, otherwise
                day
            custom_range: Custom time range to aggregate events for. If provided, range must not be provided
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _aggregate_request(
            customer_id,
            feature_id,
            group_by,
            range,
            bin_size,
            custom_range,
        )
        return self._client._request(
            AGGREGATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def aggregate_async(
        self,
        *,
        customer_id: str,
        feature_id: str | Sequence[str],
        group_by: str | None = None,
        range: Literal["24h", "7d", "30d", "90d", "last_cycle", "1bc", "3bc"]
        | models.AggregateRange
        | None = None,
        bin_size: Literal["day", "hour", "month"] | models.BinSize | None = None,
        custom_range: models.AggregateCustomRange | models.AggregateCustomRangeDict | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AggregateEventsResponse:
        """Aggregate usage events by time period. Returns usage totals grouped by feature and optionally by a custom property. (async)

        Args:
            customer_id: Customer ID to aggregate events for
            feature_id: Feature ID(s) to aggregate events for
            group_by: Property to group events by. If provided, each key in the response will be an object with
                distinct groups as the keys
            range: Time range to aggregate events for. Either range or custom_range must be provided
            bin_size: Size of the time bins to aggregate events for. Defaults to hour if range is 24h, otherwise
                day
            custom_range: Custom time range to aggregate events for. If provided, range must not be provided
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _aggregate_request(
            customer_id,
            feature_id,
            group_by,
            range,
            bin_size,
            custom_range,
        )
        return await self._client._request_async(
            AGGREGATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        customer_id: str | None = None,
        feature_id: str | Sequence[str] | None = None,
        custom_range: models.CustomRange | models.CustomRangeDict | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListEventsResponse:
        """List usage events for your organization. Filter by customer, feature, or time range.

        Args:
            offset: Number of items to skip
            limit: Number of items to return. Default 100, max 1000.
            customer_id: Filter events by customer ID
            feature_id: Filter by specific feature ID(s)
            custom_range: Filter events by time range
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _list_request(
            offset,
            limit,
            customer_id,
            feature_id,
            custom_range,
        )
        return self._client._request(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def list_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        customer_id: str | None = None,
        feature_id: str | Sequence[str] | None = None,
        custom_range: models.CustomRange | models.CustomRangeDict | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListEventsResponse:
        """List usage events for your organization. Filter by customer, feature, or time range. (async)

        Args:
            offset: Number of items to skip
            limit: Number of items to return. Default 100, max 1000.
            customer_id: Filter events by customer ID
            feature_id: Filter by specific feature ID(s)
            custom_range: Filter events by time range
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _list_request(
            offset,
            limit,
            customer_id,
            feature_id,
            custom_range,
        )
        return await self._client._request_async(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        customer_id: str | None = None,
        feature_id: str | Sequence[str] | None = None,
        custom_range: models.CustomRange | models.CustomRangeDict | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> Iterator[models.Event]:
        """Every item of list(), page after page, fetched as the iteration needs them.

        Takes list()'s arguments except ``offset``; ``limit`` is the page size. The
        arguments are checked now, before any I/O; each page is one list() call.
        """
        _list_request(
            0,
            limit,
            customer_id,
            feature_id,
            custom_range,
        )

        def _page(_position: Any) -> Any:
            return self.list(
                offset=_position,
                limit=limit,
                customer_id=customer_id,
                feature_id=feature_id,
                custom_range=custom_range,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
                deadline_ms=deadline_ms,
            )

        return _pages.iterate(_page, _pages.by_offset("list_", "has_more"))

    def list_all_async(
        self,
        *,
        limit: int | None = None,
        customer_id: str | None = None,
        feature_id: str | Sequence[str] | None = None,
        custom_range: models.CustomRange | models.CustomRangeDict | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> AsyncIterator[models.Event]:
        """Every item of list_async(), page after page, fetched as the iteration needs them.

        Takes list_async()'s arguments except ``offset``; ``limit`` is the page size. The
        arguments are checked now, before any I/O; each page is one list_async() call.
        """
        _list_request(
            0,
            limit,
            customer_id,
            feature_id,
            custom_range,
        )

        async def _page(_position: Any) -> Any:
            return await self.list_async(
                offset=_position,
                limit=limit,
                customer_id=customer_id,
                feature_id=feature_id,
                custom_range=custom_range,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
                deadline_ms=deadline_ms,
            )

        return _pages.iterate_async(_page, _pages.by_offset("list_", "has_more"))
