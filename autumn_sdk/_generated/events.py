# generated from openapi*.yaml — do not edit
"""The webhook events ``webhooks.verify`` types, as API 2.3's document describes them."""

from .v2_3 import models
from .v2_3.webhooks import EVENT_MODELS, EventType, WebhookEventData

__all__ = ["EVENT_MODELS", "EventType", "WebhookEventData", "models"]
