# generated from openapi.yaml — do not edit
"""Defaults of the SDK, as openapi.yaml states them."""

SERVER_URL = "https://api.useautumn.com"
API_VERSION = "2.1"
API_VERSION_HEADER = "x-api-version"
TIMEOUT_MS = 5000
RETRY_STATUS_CODES = frozenset({408, 429, 500, 502, 503, 504})
