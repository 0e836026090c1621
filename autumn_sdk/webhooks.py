"""Autumn's webhooks: verify that a request came from Autumn and read it as a typed event.

>>> event = webhooks.verify(request_body, request_headers, secret="whsec_...")
>>> if event.type == "balances.limit_reached": ...

Autumn sends webhooks through Svix; ``verify`` checks the ``svix-signature`` (HMAC-SHA256, constant
time) and the ``svix-timestamp`` (five minutes either way by default), and raises
``errors.WebhookVerificationError`` before parsing anything that fails. ``sign`` makes the headers
for a body, for testing your own receiver. ``event.data`` is the event type's model
(``models.BalancesLimitReachedData``, …: ``WebhookEventData`` is their union), or a dict for an event
type the SDK does not know. ``autumn_sdk.integrations`` has receivers for FastAPI,
Flask and Django.
"""

from ._errors import WebhookVerificationError
from ._generated.events import EventType, WebhookEventData
from ._webhooks import DEFAULT_TOLERANCE_S, WebhookEvent, sign, verify

__all__ = [
    "DEFAULT_TOLERANCE_S",
    "EventType",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookVerificationError",
    "sign",
    "verify",
]
