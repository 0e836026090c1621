# generated from openapi*.yaml — do not edit
"""Defaults of the SDK, as the default version's document and the overlays state them."""

from typing import Any, Final

SERVER_URL = "https://api.useautumn.com"
API_VERSION_HEADER = "x-api-version"
TIMEOUT_MS = 5000
RETRY_STRATEGY: Final = "backoff"
# initial_interval, max_interval (ms), exponent, max_elapsed_time (ms)
RETRY_BACKOFF = (200, 2000, 2.0, 6000)
RETRY_CONNECTION_ERRORS = True
RETRY_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})
# The changes the outbox keeps and replays while the API is unreachable (x-sdk-fail-open on an
# operation that changes state): operationId -> (method, path).
REPLAYED_ROUTES: dict[str, tuple[str, str]] = {
    "check": ("POST", "/v1/balances.check"),
    "track": ("POST", "/v1/balances.track"),
}
# What the outbox does with each replayed operation (x-sdk-replay): "changes_when", the property that
# makes a call a change; a replayed answer whose "refused_field" is "refused_value" recorded nothing,
# so its usage is recorded by "record_as" (its "value_from" property, default "value_default", and
# "fields" as they were).
REPLAY_RULES: dict[str, dict[str, Any]] = {
    "check": {
        "changes_when": "send_event",
        "refused_field": "allowed",
        "refused_value": False,
        "record_as": "track",
        "value_from": "required_balance",
        "value_default": 1,
        "fields": ("customer_id", "feature_id", "entity_id", "properties"),
    },
}
