# generated from openapi*.yaml — do not edit
"""The webhook events of API 2.3: each event type's data model, read by autumn_sdk/_webhooks.py."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    from . import models

# Event type -> the class (in this version's models) its data is parsed into.
EVENT_MODELS: dict[str, str] = {
    "balances.limit_reached": "BalancesLimitReachedData",  # Limit Reached
    "balances.usage_alert_triggered": "BalancesUsageAlertTriggeredData",  # Usage Alert Triggered
    "billing.auto_topup_failed": "BillingAutoTopupFailedData",  # Auto Top-Up Failed
    "billing.auto_topup_succeeded": "BillingAutoTopupSucceededData",  # Auto Top-Up Succeeded
    "billing.updated": "BillingUpdatedData",  # Plans Updated
    "vercel.resources.deleted": "VercelResourcesDeletedData",  # Resource Deleted
    "vercel.resources.provisioned": "VercelResourcesProvisionedData",  # Resource Provisioned
    "vercel.resources.rotate_secrets": "VercelResourcesRotateSecretsData",  # Rotate Secrets
    "vercel.webhooks.event": "VercelWebhooksEventData",  # Webhook Event
}

# The event types the document describes.
EventType: TypeAlias = Literal[
    "balances.limit_reached",
    "balances.usage_alert_triggered",
    "billing.auto_topup_failed",
    "billing.auto_topup_succeeded",
    "billing.updated",
    "vercel.resources.deleted",
    "vercel.resources.provisioned",
    "vercel.resources.rotate_secrets",
    "vercel.webhooks.event",
]

# The data of a known event: one of these models. (An unknown event type's data stays a dict.) A
# string, so that importing this module imports no model: each is imported when an event needs it.
WebhookEventData: TypeAlias = (
    "models.BalancesLimitReachedData"
    "| models.BalancesUsageAlertTriggeredData"
    "| models.BillingAutoTopupFailedData"
    "| models.BillingAutoTopupSucceededData"
    "| models.BillingUpdatedData"
    "| models.VercelResourcesDeletedData"
    "| models.VercelResourcesProvisionedData"
    "| models.VercelResourcesRotateSecretsData"
    "| models.VercelWebhooksEventData"
)
