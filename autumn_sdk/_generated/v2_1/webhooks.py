# generated from openapi*.yaml — do not edit
"""The webhook events of API 2.1: each event type's data model, read by autumn_sdk/_webhooks.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    pass

# Event type -> the class (in this version's models) its data is parsed into.
EVENT_MODELS: dict[str, str] = {}

EventType: TypeAlias = str
WebhookEventData: TypeAlias = dict[str, Any]  # this version's document describes no webhooks
