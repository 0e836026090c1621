# generated from openapi*.yaml — do not edit
"""Defaults of the SDK, as the default version's document and the overlays state them."""

from typing import Final

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
