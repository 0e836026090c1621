# generated from openapi.yaml — do not edit
"""POST /v1/balances.check: Checks whether a customer currently has enough balance to use a feature."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ... import _arguments as _args
from ... import _errors as errors
from ..._operation import Route, Transport, parse
from ..._retries import RetryConfig

if TYPE_CHECKING:
    from .. import models
    from ..models.check_response import CheckResponse

ROUTE = Route("check", "POST", "/v1/balances.check")
_response_model: type[CheckResponse] | None = None


def _response() -> type[CheckResponse]:
    """The response model, imported on the first call: importing every model costs more than a call."""
    global _response_model
    if _response_model is None:
        from ..models.check_response import CheckResponse

        _response_model = CheckResponse
    return _response_model


def _request(
    customer_id: Any,
    feature_id: Any,
    entity_id: Any,
    required_balance: Any,
    properties: Any,
    send_event: Any,
    with_preview: Any,
    idempotency_key: Any,
) -> tuple[bytes, str | None]:
    """Check the arguments and encode the body; returns it with the Idempotency-Key to send."""
    body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
    }
    if entity_id is not None:
        body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if required_balance is not None:
        body["required_balance"] = (
            required_balance
            if type(required_balance) is int
            else _args.number("required_balance", required_balance)
        )
    if properties is not None:
        body["properties"] = _args.json_object("properties", properties)
    if send_event is not None:
        body["send_event"] = _args.boolean("send_event", send_event)
    if with_preview is not None:
        body["with_preview"] = _args.boolean("with_preview", with_preview)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    elif send_event:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(body), idempotency_key


class CheckOperation(Transport):
    def check(
        self,
        *,
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        required_balance: float | None = None,
        properties: Mapping[str, Any] | None = None,
        send_event: bool | None = None,
        with_preview: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CheckResponse:
        """Checks whether a customer currently has enough balance to use a feature.

        Use this to gate access before a feature action. Enable sendEvent when you want to check and consume
        balance atomically in one request.

        Args:
            customer_id: The ID of the customer.
            feature_id: The ID of the feature.
            entity_id: The ID of the entity for entity-scoped balances (e.g., per-seat limits).
            required_balance: Minimum balance required for access. Returns allowed: false if the customer's balance is
                below this value. Defaults to 1.
            properties: Additional properties to attach to the usage event if send_event is true.
            send_event: If true, atomically records a usage event while checking access. The required_balance
                value is used as the usage amount. Combines check + track in one call.
            with_preview: If true, includes upgrade/upsell information in the response when access is denied. Useful
                for displaying paywalls.
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
        retries) this returns {'allowed': True, 'customer_id': '$customer_id', 'balance': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        content, key = _request(
            customer_id,
            feature_id,
            entity_id,
            required_balance,
            properties,
            send_event,
            with_preview,
            idempotency_key,
        )
        try:
            response = self._send(ROUTE, content, key, retries, server_url, timeout_ms, http_headers)
        except errors.AutumnError as exc:
            if not self._fail_open_on(exc, ROUTE, content, key, server_url, bool(send_event)):
                raise
            import attrs

            answer = _response().from_dict(
                {
                    "allowed": True,
                    "customer_id": customer_id,
                    "balance": None,
                }
            )
            return attrs.evolve(answer, failed_open=True)

        return parse(_response_model or _response(), response)

    async def check_async(
        self,
        *,
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        required_balance: float | None = None,
        properties: Mapping[str, Any] | None = None,
        send_event: bool | None = None,
        with_preview: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
    ) -> models.CheckResponse:
        """Checks whether a customer currently has enough balance to use a feature. (async)

        Use this to gate access before a feature action. Enable sendEvent when you want to check and consume
        balance atomically in one request.

        Args:
            customer_id: The ID of the customer.
            feature_id: The ID of the feature.
            entity_id: The ID of the entity for entity-scoped balances (e.g., per-seat limits).
            required_balance: Minimum balance required for access. Returns allowed: false if the customer's balance is
                below this value. Defaults to 1.
            properties: Additional properties to attach to the usage event if send_event is true.
            send_event: If true, atomically records a usage event while checking access. The required_balance
                value is used as the usage amount. Combines check + track in one call.
            with_preview: If true, includes upgrade/upsell information in the response when access is denied. Useful
                for displaying paywalls.
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
        retries) this returns {'allowed': True, 'customer_id': '$customer_id', 'balance': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        content, key = _request(
            customer_id,
            feature_id,
            entity_id,
            required_balance,
            properties,
            send_event,
            with_preview,
            idempotency_key,
        )
        try:
            response = await self._send_async(
                ROUTE, content, key, retries, server_url, timeout_ms, http_headers
            )
        except errors.AutumnError as exc:
            if not self._fail_open_on(exc, ROUTE, content, key, server_url, bool(send_event)):
                raise
            import attrs

            answer = _response().from_dict(
                {
                    "allowed": True,
                    "customer_id": customer_id,
                    "balance": None,
                }
            )
            return attrs.evolve(answer, failed_open=True)

        return parse(_response_model or _response(), response)
