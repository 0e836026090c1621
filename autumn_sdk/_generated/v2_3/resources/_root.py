# generated from openapi*.yaml — do not edit
"""The operations of the API 2.3 client itself: batch_track, check, track, track_tokens."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from ...client import Autumn
from .. import models as _models

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Literal

    from ...._retries import RetryConfig
    from .. import models

_VERSION = "v2_3"
BATCH_TRACK_ENDPOINT: Endpoint[models.BatchTrackResponse] = Endpoint(
    Route("batchTrack", "POST", "/v1/balances.batch_track"),
    _models,
    "BatchTrackResponse",
    retry="unsent",
    accepted=True,
)
CHECK_ENDPOINT: Endpoint[models.CheckResponse] = Endpoint(
    Route("check", "POST", "/v1/balances.check"),
    _models,
    "CheckResponse",
    fail_open={"allowed": True, "customer_id": "$customer_id", "balance": None, "flag": None},
    accepted=True,
)
TRACK_ENDPOINT: Endpoint[models.TrackResponse] = Endpoint(
    Route("track", "POST", "/v1/balances.track"),
    _models,
    "TrackResponse",
    fail_open={"customer_id": "$customer_id", "value": 0, "balance": None},
    accepted=True,
    dated_by="timestamp",
)
TRACK_TOKENS_ENDPOINT: Endpoint[models.TrackResponse] = Endpoint(
    Route("trackTokens", "POST", "/v1/balances.track_tokens"),
    _models,
    "TrackResponse",
    accepted=True,
)
_BATCH_TRACK_REQUEST: dict[str, Any] = {
    "type": "array",
    "minItems": 1,
    "maxItems": 1000,
    "items": {"$ref": "TrackParams"},
}

_CHECK_LOCK: dict[str, Any] = {"$ref": "CheckParamsLock"}

_TRACK_OVERAGE_BEHAVIOR = frozenset(["cap", "overflow"])
_TRACK_LOCK: dict[str, Any] = {"$ref": "CheckParamsLock"}

_TRACK_TOKENS_OVERAGE_BEHAVIOR = frozenset(["cap", "overflow"])


def _batch_track_request(
    request: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of batch_track() and encode its request (before any I/O)."""
    _body = _args.structured("request", request, _BATCH_TRACK_REQUEST, _VERSION)
    return _args.encode_body(_body), None


