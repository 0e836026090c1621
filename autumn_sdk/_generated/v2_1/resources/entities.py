# generated from openapi*.yaml — do not edit
"""autumn.entities (API 2.1): create, delete, get."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_1"
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
_CREATE_CUSTOMER_DATA: dict[str, Any] = {"$ref": "CustomerData"}


def _create_request(
    feature_id: Any,
    customer_id: Any,
    entity_id: Any,
    name: Any,
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


class Entities:
    """The entities operations

    Reached as ``autumn.entities``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.entities (API 2.1): create, delete, get>"

    def create(
        self,
        *,
        feature_id: str,
        customer_id: str,
        entity_id: str,
        name: str | None | Unset = UNSET,
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
