# generated from openapi*.yaml — do not edit
"""autumn.licenses (API 2.3): attach, list, list_assignments, release."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_3"
ATTACH_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("attachLicense", "POST", "/v1/licenses.attach"),
    _models,
    "SuccessResponse",
)
LIST_ENDPOINT: Endpoint[models.ListLicensesResponse] = Endpoint(
    Route("listLicenses", "POST", "/v1/licenses.list"),
    _models,
    "ListLicensesResponse",
)
LIST_ASSIGNMENTS_ENDPOINT: Endpoint[models.ListLicenseAssignmentsResponse] = Endpoint(
    Route("listLicenseAssignments", "POST", "/v1/licenses.list_assignments"),
    _models,
    "ListLicenseAssignmentsResponse",
)
RELEASE_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("releaseLicense", "POST", "/v1/licenses.release"),
    _models,
    "SuccessResponse",
)
_ATTACH_ENTITIES: dict[str, Any] = {
    "type": "array",
    "minItems": 1,
    "items": {"$ref": "AttachLicenseParamsEntity"},
}


_RELEASE_ENTITY_IDS: dict[str, Any] = {"type": "array", "minItems": 1, "items": {"type": "string"}}


def _attach_request(
    customer_id: Any,
    plan_id: Any,
    entities: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of attach() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "plan_id": plan_id if type(plan_id) is str else _args.text("plan_id", plan_id),
        "entities": _args.structured("entities", entities, _ATTACH_ENTITIES, _VERSION),
    }
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _list_request(
    customer_id: Any,
    entity_id: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of list() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    return _args.encode_body(_body), None


def _list_assignments_request(
    customer_id: Any,
    entity_id: Any,
    plan_id: Any,
    active: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of list_assignments() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if plan_id is not None:
        _body["plan_id"] = plan_id if type(plan_id) is str else _args.text("plan_id", plan_id)
    if active is not None:
        _body["active"] = _args.boolean("active", active)
    return _args.encode_body(_body), None


def _release_request(
    customer_id: Any,
    entity_ids: Any,
    license_plan_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of release() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "entity_ids": _args.structured("entity_ids", entity_ids, _RELEASE_ENTITY_IDS, _VERSION),
    }
    if license_plan_id is not None:
        _body["license_plan_id"] = (
            license_plan_id
            if type(license_plan_id) is str
            else _args.text("license_plan_id", license_plan_id)
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Licenses:
    """The licenses operations

    Reached as ``autumn.licenses``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.licenses (API 2.3): attach, list, list_assignments, release>"

    def attach(
        self,
        *,
        customer_id: str,
        plan_id: str,
        entities: Sequence[models.AttachLicenseParamsEntity | models.AttachLicenseParamsEntityDict],
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Assigns licenses to one or more entities.

        Args:
            customer_id: (undocumented)
            plan_id: (undocumented)
            entities: (undocumented)
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
        _content, _key = _attach_request(
            customer_id,
            plan_id,
            entities,
            idempotency_key,
        )
        return self._client._request(
            ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def attach_async(
        self,
        *,
        customer_id: str,
        plan_id: str,
        entities: Sequence[models.AttachLicenseParamsEntity | models.AttachLicenseParamsEntityDict],
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Assigns licenses to one or more entities. (async)

        Args:
            customer_id: (undocumented)
            plan_id: (undocumented)
            entities: (undocumented)
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
        _content, _key = _attach_request(
            customer_id,
            plan_id,
            entities,
            idempotency_key,
        )
        return await self._client._request_async(
            ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListLicensesResponse:
        """Lists a customer's license pools and available seats.

        Args:
            customer_id: (undocumented)
            entity_id: (undocumented)
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
            customer_id,
            entity_id,
        )
        return self._client._request(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def list_async(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListLicensesResponse:
        """Lists a customer's license pools and available seats. (async)

        Args:
            customer_id: (undocumented)
            entity_id: (undocumented)
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
            customer_id,
            entity_id,
        )
        return await self._client._request_async(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list_assignments(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        plan_id: str | None = None,
        active: bool | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListLicenseAssignmentsResponse:
        """Lists license assignments for a customer.

        Args:
            customer_id: (undocumented)
            entity_id: (undocumented)
            plan_id: (undocumented)
            active: (undocumented)
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
        _content, _key = _list_assignments_request(
            customer_id,
            entity_id,
            plan_id,
            active,
        )
        return self._client._request(
            LIST_ASSIGNMENTS_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def list_assignments_async(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        plan_id: str | None = None,
        active: bool | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListLicenseAssignmentsResponse:
        """Lists license assignments for a customer. (async)

        Args:
            customer_id: (undocumented)
            entity_id: (undocumented)
            plan_id: (undocumented)
            active: (undocumented)
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
        _content, _key = _list_assignments_request(
            customer_id,
            entity_id,
            plan_id,
            active,
        )
        return await self._client._request_async(
            LIST_ASSIGNMENTS_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def release(
        self,
        *,
        customer_id: str,
        entity_ids: Sequence[str],
        license_plan_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Releases licenses assigned to one or more entities.

        Args:
            customer_id: (undocumented)
            entity_ids: (undocumented)
            license_plan_id: Scopes the release when an entity holds licenses of multiple plans.
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
        _content, _key = _release_request(
            customer_id,
            entity_ids,
            license_plan_id,
            idempotency_key,
        )
        return self._client._request(
            RELEASE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def release_async(
        self,
        *,
        customer_id: str,
        entity_ids: Sequence[str],
        license_plan_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Releases licenses assigned to one or more entities. (async)

        Args:
            customer_id: (undocumented)
            entity_ids: (undocumented)
            license_plan_id: Scopes the release when an entity holds licenses of multiple plans.
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
        _content, _key = _release_request(
            customer_id,
            entity_ids,
            license_plan_id,
            idempotency_key,
        )
        return await self._client._request_async(
            RELEASE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
