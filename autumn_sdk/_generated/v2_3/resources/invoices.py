# generated from openapi*.yaml — do not edit
"""autumn.invoices (API 2.3): insert, list."""

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

_VERSION = "v2_3"
INSERT_ENDPOINT: Endpoint[models.InsertInvoicesResponse] = Endpoint(
    Route("insertInvoices", "POST", "/v1/invoices.insert"),
    _models,
    "InsertInvoicesResponse",
)
LIST_ENDPOINT: Endpoint[models.ListInvoicesResponse] = Endpoint(
    Route("listInvoices", "POST", "/v1/invoices.list"),
    _models,
    "ListInvoicesResponse",
)
_INSERT_INVOICES: dict[str, Any] = {
    "type": "array",
    "maxItems": 500,
    "items": {"$ref": "InsertInvoicesParamsInvoice"},
}

_LIST_STATUS: dict[str, Any] = {"type": "array", "items": {"$ref": "InsertInvoicesParamsInvoiceStatus"}}
_LIST_PROCESSOR_TYPES: dict[str, Any] = {"type": "array", "items": {"$ref": "InvoiceProcessorType"}}


def _insert_request(
    invoices: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of insert() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "invoices": _args.structured("invoices", invoices, _INSERT_INVOICES, _VERSION),
    }
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _list_request(
    start_cursor: Any,
    limit: Any,
    customer_id: Any,
    entity_id: Any,
    status: Any,
    processor_types: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of list() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {}
    if start_cursor is not None:
        _body["start_cursor"] = (
            start_cursor if type(start_cursor) is str else _args.text("start_cursor", start_cursor)
        )
    if limit is not None:
        _body["limit"] = _args.number("limit", limit)
    if customer_id is not None:
        _body["customer_id"] = (
            customer_id if type(customer_id) is str else _args.text("customer_id", customer_id)
        )
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if status is not None:
        _body["status"] = _args.structured("status", status, _LIST_STATUS, _VERSION)
    if processor_types is not None:
        _body["processor_types"] = _args.structured(
            "processor_types", processor_types, _LIST_PROCESSOR_TYPES, _VERSION
        )
    return _args.encode_body(_body), None


class Invoices:
    """The invoices operations

    Reached as ``autumn.invoices``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.invoices (API 2.3): insert, list>"

    def insert(
        self,
        *,
        invoices: Sequence[models.InsertInvoicesParamsInvoice | models.InsertInvoicesParamsInvoiceDict],
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.InsertInvoicesResponse:
        """Inserts or updates up to 500 historical invoices without reading or mutating the billing processor.

        Args:
            invoices: Invoices to insert or update, in response order.
            idempotency_key: Makes the call safe to repeat: the API applies the first request with a
                key once. One is generated per call (reused by its retries) when none is given.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.AlreadyAppliedError: a request with this Idempotency-Key was applied before.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _insert_request(
            invoices,
            idempotency_key,
        )
        return self._client._request(
            INSERT_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def insert_async(
        self,
        *,
        invoices: Sequence[models.InsertInvoicesParamsInvoice | models.InsertInvoicesParamsInvoiceDict],
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.InsertInvoicesResponse:
        """Inserts or updates up to 500 historical invoices without reading or mutating the billing processor. (async)

        Args:
            invoices: Invoices to insert or update, in response order.
            idempotency_key: Makes the call safe to repeat: the API applies the first request with a
                key once. One is generated per call (reused by its retries) when none is given.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.AlreadyAppliedError: a request with this Idempotency-Key was applied before.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _insert_request(
            invoices,
            idempotency_key,
        )
        return await self._client._request_async(
            INSERT_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list(
        self,
        *,
        start_cursor: str | None = None,
        limit: int | None = None,
        customer_id: str | None = None,
        entity_id: str | None = None,
        status: Sequence[
            Literal["draft", "open", "void", "paid", "uncollectible"]
            | models.InsertInvoicesParamsInvoiceStatus
        ]
        | None = None,
        processor_types: Sequence[Literal["stripe", "revenuecat"] | models.InvoiceProcessorType]
        | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListInvoicesResponse:
        """Lists invoices with cursor pagination and optional filters (customer, entity, status, processor). Pass `start_cursor: ""` (or omit) for the first page; use `next_cursor` from a prior response for subsequent pages.

        Args:
            start_cursor: Opaque pagination cursor. Empty string (default) requests the first page; use next_cursor
                from a prior response for subsequent pages.
            limit: Number of items to return. Default 50, hard ceiling 5000.
            customer_id: Filter invoices to a single customer by ID.
            entity_id: Filter invoices to a single entity by ID. Must be provided together with customer_id,
                since entity IDs are only unique per customer.
            status: Filter by invoice status (draft, open, paid, void, uncollectible).
            processor_types: Filter by billing processor (stripe, revenuecat). Invoices recorded before processor
                tracking count as stripe.
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
            start_cursor,
            limit,
            customer_id,
            entity_id,
            status,
            processor_types,
        )
        return self._client._request(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def list_async(
        self,
        *,
        start_cursor: str | None = None,
        limit: int | None = None,
        customer_id: str | None = None,
        entity_id: str | None = None,
        status: Sequence[
            Literal["draft", "open", "void", "paid", "uncollectible"]
            | models.InsertInvoicesParamsInvoiceStatus
        ]
        | None = None,
        processor_types: Sequence[Literal["stripe", "revenuecat"] | models.InvoiceProcessorType]
        | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListInvoicesResponse:
        """Lists invoices with cursor pagination and optional filters (customer, entity, status, processor). Pass `start_cursor: ""` (or omit) for the first page; use `next_cursor` from a prior response for subsequent pages. (async)

        Args:
            start_cursor: Opaque pagination cursor. Empty string (default) requests the first page; use next_cursor
                from a prior response for subsequent pages.
            limit: Number of items to return. Default 50, hard ceiling 5000.
            customer_id: Filter invoices to a single customer by ID.
            entity_id: Filter invoices to a single entity by ID. Must be provided together with customer_id,
                since entity IDs are only unique per customer.
            status: Filter by invoice status (draft, open, paid, void, uncollectible).
            processor_types: Filter by billing processor (stripe, revenuecat). Invoices recorded before processor
                tracking count as stripe.
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
            start_cursor,
            limit,
            customer_id,
            entity_id,
            status,
            processor_types,
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
        entity_id: str | None = None,
        status: Sequence[
            Literal["draft", "open", "void", "paid", "uncollectible"]
            | models.InsertInvoicesParamsInvoiceStatus
        ]
        | None = None,
        processor_types: Sequence[Literal["stripe", "revenuecat"] | models.InvoiceProcessorType]
        | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> Iterator[models.ListInvoicesResponseList]:
        """Every item of list(), page after page, fetched as the iteration needs them.

        Takes list()'s arguments except ``start_cursor``; ``limit`` is the page size. The
        arguments are checked now, before any I/O; each page is one list() call, from
        the cursor the page before it answered, so items added meanwhile are never repeated.
        """
        _list_request(
            None,
            limit,
            customer_id,
            entity_id,
            status,
            processor_types,
        )

        def _page(_position: Any) -> Any:
            return self.list(
                start_cursor=_position,
                limit=limit,
                customer_id=customer_id,
                entity_id=entity_id,
                status=status,
                processor_types=processor_types,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
                deadline_ms=deadline_ms,
            )

        return _pages.iterate(_page, _pages.by_cursor("list_", "next_cursor"))

    def list_all_async(
        self,
        *,
        limit: int | None = None,
        customer_id: str | None = None,
        entity_id: str | None = None,
        status: Sequence[
            Literal["draft", "open", "void", "paid", "uncollectible"]
            | models.InsertInvoicesParamsInvoiceStatus
        ]
        | None = None,
        processor_types: Sequence[Literal["stripe", "revenuecat"] | models.InvoiceProcessorType]
        | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> AsyncIterator[models.ListInvoicesResponseList]:
        """Every item of list_async(), page after page, fetched as the iteration needs them.

        Takes list_async()'s arguments except ``start_cursor``; ``limit`` is the page size. The
        arguments are checked now, before any I/O; each page is one list_async() call, from
        the cursor the page before it answered, so items added meanwhile are never repeated.
        """
        _list_request(
            None,
            limit,
            customer_id,
            entity_id,
            status,
            processor_types,
        )

        async def _page(_position: Any) -> Any:
            return await self.list_async(
                start_cursor=_position,
                limit=limit,
                customer_id=customer_id,
                entity_id=entity_id,
                status=status,
                processor_types=processor_types,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
                deadline_ms=deadline_ms,
            )

        return _pages.iterate_async(_page, _pages.by_cursor("list_", "next_cursor"))
