# generated from openapi.yaml — do not edit
"""Defaults of the SDK, as openapi.yaml and its overlay state them."""

from typing import Final

SERVER_URL = "https://api.useautumn.com"
API_VERSION = "2.1"
API_VERSION_HEADER = "x-api-version"
TIMEOUT_MS = 5000
RETRY_STRATEGY: Final = "backoff"
# initial_interval, max_interval (ms), exponent, max_elapsed_time (ms)
RETRY_BACKOFF = (200, 2000, 2.0, 6000)
RETRY_CONNECTION_ERRORS = True
RETRY_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})
