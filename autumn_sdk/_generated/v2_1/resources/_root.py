# generated from openapi*.yaml — do not edit
"""The operations of the API 2.1 client itself: check, track."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from ...client import Autumn
from .. import models as _models

if TYPE_CHECKING:
    from ...._retries import RetryConfig
    from .. import models

_VERSION = "v2_1"
CHECK_ENDPOINT: Endpoint[models.CheckResponse] = Endpoint(
    Route("check", "POST", "/v1/balances.check"),
    _models,
    "CheckResponse",
    fail_open={"allowed": True, "customer_id": "$customer_id", "balance": None},
)
TRACK_ENDPOINT: Endpoint[models.TrackResponse] = Endpoint(
    Route("track", "POST", "/v1/balances.track"),
    _models,
    "TrackResponse",
    fail_open={"customer_id": "$customer_id", "value": 0, "balance": None},
)


def _check_request(
    customer_id: Any,
    feature_id: Any,
    entity_id: Any,
    required_balance: Any,
    properties: Any,
    send_event: Any,
    with_preview: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of check() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if required_balance is not None:
        _body["required_balance"] = _args.number("required_balance", required_balance)
    if properties is not None:
        _body["properties"] = _args.json_object("properties", properties)
    if send_event is not None:
        _body["send_event"] = _args.boolean("send_event", send_event)
    if with_preview is not None:
        _body["with_preview"] = _args.boolean("with_preview", with_preview)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    elif send_event:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _track_request(
    customer_id: Any,
    feature_id: Any,
    entity_id: Any,
    event_name: Any,
    value: Any,
    properties: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of track() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if feature_id is not None:
        _body["feature_id"] = feature_id if type(feature_id) is str else _args.text("feature_id", feature_id)
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if event_name is not None:
        _body["event_name"] = _args.text("event_name", event_name, 1)
    if value is not None:
        _body["value"] = _args.number("value", value)
    if properties is not None:
        _body["properties"] = _args.json_object("properties", properties)
    if feature_id is None and event_name is None:
        raise TypeError("track() needs feature_id or event_name")
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class RootOperations(Autumn):
    """The operations called on the client itself (``autumn.check(...)``), over the hand-written runtime."""

    def check(
        self,
        *,
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        required_balance: float | None = None,
        properties: Any | None = None,
        send_event: bool | None = None,
        with_preview: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
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

        With ``Autumn(fail_open=True)``, when the API is unreachable (no answer, or 5XX after
        retries) this answers {'allowed': True, 'customer_id': '$customer_id', 'balance': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        _content, _key = _check_request(
            customer_id,
            feature_id,
            entity_id,
            required_balance,
            properties,
            send_event,
            with_preview,
            idempotency_key,
        )
        return self._request(
            CHECK_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
            changes=bool(send_event),
        )

    async def check_async(
        self,
        *,
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        required_balance: float | None = None,
        properties: Any | None = None,
        send_event: bool | None = None,
        with_preview: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
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

        With ``Autumn(fail_open=True)``, when the API is unreachable (no answer, or 5XX after
        retries) this answers {'allowed': True, 'customer_id': '$customer_id', 'balance': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        _content, _key = _check_request(
            customer_id,
            feature_id,
            entity_id,
            required_balance,
            properties,
            send_event,
            with_preview,
            idempotency_key,
        )
        return await self._request_async(
            CHECK_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
            changes=bool(send_event),
        )

    def track(
        self,
        *,
        customer_id: str,
        feature_id: str | None = None,
        entity_id: str | None = None,
        event_name: str | None = None,
        value: float | None = None,
        properties: Any | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
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

        With ``Autumn(fail_open=True)``, when the API is unreachable (no answer, or 5XX after
        retries) this answers {'customer_id': '$customer_id', 'value': 0, 'balance': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        _content, _key = _track_request(
            customer_id,
            feature_id,
            entity_id,
            event_name,
            value,
            properties,
            idempotency_key,
        )
        return self._request(
            TRACK_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def track_async(
        self,
        *,
        customer_id: str,
        feature_id: str | None = None,
        entity_id: str | None = None,
        event_name: str | None = None,
        value: float | None = None,
        properties: Any | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
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

        With ``Autumn(fail_open=True)``, when the API is unreachable (no answer, or 5XX after
        retries) this answers {'customer_id': '$customer_id', 'value': 0, 'balance': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        _content, _key = _track_request(
            customer_id,
            feature_id,
            entity_id,
            event_name,
            value,
            properties,
            idempotency_key,
        )
        return await self._request_async(
            TRACK_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def track_nowait(
        self,
        *,
        customer_id: str,
        feature_id: str | None = None,
        entity_id: str | None = None,
        event_name: str | None = None,
        value: float | None = None,
        properties: Any | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> None:
        """track(), without waiting: checked now, queued, and sent by a background sender.

        Returns at once (nothing to await; async code calls it as it is). Bad arguments raise here and
        nothing is queued. Each change is delivered exactly once with its Idempotency-Key; one that
        cannot be delivered goes to the outbox, as a failed-open track(). ``flush()``, ``close()``
        and the interpreter's exit deliver the queue; a full one does what ``Autumn(nowait_when_full=...)``
        says. Counters: ``autumn.nowait``. Takes track()'s arguments.
        """
        _content, _key = _track_request(
            customer_id,
            feature_id,
            entity_id,
            event_name,
            value,
            properties,
            idempotency_key,
        )
        self._nowait_put(
            TRACK_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
