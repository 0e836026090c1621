# generated from openapi.yaml — do not edit
"""What each operation's request body may hold, as openapi.yaml says: for code that receives requests.

The local emulator (autumn_sdk.testing) validates what it is sent against this, so it follows the
spec like the client does.
"""

# path -> body property -> (JSON type, required)
BODY_FIELDS: dict[str, dict[str, tuple[str, bool]]] = {
    "/v1/balances.check": {
        "customer_id": ("string", True),
        "feature_id": ("string", True),
        "entity_id": ("string", False),
        "required_balance": ("number", False),
        "properties": ("object", False),
        "send_event": ("boolean", False),
        "with_preview": ("boolean", False),
    },
    "/v1/balances.track": {
        "customer_id": ("string", True),
        "feature_id": ("string", False),
        "entity_id": ("string", False),
        "event_name": ("string", False),
        "value": ("number", False),
        "properties": ("object", False),
    },
}

# path -> properties of which at least one must be given
REQUIRE_ONE_OF: dict[str, tuple[str, ...]] = {
    "/v1/balances.track": ("feature_id", "event_name"),
}

# path -> property -> minimum length of a string
MIN_LENGTH: dict[str, dict[str, int]] = {
    "/v1/balances.check": {},
    "/v1/balances.track": {
        "event_name": 1,
    },
}