def _check_request(
    customer_id: Any,
    feature_id: Any,
    entity_id: Any,
    required_balance: Any,
    properties: Any,
    send_event: Any,
    lock: Any,
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
    if lock is not None:
        _body["lock"] = _args.structured("lock", lock, _CHECK_LOCK, _VERSION)
    if with_preview is not None:
        _body["with_preview"] = _args.boolean("with_preview", with_preview)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    elif send_event or lock is not None:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _track_request(
    customer_id: Any,
    feature_id: Any,
    entity_id: Any,
    event_name: Any,
    value: Any,
    properties: Any,
    timestamp: Any,
    overage_behavior: Any,
    async_: Any,
    lock: Any,
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
    if timestamp is not None:
        _body["timestamp"] = _args.number("timestamp", timestamp)
    if overage_behavior is not None:
        _body["overage_behavior"] = _args.choice(
            "overage_behavior", overage_behavior, _TRACK_OVERAGE_BEHAVIOR
        )
    if async_ is not None:
        _body["async"] = _args.boolean("async_", async_)
    if lock is not None:
        _body["lock"] = _args.structured("lock", lock, _TRACK_LOCK, _VERSION)
    if feature_id is None and event_name is None:
        raise TypeError("track() needs feature_id or event_name")
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _track_tokens_request(
    customer_id: Any,
    model_id: Any,
    input_tokens: Any,
    output_tokens: Any,
    entity_id: Any,
    feature_id: Any,
    cache_read_tokens: Any,
    cache_write_tokens: Any,
    audio_input_tokens: Any,
    audio_output_tokens: Any,
    reasoning_tokens: Any,
    properties: Any,
    timestamp: Any,
    overage_behavior: Any,
    async_: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of track_tokens() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "model_id": model_id if type(model_id) is str else _args.text("model_id", model_id),
        "input_tokens": _args.number("input_tokens", input_tokens),
        "output_tokens": _args.number("output_tokens", output_tokens),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if feature_id is not None:
        _body["feature_id"] = feature_id if type(feature_id) is str else _args.text("feature_id", feature_id)
    if cache_read_tokens is not None:
        _body["cache_read_tokens"] = _args.number("cache_read_tokens", cache_read_tokens)
    if cache_write_tokens is not None:
        _body["cache_write_tokens"] = _args.number("cache_write_tokens", cache_write_tokens)
    if audio_input_tokens is not None:
        _body["audio_input_tokens"] = _args.number("audio_input_tokens", audio_input_tokens)
    if audio_output_tokens is not None:
        _body["audio_output_tokens"] = _args.number("audio_output_tokens", audio_output_tokens)
    if reasoning_tokens is not None:
        _body["reasoning_tokens"] = _args.number("reasoning_tokens", reasoning_tokens)
    if properties is not None:
        _body["properties"] = _args.json_object("properties", properties)
    if timestamp is not None:
        _body["timestamp"] = _args.number("timestamp", timestamp)
    if overage_behavior is not None:
        _body["overage_behavior"] = _args.choice(
            "overage_behavior", overage_behavior, _TRACK_TOKENS_OVERAGE_BEHAVIOR
        )
    if async_ is not None:
        _body["async"] = _args.boolean("async_", async_)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class RootOperations(Autumn):
    """The operations called on the client itself (``autumn.check(...)``), over the hand-written runtime."""

    def batch_track(
        self,
        *,
        request: Sequence[models.TrackParams | models.TrackParamsDict],
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.BatchTrackResponse:
        """Enqueue up to 1000 usage events for asynchronous processing. Items are validated synchronously up front; validated items are then enqueued via SQS for background deduction by workers. The response returns 202 immediately and does not include balance information. On partial enqueue failure (some items fail to enqueue, others succeed), the endpoint still returns 202 and logs the failures server-side; clients should NOT retry, because retrying re-enqueues the already-succeeded items. A 503 is returned only when zero items were successfully enqueued (queue entirely unavailable) — that case is safe to retry.

        Args:
            request: The request body: the list of items to send.
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
        _content, _key = _batch_track_request(
            request,
        )
        return self._request(
            BATCH_TRACK_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def batch_track_async(
        self,
        *,
        request: Sequence[models.TrackParams | models.TrackParamsDict],
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.BatchTrackResponse:
        """Enqueue up to 1000 usage events for asynchronous processing. Items are validated synchronously up front; validated items are then enqueued via SQS for background deduction by workers. The response returns 202 immediately and does not include balance information. On partial enqueue failure (some items fail to enqueue, others succeed), the endpoint still returns 202 and logs the failures server-side; clients should NOT retry, because retrying re-enqueues the already-succeeded items. A 503 is returned only when zero items were successfully enqueued (queue entirely unavailable) — that case is safe to retry. (async)

        Args:
            request: The request body: the list of items to send.
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
        _content, _key = _batch_track_request(
            request,
        )
        return await self._request_async(
            BATCH_TRACK_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def check(
        self,
        *,
        customer_id: str,
        feature_id: str,
        entity_id: str | None = None,
        required_balance: float | None = None,
        properties: Any | None = None,
        send_event: bool | None = None,
        lock: models.CheckParamsLock | models.CheckParamsLockDict | None = None,
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
            lock: Reserve units of a feature upfront by passing a lock_id, then call balances.finalize to
                confirm or release the hold.
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
        retries) this answers {'allowed': True, 'customer_id': '$customer_id', 'balance': None, 'flag': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        _content, _key = _check_request(
            customer_id,
            feature_id,
            entity_id,
            required_balance,
            properties,
            send_event,
            lock,
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
        lock: models.CheckParamsLock | models.CheckParamsLockDict | None = None,
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
            lock: Reserve units of a feature upfront by passing a lock_id, then call balances.finalize to
                confirm or release the hold.
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
        retries) this answers {'allowed': True, 'customer_id': '$customer_id', 'balance': None, 'flag': None} with ``failed_open=True`` instead of raising,
        and a call that changes a balance is kept in the outbox to be sent again.
        """
        _content, _key = _check_request(
            customer_id,
            feature_id,
            entity_id,
            required_balance,
            properties,
            send_event,
            lock,
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
        timestamp: int | None = None,
        overage_behavior: Literal["cap", "overflow"] | models.TrackParamsOverageBehavior | None = None,
        async_: bool | None = None,
        lock: models.CheckParamsLock | models.CheckParamsLockDict | None = None,
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
            timestamp: Unix timestamp in milliseconds to use for the usage event. Defaults to the current time.
            overage_behavior: How to handle usage that exceeds the available balance. "cap" (default) deducts only what
                fits, stopping at zero. "overflow" deducts the full value: the balance can go negative and
                usage limits do not clamp the deduction, though spend limits still apply.
            async_: If true, enqueue the event for asynchronous processing and return 204 immediately. The
                response will not include balance information.
            lock: Reserve units of a feature upfront by passing a lock_id, then call balances.finalize to
                confirm or release the hold.
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
            timestamp,
            overage_behavior,
            async_,
            lock,
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
        timestamp: int | None = None,
        overage_behavior: Literal["cap", "overflow"] | models.TrackParamsOverageBehavior | None = None,
        async_: bool | None = None,
        lock: models.CheckParamsLock | models.CheckParamsLockDict | None = None,
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
            timestamp: Unix timestamp in milliseconds to use for the usage event. Defaults to the current time.
            overage_behavior: How to handle usage that exceeds the available balance. "cap" (default) deducts only what
                fits, stopping at zero. "overflow" deducts the full value: the balance can go negative and
                usage limits do not clamp the deduction, though spend limits still apply.
            async_: If true, enqueue the event for asynchronous processing and return 204 immediately. The
                response will not include balance information.
            lock: Reserve units of a feature upfront by passing a lock_id, then call balances.finalize to
                confirm or release the hold.
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
            timestamp,
            overage_behavior,
            async_,
            lock,
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
        timestamp: int | None = None,
        overage_behavior: Literal["cap", "overflow"] | models.TrackParamsOverageBehavior | None = None,
        async_: bool | None = None,
        lock: models.CheckParamsLock | models.CheckParamsLockDict | None = None,
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
            timestamp,
            overage_behavior,
            async_,
            lock,
            idempotency_key,
        )
        self._nowait_put(
            TRACK_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def track_tokens(
        self,
        *,
        customer_id: str,
        model_id: str,
        input_tokens: int,
        output_tokens: int,
        entity_id: str | None = None,
        feature_id: str | None = None,
        cache_read_tokens: int | None = None,
        cache_write_tokens: int | None = None,
        audio_input_tokens: int | None = None,
        audio_output_tokens: int | None = None,
        reasoning_tokens: int | None = None,
        properties: Any | None = None,
        timestamp: int | None = None,
        overage_behavior: Literal["cap", "overflow"] | models.TrackParamsOverageBehavior | None = None,
        async_: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.TrackResponse:
        """Records AI token usage for a customer and returns the updated AI credit balance.

        Use this after an LLM request when you have input and output token counts. Autumn converts token
        usage to a dollar amount using the configured model pricing and markup, then tracks that value
        against the customer's AI credit system.

        Args:
            customer_id: The ID of the customer.
            model_id: The AI model as '[provider]/[model]' (e.g. 'anthropic/claude-opus-4-8',
                'openrouter/openai/gpt-4o'). The provider is the first path segment and must match a
                provider + model key in models.dev.
            input_tokens: Number of non-cached text input tokens consumed. Exclusive of cache and audio token pools.
            output_tokens: Number of text output tokens consumed. Exclusive of the reasoning and audio output pools.
            entity_id: The ID of the entity for entity-scoped balances.
            feature_id: The ID of the AI credit system feature. Auto-detected from the customer's entitlements if
                omitted — only required when a customer has multiple AI credit systems.
            cache_read_tokens: Number of cached input tokens read.
            cache_write_tokens: Number of input tokens written to the cache.
            audio_input_tokens: Number of audio input tokens consumed.
            audio_output_tokens: Number of audio output tokens generated.
            reasoning_tokens: Number of reasoning tokens generated.
            properties: Additional properties to attach to this usage event.
            timestamp: Unix timestamp in milliseconds to use for the usage event. Defaults to the current time.
            overage_behavior: How to handle usage that exceeds the available balance. "cap" (default) deducts only what
                fits, stopping at zero. "overflow" deducts the full value: the balance can go negative and
                usage limits do not clamp the deduction, though spend limits still apply.
            async_: If true, enqueue the event for asynchronous processing and return 204 immediately. The
                response will not include balance information.
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
        _content, _key = _track_tokens_request(
            customer_id,
            model_id,
            input_tokens,
            output_tokens,
            entity_id,
            feature_id,
            cache_read_tokens,
            cache_write_tokens,
            audio_input_tokens,
            audio_output_tokens,
            reasoning_tokens,
            properties,
            timestamp,
            overage_behavior,
            async_,
            idempotency_key,
        )
        return self._request(
            TRACK_TOKENS_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def track_tokens_async(
        self,
        *,
        customer_id: str,
        model_id: str,
        input_tokens: int,
        output_tokens: int,
        entity_id: str | None = None,
        feature_id: str | None = None,
        cache_read_tokens: int | None = None,
        cache_write_tokens: int | None = None,
        audio_input_tokens: int | None = None,
        audio_output_tokens: int | None = None,
        reasoning_tokens: int | None = None,
        properties: Any | None = None,
        timestamp: int | None = None,
        overage_behavior: Literal["cap", "overflow"] | models.TrackParamsOverageBehavior | None = None,
        async_: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.TrackResponse:
        """Records AI token usage for a customer and returns the updated AI credit balance. (async)

        Use this after an LLM request when you have input and output token counts. Autumn converts token
        usage to a dollar amount using the configured model pricing and markup, then tracks that value
        against the customer's AI credit system.

        Args:
            customer_id: The ID of the customer.
            model_id: The AI model as '[provider]/[model]' (e.g. 'anthropic/claude-opus-4-8',
                'openrouter/openai/gpt-4o'). The provider is the first path segment and must match a
                provider + model key in models.dev.
            input_tokens: Number of non-cached text input tokens consumed. Exclusive of cache and audio token pools.
            output_tokens: Number of text output tokens consumed. Exclusive of the reasoning and audio output pools.
            entity_id: The ID of the entity for entity-scoped balances.
            feature_id: The ID of the AI credit system feature. Auto-detected from the customer's entitlements if
                omitted — only required when a customer has multiple AI credit systems.
            cache_read_tokens: Number of cached input tokens read.
            cache_write_tokens: Number of input tokens written to the cache.
            audio_input_tokens: Number of audio input tokens consumed.
            audio_output_tokens: Number of audio output tokens generated.
            reasoning_tokens: Number of reasoning tokens generated.
            properties: Additional properties to attach to this usage event.
            timestamp: Unix timestamp in milliseconds to use for the usage event. Defaults to the current time.
            overage_behavior: How to handle usage that exceeds the available balance. "cap" (default) deducts only what
                fits, stopping at zero. "overflow" deducts the full value: the balance can go negative and
                usage limits do not clamp the deduction, though spend limits still apply.
            async_: If true, enqueue the event for asynchronous processing and return 204 immediately. The
                response will not include balance information.
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
        _content, _key = _track_tokens_request(
            customer_id,
            model_id,
            input_tokens,
            output_tokens,
            entity_id,
            feature_id,
            cache_read_tokens,
            cache_write_tokens,
            audio_input_tokens,
            audio_output_tokens,
            reasoning_tokens,
            properties,
            timestamp,
            overage_behavior,
            async_,
            idempotency_key,
        )
        return await self._request_async(
            TRACK_TOKENS_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
