# generated from openapi*.yaml — do not edit
"""autumn.entities (API 2.3): create, delete, get, list, update."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from .... import _pagination as _pages
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Sequence
    from typing import Literal

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_3"
CREATE_ENDPOINT: Endpoint[models.Entity] = Endpoint(
    Route("createEntity", "POST", "/v1/entities.create"),
    _models,
    "Entity",
)
DELETE_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("deleteEntity", "POST", "/v1/entities.delete"),
    _models,
    "SuccessResponse",
)
GET_ENDPOINT: Endpoint[models.Entity] = Endpoint(
    Route("getEntity", "POST", "/v1/entities.get"),
    _models,
    "Entity",
)
LIST_ENDPOINT: Endpoint[models.ListEntitiesResponse] = Endpoint(
    Route("listEntities", "POST", "/v1/entities.list"),
    _models,
    "ListEntitiesResponse",
)
UPDATE_ENDPOINT: Endpoint[models.Entity] = Endpoint(
    Route("updateEntity", "POST", "/v1/entities.update"),
    _models,
    "Entity",
)
_CREATE_BILLING_CONTROLS: dict[str, Any] = {"$ref": "EntityDataBillingControls"}
_CREATE_CUSTOMER_DATA: dict[str, Any] = {"$ref": "CustomerData"}


_LIST_SUBSCRIPTION_STATUS = frozenset(["active", "scheduled"])
_LIST_PLANS: dict[str, Any] = {"type": "array", "items": {"$ref": "PlanFilter"}}
_LIST_PROCESSORS: dict[str, Any] = {"type": "array", "items": {"$ref": "ListCustomersParamsProcessor"}}

_UPDATE_BILLING_CONTROLS: dict[str, Any] = {"$ref": "EntityDataBillingControls"}


def _create_request(
    feature_id: Any,
    customer_id: Any,
    entity_id: Any,
    name: Any,
    billing_controls: Any,
    customer_data: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of create() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "entity_id": entity_id if type(entity_id) is str else _args.text("entity_id", entity_id),
    }
    if name is not UNSET:
        _body["name"] = None if name is None else name if type(name) is str else _args.text("name", name)
    if billing_controls is not None:
        _body["billing_controls"] = _args.structured(
            "billing_controls", billing_controls, _CREATE_BILLING_CONTROLS, _VERSION
        )
    if customer_data is not None:
        _body["customer_data"] = _args.structured(
            "customer_data", customer_data, _CREATE_CUSTOMER_DATA, _VERSION
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _delete_request(
    entity_id: Any,
    customer_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of delete() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "entity_id": entity_id if type(entity_id) is str else _args.text("entity_id", entity_id),
    }
    if customer_id is not None:
        _body["customer_id"] = (
            customer_id if type(customer_id) is str else _args.text("customer_id", customer_id)
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _get_request(
    entity_id: Any,
    customer_id: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of get() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "entity_id": entity_id if type(entity_id) is str else _args.text("entity_id", entity_id),
    }
    if customer_id is not None:
        _body["customer_id"] = (
            customer_id if type(customer_id) is str else _args.text("customer_id", customer_id)
        )
    return _args.encode_body(_body), None


def _list_request(
    start_cursor: Any,
    limit: Any,
    plans: Any,
    subscription_status: Any,
    search: Any,
    processors: Any,
    customer_id: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of list() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {}
    if start_cursor is not None:
        _body["start_cursor"] = (
            start_cursor if type(start_cursor) is str else _args.text("start_cursor", start_cursor)
        )
    if limit is not None:
        _body["limit"] = _args.number("limit", limit)
    if plans is not None:
        _body["plans"] = _args.structured("plans", plans, _LIST_PLANS, _VERSION)
    if subscription_status is not None:
        _body["subscription_status"] = _args.choice(
            "subscription_status", subscription_status, _LIST_SUBSCRIPTION_STATUS
        )
    if search is not None:
        _body["search"] = search if type(search) is str else _args.text("search", search)
    if processors is not None:
        _body["processors"] = _args.structured("processors", processors, _LIST_PROCESSORS, _VERSION)
    if customer_id is not None:
        _body["customer_id"] = _args.text("customer_id", customer_id, 1)
    return _args.encode_body(_body), None


def _update_request(
    entity_id: Any,
    customer_id: Any,
    billing_controls: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "entity_id": entity_id if type(entity_id) is str else _args.text("entity_id", entity_id),
    }
    if customer_id is not None:
        _body["customer_id"] = (
            customer_id if type(customer_id) is str else _args.text("customer_id", customer_id)
        )
    if billing_controls is not None:
        _body["billing_controls"] = _args.structured(
            "billing_controls", billing_controls, _UPDATE_BILLING_CONTROLS, _VERSION
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Entities:
    """The entities operations

    Reached as ``autumn.entities``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.entities (API 2.3): create, delete, get, list, update>"

    def create(
        self,
        *,
        feature_id: str,
        customer_id: str,
        entity_id: str,
        name: str | None | Unset = UNSET,
        billing_controls: models.EntityDataBillingControls
        | models.EntityDataBillingControlsDict
        | None = None,
        customer_data: models.CustomerData | models.CustomerDataDict | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Entity:
        """Creates an entity for a customer and feature, then returns the entity with balances and subscriptions.

        Use entities when usage and access must be scoped to sub-resources (for example seats, projects, or
        workspaces) instead of only the customer.

        Args:
            feature_id: The ID of the feature this entity is associated with
            customer_id: The ID of the customer to create the entity for.
            entity_id: The ID of the entity.
            name: The name of the entity ``None`` sends null; leave it out to send nothing.
            billing_controls: Billing controls for the entity.
            customer_data: Customer details to set when creating a customer
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
        _content, _key = _create_request(
            feature_id,
            customer_id,
            entity_id,
            name,
            billing_controls,
            customer_data,
            idempotency_key,
        )
        return self._client._request(
            CREATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def create_async(
        self,
        *,
        feature_id: str,
        customer_id: str,
        entity_id: str,
        name: str | None | Unset = UNSET,
        billing_controls: models.EntityDataBillingControls
        | models.EntityDataBillingControlsDict
        | None = None,
        customer_data: models.CustomerData | models.CustomerDataDict | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Entity:
        """Creates an entity for a customer and feature, then returns the entity with balances and subscriptions. (async)

        Use entities when usage and access must be scoped to sub-resources (for example seats, projects, or
        workspaces) instead of only the customer.

        Args:
            feature_id: The ID of the feature this entity is associated with
            customer_id: The ID of the customer to create the entity for.
            entity_id: The ID of the entity.
            name: The name of the entity ``None`` sends null; leave it out to send nothing.
            billing_controls: Billing controls for the entity.
            customer_data: Customer details to set when creating a customer
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
        _content, _key = _create_request(
            feature_id,
            customer_id,
            entity_id,
            name,
            billing_controls,
            customer_data,
            idempotency_key,
        )
        return await self._client._request_async(
            CREATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def delete(
        self,
        *,
        entity_id: str,
        customer_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Deletes an entity by entity ID.

        Use this when the underlying resource is removed and you no longer want entity-scoped balances or
        subscriptions tracked for it.

        Args:
            entity_id: The ID of the entity.
            customer_id: The ID of the customer to create the entity for.
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
        _content, _key = _delete_request(
            entity_id,
            customer_id,
            idempotency_key,
        )
        return self._client._request(
            DELETE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def delete_async(
        self,
        *,
        entity_id: str,
        customer_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Deletes an entity by entity ID. (async)

        Use this when the underlying resource is removed and you no longer want entity-scoped balances or
        subscriptions tracked for it.

        Args:
            entity_id: The ID of the entity.
            customer_id: The ID of the customer to create the entity for.
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
        _content, _key = _delete_request(
            entity_id,
            customer_id,
            idempotency_key,
        )
        return await self._client._request_async(
            DELETE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def get(
        self,
        *,
        entity_id: str,
        customer_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Entity:
        """Fetches an entity by its ID.

        Use this to read one entity's current state. Pass customerId when you want to scope the lookup to a
        specific customer.

        Args:
            entity_id: The ID of the entity.
            customer_id: The ID of the customer to create the entity for.
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
        _content, _key = _get_request(
            entity_id,
            customer_id,
        )
        return self._client._request(
            GET_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def get_async(
        self,
        *,
        entity_id: str,
        customer_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Entity:
        """Fetches an entity by its ID. (async)

        Use this to read one entity's current state. Pass customerId when you want to scope the lookup to a
        specific customer.

        Args:
            entity_id: The ID of the entity.
            customer_id: The ID of the customer to create the entity for.
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
        _content, _key = _get_request(
            entity_id,
            customer_id,
        )
        return await self._client._request_async(
            GET_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list(
        self,
        *,
        start_cursor: str | None = None,
        limit: int | None = None,
        plans: Sequence[models.PlanFilter | models.PlanFilterDict] | None = None,
        subscription_status: Literal["active", "scheduled"] | models.SubscriptionStatus | None = None,
        search: str | None = None,
        processors: Sequence[Literal["stripe", "revenuecat", "vercel"] | models.ListCustomersParamsProcessor]
        | None = None,
        customer_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListEntitiesResponse:
        """Lists entities across the organization with pagination and optional filters.

        Use this to page through entities globally, including filtering by plans inherited from parent
        customers or attached directly to entities.

        Args:
            start_cursor: Opaque pagination cursor. Empty string (default) requests the first page; use next_cursor
                from a prior response for subsequent pages.
            limit: Number of items to return. Default 50, hard ceiling 5000.
            plans: Filter by plan ID and version. Returns entities with active subscriptions to this plan,
                including plans inherited from the parent customer.
            subscription_status: Current status of the subscription.
            search: Search entities by id or name.
            processors: Filter by parent customer processor type (stripe, revenuecat, vercel).
            customer_id: Restrict the response to entities owned by this customer id. Use to bulk-fetch all
                entities for one customer in a single paginated call instead of iterating entities.get.
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
            plans,
            subscription_status,
            search,
            processors,
            customer_id,
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
        plans: Sequence[models.PlanFilter | models.PlanFilterDict] | None = None,
        subscription_status: Literal["active", "scheduled"] | models.SubscriptionStatus | None = None,
        search: str | None = None,
        processors: Sequence[Literal["stripe", "revenuecat", "vercel"] | models.ListCustomersParamsProcessor]
        | None = None,
        customer_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListEntitiesResponse:
        """Lists entities across the organization with pagination and optional filters. (async)

        Use this to page through entities globally, including filtering by plans inherited from parent
        customers or attached directly to entities.

        Args:
            start_cursor: Opaque pagination cursor. Empty string (default) requests the first page; use next_cursor
                from a prior response for subsequent pages.
            limit: Number of items to return. Default 50, hard ceiling 5000.
            plans: Filter by plan ID and version. Returns entities with active subscriptions to this plan,
                including plans inherited from the parent customer.
            subscription_status: Current status of the subscription.
            search: Search entities by id or name.
            processors: Filter by parent customer processor type (stripe, revenuecat, vercel).
            customer_id: Restrict the response to entities owned by this customer id. Use to bulk-fetch all
                entities for one customer in a single paginated call instead of iterating entities.get.
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
            plans,
            subscription_status,
            search,
            processors,
            customer_id,
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
        plans: Sequence[models.PlanFilter | models.PlanFilterDict] | None = None,
        subscription_status: Literal["active", "scheduled"] | models.SubscriptionStatus | None = None,
        search: str | None = None,
        processors: Sequence[Literal["stripe", "revenuecat", "vercel"] | models.ListCustomersParamsProcessor]
        | None = None,
        customer_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> Iterator[models.Entity]:
        """Every item of list(), page after page, fetched as the iteration needs them.

        Takes list()'s arguments except ``start_cursor``; ``limit`` is the page size. The
        arguments are checked now, before any I/O; each page is one list() call, from
        the cursor the page before it answered, so items added meanwhile are never repeated.
        """
        _list_request(
            None,
            limit,
            plans,
            subscription_status,
            search,
            processors,
            customer_id,
        )

        def _page(_position: Any) -> Any:
            return self.list(
                start_cursor=_position,
                limit=limit,
                plans=plans,
                subscription_status=subscription_status,
                search=search,
                processors=processors,
                customer_id=customer_id,
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
        plans: Sequence[models.PlanFilter | models.PlanFilterDict] | None = None,
        subscription_status: Literal["active", "scheduled"] | models.SubscriptionStatus | None = None,
        search: str | None = None,
        processors: Sequence[Literal["stripe", "revenuecat", "vercel"] | models.ListCustomersParamsProcessor]
        | None = None,
        customer_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> AsyncIterator[models.Entity]:
        """Every item of list_async(), page after page, fetched as the iteration needs them.

        Takes list_async()'s arguments except ``start_cursor``; ``limit`` is the page size. The
        arguments are checked now, before any I/O; each page is one list_async() call, from
        the cursor the page before it answered, so items added meanwhile are never repeated.
        """
        _list_request(
            None,
            limit,
            plans,
            subscription_status,
            search,
            processors,
            customer_id,
        )

        async def _page(_position: Any) -> Any:
            return await self.list_async(
                start_cursor=_position,
                limit=limit,
                plans=plans,
                subscription_status=subscription_status,
                search=search,
                processors=processors,
                customer_id=customer_id,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
                deadline_ms=deadline_ms,
            )

        return _pages.iterate_async(_page, _pages.by_cursor("list_", "next_cursor"))

    def update(
        self,
        *,
        entity_id: str,
        customer_id: str | None = None,
        billing_controls: models.EntityDataBillingControls
        | models.EntityDataBillingControlsDict
        | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Entity:
        """Updates an existing entity and returns the refreshed entity object.

        Use this to change entity billing controls or other mutable entity fields after the entity has
        already been created.

        Args:
            entity_id: The ID of the entity.
            customer_id: The ID of the customer that owns the entity.
            billing_controls: Billing controls for the entity.
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
        _content, _key = _update_request(
            entity_id,
            customer_id,
            billing_controls,
            idempotency_key,
        )
        return self._client._request(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def update_async(
        self,
        *,
        entity_id: str,
        customer_id: str | None = None,
        billing_controls: models.EntityDataBillingControls
        | models.EntityDataBillingControlsDict
        | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Entity:
        """Updates an existing entity and returns the refreshed entity object. (async)

        Use this to change entity billing controls or other mutable entity fields after the entity has
        already been created.

        Args:
            entity_id: The ID of the entity.
            customer_id: The ID of the customer that owns the entity.
            billing_controls: Billing controls for the entity.
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
        _content, _key = _update_request(
            entity_id,
            customer_id,
            billing_controls,
            idempotency_key,
        )
        return await self._client._request_async(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
