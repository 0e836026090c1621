# generated from openapi.yaml — do not edit
"""POST /v1/balances.track: Records usage for a customer feature and returns updated balances."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import _arguments as _args
from ... import _errors as errors
from ..._operation import Route, Transport, parse
from ..._retries import RetryConfig

if TYPE_CHECKING:
    from .. import models
    from ..models.track_response import TrackResponse

ROUTE = Route("track", "POST", "/v1/balances.track")
_response_model: type[TrackResponse] | None = None


def _response() -> type[TrackResponse]:
    """The response model, imported on the first call: importing every model costs more than a call."""
    global _response_model
    if _response_model is None:
        from ..models.track_response import TrackResponse

        _response_model = TrackResponse
    return _response_model


def _request(
    customer_id: Any,
    feature_id: Any,
    entity_id: Any,
    event_name: Any,
    value: Any,
    properties: Any,
    idempotency_key: Any,
) -> tuple[bytes, str | None]:
    """Check the arguments and encode the body; returns it with the Idempotency-Key to send."""
    body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if feature_id is not None:
        body["feature_id"] = feature_id if type(feature_id) is str else _args.text("feature_id", feature_id)
    if entity_id is not None:
        body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if event_name is not None:
        body["event_name"] = _args.text("event_name", event_name, 1)
    if value is not None:
        body["value"] = value if type(value) is int else _args.number("value", value)
    if properties is not None:
        body["properties"] = _args.json_object("properties", properties)
    if feature_id is None and event_name is None:
        raise TypeError("track() needs feature_id or event_name")
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(body), idempotency_key


class TrackOperation(Transport):
    def track(
        self,
        *,
        customer_id: str,
        feature_id: str | None = None,
        entity_id: str | None = None,
        event_name: str | None = None,
        value: float | None = None,
        properties: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.TrackResponse:
        """Records usage for a customer feature and returns updated balances.

        Use this after an action happens to decrement usage, or send a negative value to credit balance
        back.

        Args:
            customer_id: The ID of the customer.
            feature_id: The ID of the feature to track usage for. Required if event_name is not provided.
            entity_id: The ID of the entity for entity-scoped balances (e.g., per-seat limits).
            event_name: Event name to track usage for. Use instead of feature_id when multiple features should be
                tracked from a single event.
            value: The amount of usage to record. Defaults to 1. Use negative values to credit balance (e.g.,
                when removing a seat).
            properties: Additional properties to attach to this usage event.
            idempotency_key: A key that makes the call safe to repeat: the API applies the first request with a key and
                answers a later one with 409 duplicate_idempotency_key. The SDK generates one per call
                when the call changes a balance; pass your own to tie the call to an ID of yours.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.

        With ``Autumn(fail_open=True)``, when the API is unreachable (no answer, or 5XX after
        retries) this returns {'customer_id': '$customer_id', 'value': 0, 'balance': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        content, key = _request(
            customer_id,
            feature_id,
            entity_id,
            event_name,
            value,
            properties,
            idempotency_key,
        )
        try:
            response = self._send(ROUTE, content, key, retries, server_url, timeout_ms, http_headers)
        except errors.AutumnError as exc:
            if not self._fail_open_on(exc, ROUTE, content, key, server_url, True):
                raise
            import attrs

            answer = _response().from_dict(
                {
                    "customer_id": customer_id,
                    "value": 0,
                    "balance": None,
                }
            )
            return attrs.evolve(answer, failed_open=True)

        return parse(_response_model or _response(), response)

    async def track_async(
        self,
        *,
        customer_id: str,
        feature_id: str | None = None,
        entity_id: str | None = None,
        event_name: str | None = None,
        value: float | None = None,
        properties: Mapping[str, Any] | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.TrackResponse:
        """Records usage for a customer feature and returns updated balances. (async)

        Use this after an action happens to decrement usage, or send a negative value to credit balance
        back.

        Args:
            customer_id: The ID of the customer.
            feature_id: The ID of the feature to track usage for. Required if event_name is not provided.
            entity_id: The ID of the entity for entity-scoped balances (e.g., per-seat limits).
            event_name: Event name to track usage for. Use instead of feature_id when multiple features should be
                tracked from a single event.
            value: The amount of usage to record. Defaults to 1. Use negative values to credit balance (e.g.,
                when removing a seat).
            properties: Additional properties to attach to this usage event.
            idempotency_key: A key that makes the call safe to repeat: the API applies the first request with a key and
                answers a later one with 409 duplicate_idempotency_key. The SDK generates one per call
                when the call changes a balance; pass your own to tie the call to an ID of yours.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.

        With ``Autumn(fail_open=True)``, when the API is unreachable (no answer, or 5XX after
        retries) this returns {'customer_id': '$customer_id', 'value': 0, 'balance': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        content, key = _request(
            customer_id,
            feature_id,
            entity_id,
            event_name,
            value,
            properties,
            idempotency_key,
        )
        try:
            response = await self._send_async(
                ROUTE, content, key, retries, server_url, timeout_ms, http_headers
            )
        except errors.AutumnError as exc:
            if not self._fail_open_on(exc, ROUTE, content, key, server_url, True):
                raise
            import attrs

            answer = _response().from_dict(
                {
                    "customer_id": customer_id,
                    "value": 0,
                    "balance": None,
                }
            )
            return attrs.evolve(answer, failed_open=True)

        return parse(_response_model or _response(), response)
