# generated from openapi*.yaml — do not edit
"""autumn.balances (API 2.1): create, delete, update."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models

if TYPE_CHECKING:
    from typing import Literal

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_1"
CREATE_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("createBalance", "POST", "/v1/balances.create"),
    _models,
    "SuccessResponse",
)
DELETE_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("deleteBalance", "POST", "/v1/balances.delete"),
    _models,
    "SuccessResponse",
)
UPDATE_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("updateBalance", "POST", "/v1/balances.update"),
    _models,
    "SuccessResponse",
)
_CREATE_RESET: dict[str, Any] = {"$ref": "ItemReset"}

_DELETE_INTERVAL = frozenset(
    ["one_off", "minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year"]
)

_UPDATE_INTERVAL = frozenset(
    ["one_off", "minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year"]
)


def _create_request(
    customer_id: Any,
    feature_id: Any,
    entity_id: Any,
    included_grant: Any,
    unlimited: Any,
    reset: Any,
    expires_at: Any,
    balance_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of create() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if included_grant is not None:
        _body["included_grant"] = _args.number("included_grant", included_grant)
    if unlimited is not None:
        _body["unlimited"] = _args.boolean("unlimited", unlimited)
    if reset is not None:
        _body["reset"] = _args.structured("reset", reset, _CREATE_RESET, _VERSION)
    if expires_at is not None:
        _body["expires_at"] = _args.number("expires_at", expires_at)
    if balance_id is not None:
        _body["balance_id"] = balance_id if type(balance_id) is str else _args.text("balance_id", balance_id)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _delete_request(
    customer_id: Any,
    entity_id: Any,
    feature_id: Any,
    balance_id: Any,
    interval: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of delete() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if feature_id is not None:
        _body["feature_id"] = feature_id if type(feature_id) is str else _args.text("feature_id", feature_id)
    if balance_id is not None:
        _body["balance_id"] = balance_id if type(balance_id) is str else _args.text("balance_id", balance_id)
    if interval is not None:
        _body["interval"] = _args.choice("interval", interval, _DELETE_INTERVAL)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _update_request(
    customer_id: Any,
    feature_id: Any,
    entity_id: Any,
    remaining: Any,
    add_to_balance: Any,
    usage: Any,
    interval: Any,
    included_grant: Any,
    balance_id: Any,
    next_reset_at: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if remaining is not None:
        _body["remaining"] = _args.number("remaining", remaining)
    if add_to_balance is not None:
        _body["add_to_balance"] = _args.number("add_to_balance", add_to_balance)
    if usage is not None:
        _body["usage"] = _args.number("usage", usage)
    if interval is not None:
        _body["interval"] = _args.choice("interval", interval, _UPDATE_INTERVAL)
    if included_grant is not None:
        _body["included_grant"] = _args.number("included_grant", included_grant)
    if balance_id is not None:
        _body["balance_id"] = balance_id if type(balance_id) is str else _args.text("balance_id", balance_id)
    if next_reset_at is not None:
        _body["next_reset_at"] = _args.number("next_reset_at", next_reset_at)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Balances:
    """The balances operations

    Reached as ``autumn.balances``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.balances (API 2.1): create, delete, update>"

    def create(
        self,
        *,
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        included_grant: float | None = None,
        unlimited: bool | None = None,
        reset: models.ItemReset | models.ItemResetDict | None = None,
        expires_at: float | None = None,
        balance_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Create a balance for a customer feature.

        Args:
            customer_id: The ID of the customer.
            feature_id: The ID of the feature.
            entity_id: The ID of the entity for entity-scoped balances (e.g., per-seat limits).
            included_grant: The initial balance amount to grant. For metered features, this is the number of units the
                customer can use.
            unlimited: If true, the balance has unlimited usage. Cannot be combined with 'included_grant'.
            reset: (undocumented)
            expires_at: Unix timestamp (milliseconds) when the balance expires. Mutually exclusive with reset.
            balance_id: A unique identifier for this balance. Use this to target the balance in future update /
                delete calls.
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
            customer_id,
            feature_id,
            entity_id,
            included_grant,
            unlimited,
            reset,
            expires_at,
            balance_id,
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
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        included_grant: float | None = None,
        unlimited: bool | None = None,
        reset: models.ItemReset | models.ItemResetDict | None = None,
        expires_at: float | None = None,
        balance_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Create a balance for a customer feature. (async)

        Args:
            customer_id: The ID of the customer.
            feature_id: The ID of the feature.
            entity_id: The ID of the entity for entity-scoped balances (e.g., per-seat limits).
            included_grant: The initial balance amount to grant. For metered features, this is the number of units the
                customer can use.
            unlimited: If true, the balance has unlimited usage. Cannot be combined with 'included_grant'.
            reset: (undocumented)
            expires_at: Unix timestamp (milliseconds) when the balance expires. Mutually exclusive with reset.
            balance_id: A unique identifier for this balance. Use this to target the balance in future update /
                delete calls.
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
            customer_id,
            feature_id,
            entity_id,
            included_grant,
            unlimited,
            reset,
            expires_at,
            balance_id,
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
        customer_id: str,
        entity_id: str | None = None,
        feature_id: str | None = None,
        balance_id: str | None = None,
        interval: Literal[
            "one_off", "minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year"
        ]
        | models.ResetInterval
        | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Delete a balance for a customer feature. Can only delete a balance that is not attached to a price (eg. you cannot delete messages that have an overage price).

        Args:
            customer_id: The ID of the customer.
            entity_id: The ID of the entity.
            feature_id: The ID of the feature.
            balance_id: The ID of the balance to delete.
            interval: The interval at which the feature balance resets (e.g. 'month', 'year'). For consumable
                features, usage resets to 0 and included units are restored.
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
            customer_id,
            entity_id,
            feature_id,
            balance_id,
            interval,
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
        customer_id: str,
        entity_id: str | None = None,
        feature_id: str | None = None,
        balance_id: str | None = None,
        interval: Literal[
            "one_off", "minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year"
        ]
        | models.ResetInterval
        | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Delete a balance for a customer feature. Can only delete a balance that is not attached to a price (eg. you cannot delete messages that have an overage price). (async)

        Args:
            customer_id: The ID of the customer.
            entity_id: The ID of the entity.
            feature_id: The ID of the feature.
            balance_id: The ID of the balance to delete.
            interval: The interval at which the feature balance resets (e.g. 'month', 'year'). For consumable
                features, usage resets to 0 and included units are restored.
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
            customer_id,
            entity_id,
            feature_id,
            balance_id,
            interval,
            idempotency_key,
        )
        return await self._client._request_async(
            DELETE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def update(
        self,
        *,
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        remaining: float | None = None,
        add_to_balance: float | None = None,
        usage: float | None = None,
        interval: Literal[
            "one_off", "minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year"
        ]
        | models.ResetInterval
        | None = None,
        included_grant: float | None = None,
        balance_id: str | None = None,
        next_reset_at: float | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Update a customer balance.

        Args:
            customer_id: The ID of the customer.
            feature_id: The ID of the feature.
            entity_id: The ID of the entity for entity-scoped balances (e.g., per-seat limits).
            remaining: Set the remaining balance to this exact value. Cannot be combined with add_to_balance.
            add_to_balance: Add this amount to the current balance. Use negative values to subtract. Cannot be
                combined with current_balance.
            usage: The usage amount to update. Cannot be combined with remaining or add_to_balance.
            interval: The interval at which the feature balance resets (e.g. 'month', 'year'). For consumable
                features, usage resets to 0 and included units are restored.
            included_grant: Set the granted balance to this exact value.
            balance_id: Target a specific balance by its ID (set on create). Use when the customer has multiple
                balances for the same feature.
            next_reset_at: The next reset time for the balance. If there are multiple breakdowns, this will update
                the breakdown with the next reset time.
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
            customer_id,
            feature_id,
            entity_id,
            remaining,
            add_to_balance,
            usage,
            interval,
            included_grant,
            balance_id,
            next_reset_at,
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
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        remaining: float | None = None,
        add_to_balance: float | None = None,
        usage: float | None = None,
        interval: Literal[
            "one_off", "minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year"
        ]
        | models.ResetInterval
        | None = None,
        included_grant: float | None = None,
        balance_id: str | None = None,
        next_reset_at: float | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Update a customer balance. (async)

        Args:
            customer_id: The ID of the customer.
            feature_id: The ID of the feature.
            entity_id: The ID of the entity for entity-scoped balances (e.g., per-seat limits).
            remaining: Set the remaining balance to this exact value. Cannot be combined with add_to_balance.
            add_to_balance: Add this amount to the current balance. Use negative values to subtract. Cannot be
                combined with current_balance.
            usage: The usage amount to update. Cannot be combined with remaining or add_to_balance.
            interval: The interval at which the feature balance resets (e.g. 'month', 'year'). For consumable
                features, usage resets to 0 and included units are restored.
            included_grant: Set the granted balance to this exact value.
            balance_id: Target a specific balance by its ID (set on create). Use when the customer has multiple
                balances for the same feature.
            next_reset_at: The next reset time for the balance. If there are multiple breakdowns, this will update
                the breakdown with the next reset time.
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
            customer_id,
            feature_id,
            entity_id,
            remaining,
            add_to_balance,
            usage,
            interval,
            included_grant,
            balance_id,
            next_reset_at,
            idempotency_key,
        )
        return await self._client._request_async(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
