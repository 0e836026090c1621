# generated from openapi*.yaml — do not edit
"""autumn.billing (API 2.1): attach, multi_attach, open_customer_portal, preview_attach, preview_multi_attach, preview_update, setup_payment, update."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Literal

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_1"
ATTACH_ENDPOINT: Endpoint[models.AttachResponse] = Endpoint(
    Route("attach", "POST", "/v1/billing.attach"),
    _models,
    "AttachResponse",
)
MULTI_ATTACH_ENDPOINT: Endpoint[models.AttachResponse] = Endpoint(
    Route("multiAttach", "POST", "/v1/billing.multi_attach"),
    _models,
    "AttachResponse",
)
OPEN_CUSTOMER_PORTAL_ENDPOINT: Endpoint[models.OpenCustomerPortalResponse] = Endpoint(
    Route("openCustomerPortal", "POST", "/v1/billing.open_customer_portal"),
    _models,
    "OpenCustomerPortalResponse",
)
PREVIEW_ATTACH_ENDPOINT: Endpoint[models.PreviewAttachResponse] = Endpoint(
    Route("previewAttach", "POST", "/v1/billing.preview_attach"),
    _models,
    "PreviewAttachResponse",
)
PREVIEW_MULTI_ATTACH_ENDPOINT: Endpoint[models.PreviewAttachResponse] = Endpoint(
    Route("previewMultiAttach", "POST", "/v1/billing.preview_multi_attach"),
    _models,
    "PreviewAttachResponse",
)
PREVIEW_UPDATE_ENDPOINT: Endpoint[models.PreviewAttachResponse] = Endpoint(
    Route("previewUpdate", "POST", "/v1/billing.preview_update"),
    _models,
    "PreviewAttachResponse",
)
SETUP_PAYMENT_ENDPOINT: Endpoint[models.SetupPaymentResponse] = Endpoint(
    Route("setupPayment", "POST", "/v1/billing.setup_payment"),
    _models,
    "SetupPaymentResponse",
)
UPDATE_ENDPOINT: Endpoint[models.AttachResponse] = Endpoint(
    Route("billingUpdate", "POST", "/v1/billing.update"),
    _models,
    "AttachResponse",
)
_ATTACH_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_ATTACH_PLAN_SCHEDULE = frozenset(["immediate", "end_of_cycle"])
_ATTACH_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_ATTACH_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_ATTACH_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_ATTACH_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_ATTACH_CUSTOM_LINE_ITEMS: dict[str, Any] = {"type": "array", "items": {"$ref": "CustomLineItem"}}

_MULTI_ATTACH_REDIRECT_MODE = frozenset(["always", "if_required", "never"])
_MULTI_ATTACH_PLANS: dict[str, Any] = {"type": "array", "minItems": 1, "items": {"$ref": "MultiAttachPlan"}}
_MULTI_ATTACH_FREE_TRIAL: dict[str, Any] = {"anyOf": [{"$ref": "FreeTrialParams"}, {"type": "null"}]}
_MULTI_ATTACH_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_MULTI_ATTACH_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_MULTI_ATTACH_CUSTOMER_DATA: dict[str, Any] = {"$ref": "CustomerData"}
_MULTI_ATTACH_ENTITY_DATA: dict[str, Any] = {"$ref": "EntityData"}


_PREVIEW_ATTACH_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_PREVIEW_ATTACH_PLAN_SCHEDULE = frozenset(["immediate", "end_of_cycle"])
_PREVIEW_ATTACH_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_PREVIEW_ATTACH_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_PREVIEW_ATTACH_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_PREVIEW_ATTACH_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_PREVIEW_ATTACH_CUSTOM_LINE_ITEMS: dict[str, Any] = {"type": "array", "items": {"$ref": "CustomLineItem"}}

_PREVIEW_MULTI_ATTACH_REDIRECT_MODE = frozenset(["always", "if_required", "never"])
_PREVIEW_MULTI_ATTACH_PLANS: dict[str, Any] = {
    "type": "array",
    "minItems": 1,
    "items": {"$ref": "MultiAttachPlan"},
}
_PREVIEW_MULTI_ATTACH_FREE_TRIAL: dict[str, Any] = {"anyOf": [{"$ref": "FreeTrialParams"}, {"type": "null"}]}
_PREVIEW_MULTI_ATTACH_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_PREVIEW_MULTI_ATTACH_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_PREVIEW_MULTI_ATTACH_CUSTOMER_DATA: dict[str, Any] = {"$ref": "CustomerData"}
_PREVIEW_MULTI_ATTACH_ENTITY_DATA: dict[str, Any] = {"$ref": "EntityData"}

_PREVIEW_UPDATE_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_PREVIEW_UPDATE_CANCEL_ACTION = frozenset(["cancel_immediately", "cancel_end_of_cycle", "uncancel"])
_PREVIEW_UPDATE_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_PREVIEW_UPDATE_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_PREVIEW_UPDATE_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}

_SETUP_PAYMENT_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_SETUP_PAYMENT_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_SETUP_PAYMENT_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_SETUP_PAYMENT_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_SETUP_PAYMENT_CUSTOM_LINE_ITEMS: dict[str, Any] = {"type": "array", "items": {"$ref": "CustomLineItem"}}

_UPDATE_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_UPDATE_CANCEL_ACTION = frozenset(["cancel_immediately", "cancel_end_of_cycle", "uncancel"])
_UPDATE_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_UPDATE_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_UPDATE_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}


def _attach_request(
    customer_id: Any,
    plan_id: Any,
    entity_id: Any,
    feature_quantities: Any,
    version: Any,
    customize: Any,
    invoice_mode: Any,
    proration_behavior: Any,
    subscription_id: Any,
    discounts: Any,
    success_url: Any,
    new_billing_subscription: Any,
    plan_schedule: Any,
    checkout_session_params: Any,
    custom_line_items: Any,
    processor_subscription_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of attach() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "plan_id": plan_id if type(plan_id) is str else _args.text("plan_id", plan_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if feature_quantities is not None:
        _body["feature_quantities"] = _args.structured(
            "feature_quantities", feature_quantities, _ATTACH_FEATURE_QUANTITIES, _VERSION
        )
    if version is not None:
        _body["version"] = _args.number("version", version)
    if customize is not None:
        _body["customize"] = _args.structured("customize", customize, _ATTACH_CUSTOMIZE, _VERSION)
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured("invoice_mode", invoice_mode, _ATTACH_INVOICE_MODE, _VERSION)
    if proration_behavior is not None:
        _body["proration_behavior"] = _args.choice(
            "proration_behavior", proration_behavior, _ATTACH_PRORATION_BEHAVIOR
        )
    if subscription_id is not None:
        _body["subscription_id"] = (
            subscription_id
            if type(subscription_id) is str
            else _args.text("subscription_id", subscription_id)
        )
    if discounts is not None:
        _body["discounts"] = _args.structured("discounts", discounts, _ATTACH_DISCOUNTS, _VERSION)
    if success_url is not None:
        _body["success_url"] = (
            success_url if type(success_url) is str else _args.text("success_url", success_url)
        )
    if new_billing_subscription is not None:
        _body["new_billing_subscription"] = _args.boolean(
            "new_billing_subscription", new_billing_subscription
        )
    if plan_schedule is not None:
        _body["plan_schedule"] = _args.choice("plan_schedule", plan_schedule, _ATTACH_PLAN_SCHEDULE)
    if checkout_session_params is not None:
        _body["checkout_session_params"] = _args.json_object(
            "checkout_session_params", checkout_session_params
        )
    if custom_line_items is not None:
        _body["custom_line_items"] = _args.structured(
            "custom_line_items", custom_line_items, _ATTACH_CUSTOM_LINE_ITEMS, _VERSION
        )
    if processor_subscription_id is not None:
        _body["processor_subscription_id"] = (
            processor_subscription_id
            if type(processor_subscription_id) is str
            else _args.text("processor_subscription_id", processor_subscription_id)
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _multi_attach_request(
    customer_id: Any,
    plans: Any,
    entity_id: Any,
    free_trial: Any,
    invoice_mode: Any,
    discounts: Any,
    success_url: Any,
    checkout_session_params: Any,
    redirect_mode: Any,
    new_billing_subscription: Any,
    customer_data: Any,
    entity_data: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of multi_attach() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "plans": _args.structured("plans", plans, _MULTI_ATTACH_PLANS, _VERSION),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if free_trial is not UNSET:
        _body["free_trial"] = (
            None
            if free_trial is None
            else _args.structured("free_trial", free_trial, _MULTI_ATTACH_FREE_TRIAL, _VERSION)
        )
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured(
            "invoice_mode", invoice_mode, _MULTI_ATTACH_INVOICE_MODE, _VERSION
        )
    if discounts is not None:
        _body["discounts"] = _args.structured("discounts", discounts, _MULTI_ATTACH_DISCOUNTS, _VERSION)
    if success_url is not None:
        _body["success_url"] = (
            success_url if type(success_url) is str else _args.text("success_url", success_url)
        )
    if checkout_session_params is not None:
        _body["checkout_session_params"] = _args.json_object(
            "checkout_session_params", checkout_session_params
        )
    if redirect_mode is not None:
        _body["redirect_mode"] = _args.choice("redirect_mode", redirect_mode, _MULTI_ATTACH_REDIRECT_MODE)
    if new_billing_subscription is not None:
        _body["new_billing_subscription"] = _args.boolean(
            "new_billing_subscription", new_billing_subscription
        )
    if customer_data is not None:
        _body["customer_data"] = _args.structured(
            "customer_data", customer_data, _MULTI_ATTACH_CUSTOMER_DATA, _VERSION
        )
    if entity_data is not None:
        _body["entity_data"] = _args.structured(
            "entity_data", entity_data, _MULTI_ATTACH_ENTITY_DATA, _VERSION
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _open_customer_portal_request(
    customer_id: Any,
    configuration_id: Any,
    return_url: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of open_customer_portal() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if configuration_id is not None:
        _body["configuration_id"] = (
            configuration_id
            if type(configuration_id) is str
            else _args.text("configuration_id", configuration_id)
        )
    if return_url is not None:
        _body["return_url"] = return_url if type(return_url) is str else _args.text("return_url", return_url)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _preview_attach_request(
    customer_id: Any,
    plan_id: Any,
    entity_id: Any,
    feature_quantities: Any,
    version: Any,
    customize: Any,
    invoice_mode: Any,
    proration_behavior: Any,
    subscription_id: Any,
    discounts: Any,
    success_url: Any,
    new_billing_subscription: Any,
    plan_schedule: Any,
    checkout_session_params: Any,
    custom_line_items: Any,
    processor_subscription_id: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of preview_attach() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "plan_id": plan_id if type(plan_id) is str else _args.text("plan_id", plan_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if feature_quantities is not None:
        _body["feature_quantities"] = _args.structured(
            "feature_quantities", feature_quantities, _PREVIEW_ATTACH_FEATURE_QUANTITIES, _VERSION
        )
    if version is not None:
        _body["version"] = _args.number("version", version)
    if customize is not None:
        _body["customize"] = _args.structured("customize", customize, _PREVIEW_ATTACH_CUSTOMIZE, _VERSION)
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured(
            "invoice_mode", invoice_mode, _PREVIEW_ATTACH_INVOICE_MODE, _VERSION
        )
    if proration_behavior is not None:
        _body["proration_behavior"] = _args.choice(
            "proration_behavior", proration_behavior, _PREVIEW_ATTACH_PRORATION_BEHAVIOR
        )
    if subscription_id is not None:
        _body["subscription_id"] = (
            subscription_id
            if type(subscription_id) is str
            else _args.text("subscription_id", subscription_id)
        )
    if discounts is not None:
        _body["discounts"] = _args.structured("discounts", discounts, _PREVIEW_ATTACH_DISCOUNTS, _VERSION)
    if success_url is not None:
        _body["success_url"] = (
            success_url if type(success_url) is str else _args.text("success_url", success_url)
        )
    if new_billing_subscription is not None:
        _body["new_billing_subscription"] = _args.boolean(
            "new_billing_subscription", new_billing_subscription
        )
    if plan_schedule is not None:
        _body["plan_schedule"] = _args.choice("plan_schedule", plan_schedule, _PREVIEW_ATTACH_PLAN_SCHEDULE)
    if checkout_session_params is not None:
        _body["checkout_session_params"] = _args.json_object(
            "checkout_session_params", checkout_session_params
        )
    if custom_line_items is not None:
        _body["custom_line_items"] = _args.structured(
            "custom_line_items", custom_line_items, _PREVIEW_ATTACH_CUSTOM_LINE_ITEMS, _VERSION
        )
    if processor_subscription_id is not None:
        _body["processor_subscription_id"] = (
            processor_subscription_id
            if type(processor_subscription_id) is str
            else _args.text("processor_subscription_id", processor_subscription_id)
        )
    return _args.encode_body(_body), None


def _preview_multi_attach_request(
    customer_id: Any,
    plans: Any,
    entity_id: Any,
    free_trial: Any,
    invoice_mode: Any,
    discounts: Any,
    success_url: Any,
    checkout_session_params: Any,
    redirect_mode: Any,
    new_billing_subscription: Any,
    customer_data: Any,
    entity_data: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of preview_multi_attach() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "plans": _args.structured("plans", plans, _PREVIEW_MULTI_ATTACH_PLANS, _VERSION),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if free_trial is not UNSET:
        _body["free_trial"] = (
            None
            if free_trial is None
            else _args.structured("free_trial", free_trial, _PREVIEW_MULTI_ATTACH_FREE_TRIAL, _VERSION)
        )
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured(
            "invoice_mode", invoice_mode, _PREVIEW_MULTI_ATTACH_INVOICE_MODE, _VERSION
        )
    if discounts is not None:
        _body["discounts"] = _args.structured(
            "discounts", discounts, _PREVIEW_MULTI_ATTACH_DISCOUNTS, _VERSION
        )
    if success_url is not None:
        _body["success_url"] = (
            success_url if type(success_url) is str else _args.text("success_url", success_url)
        )
    if checkout_session_params is not None:
        _body["checkout_session_params"] = _args.json_object(
            "checkout_session_params", checkout_session_params
        )
    if redirect_mode is not None:
        _body["redirect_mode"] = _args.choice(
            "redirect_mode", redirect_mode, _PREVIEW_MULTI_ATTACH_REDIRECT_MODE
        )
    if new_billing_subscription is not None:
        _body["new_billing_subscription"] = _args.boolean(
            "new_billing_subscription", new_billing_subscription
        )
    if customer_data is not None:
        _body["customer_data"] = _args.structured(
            "customer_data", customer_data, _PREVIEW_MULTI_ATTACH_CUSTOMER_DATA, _VERSION
        )
    if entity_data is not None:
        _body["entity_data"] = _args.structured(
            "entity_data", entity_data, _PREVIEW_MULTI_ATTACH_ENTITY_DATA, _VERSION
        )
    return _args.encode_body(_body), None


def _preview_update_request(
    customer_id: Any,
    entity_id: Any,
    plan_id: Any,
    feature_quantities: Any,
    version: Any,
    customize: Any,
    invoice_mode: Any,
    proration_behavior: Any,
    subscription_id: Any,
    cancel_action: Any,
    no_billing_changes: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of preview_update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if plan_id is not None:
        _body["plan_id"] = plan_id if type(plan_id) is str else _args.text("plan_id", plan_id)
    if feature_quantities is not None:
        _body["feature_quantities"] = _args.structured(
            "feature_quantities", feature_quantities, _PREVIEW_UPDATE_FEATURE_QUANTITIES, _VERSION
        )
    if version is not None:
        _body["version"] = _args.number("version", version)
    if customize is not None:
        _body["customize"] = _args.structured("customize", customize, _PREVIEW_UPDATE_CUSTOMIZE, _VERSION)
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured(
            "invoice_mode", invoice_mode, _PREVIEW_UPDATE_INVOICE_MODE, _VERSION
        )
    if proration_behavior is not None:
        _body["proration_behavior"] = _args.choice(
            "proration_behavior", proration_behavior, _PREVIEW_UPDATE_PRORATION_BEHAVIOR
        )
    if subscription_id is not None:
        _body["subscription_id"] = (
            subscription_id
            if type(subscription_id) is str
            else _args.text("subscription_id", subscription_id)
        )
    if cancel_action is not None:
        _body["cancel_action"] = _args.choice("cancel_action", cancel_action, _PREVIEW_UPDATE_CANCEL_ACTION)
    if no_billing_changes is not None:
        _body["no_billing_changes"] = _args.boolean("no_billing_changes", no_billing_changes)
    return _args.encode_body(_body), None


def _setup_payment_request(
    customer_id: Any,
    entity_id: Any,
    plan_id: Any,
    feature_quantities: Any,
    version: Any,
    customize: Any,
    proration_behavior: Any,
    subscription_id: Any,
    discounts: Any,
    success_url: Any,
    checkout_session_params: Any,
    custom_line_items: Any,
    processor_subscription_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of setup_payment() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if plan_id is not None:
        _body["plan_id"] = plan_id if type(plan_id) is str else _args.text("plan_id", plan_id)
    if feature_quantities is not None:
        _body["feature_quantities"] = _args.structured(
            "feature_quantities", feature_quantities, _SETUP_PAYMENT_FEATURE_QUANTITIES, _VERSION
        )
    if version is not None:
        _body["version"] = _args.number("version", version)
    if customize is not None:
        _body["customize"] = _args.structured("customize", customize, _SETUP_PAYMENT_CUSTOMIZE, _VERSION)
    if proration_behavior is not None:
        _body["proration_behavior"] = _args.choice(
            "proration_behavior", proration_behavior, _SETUP_PAYMENT_PRORATION_BEHAVIOR
        )
    if subscription_id is not None:
        _body["subscription_id"] = (
            subscription_id
            if type(subscription_id) is str
            else _args.text("subscription_id", subscription_id)
        )
    if discounts is not None:
        _body["discounts"] = _args.structured("discounts", discounts, _SETUP_PAYMENT_DISCOUNTS, _VERSION)
    if success_url is not None:
        _body["success_url"] = (
            success_url if type(success_url) is str else _args.text("success_url", success_url)
        )
    if checkout_session_params is not None:
        _body["checkout_session_params"] = _args.json_object(
            "checkout_session_params", checkout_session_params
        )
    if custom_line_items is not None:
        _body["custom_line_items"] = _args.structured(
            "custom_line_items", custom_line_items, _SETUP_PAYMENT_CUSTOM_LINE_ITEMS, _VERSION
        )
    if processor_subscription_id is not None:
        _body["processor_subscription_id"] = (
            processor_subscription_id
            if type(processor_subscription_id) is str
            else _args.text("processor_subscription_id", processor_subscription_id)
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _update_request(
    customer_id: Any,
    entity_id: Any,
    plan_id: Any,
    feature_quantities: Any,
    version: Any,
    customize: Any,
    invoice_mode: Any,
    proration_behavior: Any,
    subscription_id: Any,
    cancel_action: Any,
    no_billing_changes: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if plan_id is not None:
        _body["plan_id"] = plan_id if type(plan_id) is str else _args.text("plan_id", plan_id)
    if feature_quantities is not None:
        _body["feature_quantities"] = _args.structured(
            "feature_quantities", feature_quantities, _UPDATE_FEATURE_QUANTITIES, _VERSION
        )
    if version is not None:
        _body["version"] = _args.number("version", version)
    if customize is not None:
        _body["customize"] = _args.structured("customize", customize, _UPDATE_CUSTOMIZE, _VERSION)
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured("invoice_mode", invoice_mode, _UPDATE_INVOICE_MODE, _VERSION)
    if proration_behavior is not None:
        _body["proration_behavior"] = _args.choice(
            "proration_behavior", proration_behavior, _UPDATE_PRORATION_BEHAVIOR
        )
    if subscription_id is not None:
        _body["subscription_id"] = (
            subscription_id
            if type(subscription_id) is str
            else _args.text("subscription_id", subscription_id)
        )
    if cancel_action is not None:
        _body["cancel_action"] = _args.choice("cancel_action", cancel_action, _UPDATE_CANCEL_ACTION)
    if no_billing_changes is not None:
        _body["no_billing_changes"] = _args.boolean("no_billing_changes", no_billing_changes)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Billing:
    """The billing operations

    Reached as ``autumn.billing``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.billing (API 2.1): attach, multi_attach, open_customer_portal, preview_attach, preview_multi_attach, preview_update, setup_payment, update>"

    def attach(
        self,
        *,
        customer_id: str,
        plan_id: str,
        entity_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        new_billing_subscription: bool | None = None,
        plan_schedule: Literal["immediate", "end_of_cycle"] | models.PlanSchedule | None = None,
        checkout_session_params: Any | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AttachResponse:
        """Attaches a plan to a customer. Handles new subscriptions, upgrades and downgrades.

        Use this endpoint to subscribe a customer to a plan, upgrade/downgrade between plans, or add an add-
        on product.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            plan_id: The ID of the plan.
            entity_id: The ID of the entity to attach the plan to.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            plan_schedule: When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules
                for the end of the current billing cycle. By default, upgrades are immediate and
                downgrades are scheduled.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
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
        _content, _key = _attach_request(
            customer_id,
            plan_id,
            entity_id,
            feature_quantities,
            version,
            customize,
            invoice_mode,
            proration_behavior,
            subscription_id,
            discounts,
            success_url,
            new_billing_subscription,
            plan_schedule,
            checkout_session_params,
            custom_line_items,
            processor_subscription_id,
            idempotency_key,
        )
        return self._client._request(
            ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def attach_async(
        self,
        *,
        customer_id: str,
        plan_id: str,
        entity_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        new_billing_subscription: bool | None = None,
        plan_schedule: Literal["immediate", "end_of_cycle"] | models.PlanSchedule | None = None,
        checkout_session_params: Any | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AttachResponse:
        """Attaches a plan to a customer. Handles new subscriptions, upgrades and downgrades. (async)

        Use this endpoint to subscribe a customer to a plan, upgrade/downgrade between plans, or add an add-
        on product.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            plan_id: The ID of the plan.
            entity_id: The ID of the entity to attach the plan to.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            plan_schedule: When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules
                for the end of the current billing cycle. By default, upgrades are immediate and
                downgrades are scheduled.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
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
        _content, _key = _attach_request(
            customer_id,
            plan_id,
            entity_id,
            feature_quantities,
            version,
            customize,
            invoice_mode,
            proration_behavior,
            subscription_id,
            discounts,
            success_url,
            new_billing_subscription,
            plan_schedule,
            checkout_session_params,
            custom_line_items,
            processor_subscription_id,
            idempotency_key,
        )
        return await self._client._request_async(
            ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def multi_attach(
        self,
        *,
        customer_id: str,
        plans: Sequence[models.MultiAttachPlan | models.MultiAttachPlanDict],
        entity_id: str | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None | Unset = UNSET,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        new_billing_subscription: bool | None = None,
        customer_data: models.CustomerData | models.CustomerDataDict | None = None,
        entity_data: models.EntityData | models.EntityDataDict | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AttachResponse:
        """Attaches multiple plans to a customer in a single request. Creates a single Stripe subscription with all plans consolidated.

        Use this endpoint when you need to subscribe a customer to multiple plans at once, such as a base
        plan plus add-ons, or to create a bundle of products.

        Args:
            customer_id: The ID of the customer to attach the plans to.
            plans: The list of plans to attach to the customer.
            entity_id: The ID of the entity to attach the plans to.
            free_trial: Free trial configuration applied to all plans. Pass an object to set a custom trial, or
                null to remove any trial. ``None`` sends null; leave it out to send nothing.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            customer_data: Customer details to set when creating a customer
            entity_data: (undocumented)
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
        _content, _key = _multi_attach_request(
            customer_id,
            plans,
            entity_id,
            free_trial,
            invoice_mode,
            discounts,
            success_url,
            checkout_session_params,
            redirect_mode,
            new_billing_subscription,
            customer_data,
            entity_data,
            idempotency_key,
        )
        return self._client._request(
            MULTI_ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def multi_attach_async(
        self,
        *,
        customer_id: str,
        plans: Sequence[models.MultiAttachPlan | models.MultiAttachPlanDict],
        entity_id: str | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None | Unset = UNSET,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        new_billing_subscription: bool | None = None,
        customer_data: models.CustomerData | models.CustomerDataDict | None = None,
        entity_data: models.EntityData | models.EntityDataDict | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AttachResponse:
        """Attaches multiple plans to a customer in a single request. Creates a single Stripe subscription with all plans consolidated. (async)

        Use this endpoint when you need to subscribe a customer to multiple plans at once, such as a base
        plan plus add-ons, or to create a bundle of products.

        Args:
            customer_id: The ID of the customer to attach the plans to.
            plans: The list of plans to attach to the customer.
            entity_id: The ID of the entity to attach the plans to.
            free_trial: Free trial configuration applied to all plans. Pass an object to set a custom trial, or
                null to remove any trial. ``None`` sends null; leave it out to send nothing.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            customer_data: Customer details to set when creating a customer
            entity_data: (undocumented)
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
        _content, _key = _multi_attach_request(
            customer_id,
            plans,
            entity_id,
            free_trial,
            invoice_mode,
            discounts,
            success_url,
            checkout_session_params,
            redirect_mode,
            new_billing_subscription,
            customer_data,
            entity_data,
            idempotency_key,
        )
        return await self._client._request_async(
            MULTI_ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def open_customer_portal(
        self,
        *,
        customer_id: str,
        configuration_id: str | None = None,
        return_url: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.OpenCustomerPortalResponse:
        """Create a billing portal session for a customer to manage their subscription.

        Args:
            customer_id: The ID of the customer to open the billing portal for.
            configuration_id: Stripe billing portal configuration ID. Create configurations in your Stripe dashboard.
            return_url: URL to redirect to when back button is clicked in the billing portal
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
        _content, _key = _open_customer_portal_request(
            customer_id,
            configuration_id,
            return_url,
            idempotency_key,
        )
        return self._client._request(
            OPEN_CUSTOMER_PORTAL_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def open_customer_portal_async(
        self,
        *,
        customer_id: str,
        configuration_id: str | None = None,
        return_url: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.OpenCustomerPortalResponse:
        """Create a billing portal session for a customer to manage their subscription. (async)

        Args:
            customer_id: The ID of the customer to open the billing portal for.
            configuration_id: Stripe billing portal configuration ID. Create configurations in your Stripe dashboard.
            return_url: URL to redirect to when back button is clicked in the billing portal
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
        _content, _key = _open_customer_portal_request(
            customer_id,
            configuration_id,
            return_url,
            idempotency_key,
        )
        return await self._client._request_async(
            OPEN_CUSTOMER_PORTAL_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def preview_attach(
        self,
        *,
        customer_id: str,
        plan_id: str,
        entity_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        new_billing_subscription: bool | None = None,
        plan_schedule: Literal["immediate", "end_of_cycle"] | models.PlanSchedule | None = None,
        checkout_session_params: Any | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.PreviewAttachResponse:
        """Previews the billing changes that would occur when attaching a plan, without actually making any changes.

        Use this endpoint to show customers what they will be charged before confirming a subscription
        change.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            plan_id: The ID of the plan.
            entity_id: The ID of the entity to attach the plan to.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            plan_schedule: When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules
                for the end of the current billing cycle. By default, upgrades are immediate and
                downgrades are scheduled.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
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
        _content, _key = _preview_attach_request(
            customer_id,
            plan_id,
            entity_id,
            feature_quantities,
            version,
            customize,
            invoice_mode,
            proration_behavior,
            subscription_id,
            discounts,
            success_url,
            new_billing_subscription,
            plan_schedule,
            checkout_session_params,
            custom_line_items,
            processor_subscription_id,
        )
        return self._client._request(
            PREVIEW_ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def preview_attach_async(
        self,
        *,
        customer_id: str,
        plan_id: str,
        entity_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        new_billing_subscription: bool | None = None,
        plan_schedule: Literal["immediate", "end_of_cycle"] | models.PlanSchedule | None = None,
        checkout_session_params: Any | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.PreviewAttachResponse:
        """Previews the billing changes that would occur when attaching a plan, without actually making any changes. (async)

        Use this endpoint to show customers what they will be charged before confirming a subscription
        change.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            plan_id: The ID of the plan.
            entity_id: The ID of the entity to attach the plan to.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            plan_schedule: When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules
                for the end of the current billing cycle. By default, upgrades are immediate and
                downgrades are scheduled.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
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
        _content, _key = _preview_attach_request(
            customer_id,
            plan_id,
            entity_id,
            feature_quantities,
            version,
            customize,
            invoice_mode,
            proration_behavior,
            subscription_id,
            discounts,
            success_url,
            new_billing_subscription,
            plan_schedule,
            checkout_session_params,
            custom_line_items,
            processor_subscription_id,
        )
        return await self._client._request_async(
            PREVIEW_ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def preview_multi_attach(
        self,
        *,
        customer_id: str,
        plans: Sequence[models.MultiAttachPlan | models.MultiAttachPlanDict],
        entity_id: str | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None | Unset = UNSET,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        new_billing_subscription: bool | None = None,
        customer_data: models.CustomerData | models.CustomerDataDict | None = None,
        entity_data: models.EntityData | models.EntityDataDict | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.PreviewAttachResponse:
        """Previews the billing changes that would occur when attaching multiple plans, without actually making any changes.

        Use this endpoint to show customers what they will be charged before confirming a multi-plan
        subscription.

        Args:
            customer_id: The ID of the customer to attach the plans to.
            plans: The list of plans to attach to the customer.
            entity_id: The ID of the entity to attach the plans to.
            free_trial: Free trial configuration applied to all plans. Pass an object to set a custom trial, or
                null to remove any trial. ``None`` sends null; leave it out to send nothing.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            customer_data: Customer details to set when creating a customer
            entity_data: (undocumented)
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
        _content, _key = _preview_multi_attach_request(
            customer_id,
            plans,
            entity_id,
            free_trial,
            invoice_mode,
            discounts,
            success_url,
            checkout_session_params,
            redirect_mode,
            new_billing_subscription,
            customer_data,
            entity_data,
        )
        return self._client._request(
            PREVIEW_MULTI_ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def preview_multi_attach_async(
        self,
        *,
        customer_id: str,
        plans: Sequence[models.MultiAttachPlan | models.MultiAttachPlanDict],
        entity_id: str | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None | Unset = UNSET,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        new_billing_subscription: bool | None = None,
        customer_data: models.CustomerData | models.CustomerDataDict | None = None,
        entity_data: models.EntityData | models.EntityDataDict | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.PreviewAttachResponse:
        """Previews the billing changes that would occur when attaching multiple plans, without actually making any changes. (async)

        Use this endpoint to show customers what they will be charged before confirming a multi-plan
        subscription.

        Args:
            customer_id: The ID of the customer to attach the plans to.
            plans: The list of plans to attach to the customer.
            entity_id: The ID of the entity to attach the plans to.
            free_trial: Free trial configuration applied to all plans. Pass an object to set a custom trial, or
                null to remove any trial. ``None`` sends null; leave it out to send nothing.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            customer_data: Customer details to set when creating a customer
            entity_data: (undocumented)
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
        _content, _key = _preview_multi_attach_request(
            customer_id,
            plans,
            entity_id,
            free_trial,
            invoice_mode,
            discounts,
            success_url,
            checkout_session_params,
            redirect_mode,
            new_billing_subscription,
            customer_data,
            entity_data,
        )
        return await self._client._request_async(
            PREVIEW_MULTI_ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def preview_update(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        plan_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        cancel_action: Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"]
        | models.CancelAction
        | None = None,
        no_billing_changes: bool | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.PreviewAttachResponse:
        """Previews the billing changes that would occur when updating a subscription, without actually making any changes.

        Use this endpoint to show customers prorated charges or refunds before confirming subscription
        modifications.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            entity_id: The ID of the entity to attach the plan to.
            plan_id: The ID of the plan to update. Optional if subscription_id is provided, or if the customer
                has only one product.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            cancel_action: Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
                'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.
            no_billing_changes: If true, the subscription is updated internally without applying billing changes in
                Stripe.
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
        _content, _key = _preview_update_request(
            customer_id,
            entity_id,
            plan_id,
            feature_quantities,
            version,
            customize,
            invoice_mode,
            proration_behavior,
            subscription_id,
            cancel_action,
            no_billing_changes,
        )
        return self._client._request(
            PREVIEW_UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def preview_update_async(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        plan_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        cancel_action: Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"]
        | models.CancelAction
        | None = None,
        no_billing_changes: bool | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.PreviewAttachResponse:
        """Previews the billing changes that would occur when updating a subscription, without actually making any changes. (async)

        Use this endpoint to show customers prorated charges or refunds before confirming subscription
        modifications.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            entity_id: The ID of the entity to attach the plan to.
            plan_id: The ID of the plan to update. Optional if subscription_id is provided, or if the customer
                has only one product.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            cancel_action: Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
                'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.
            no_billing_changes: If true, the subscription is updated internally without applying billing changes in
                Stripe.
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
        _content, _key = _preview_update_request(
            customer_id,
            entity_id,
            plan_id,
            feature_quantities,
            version,
            customize,
            invoice_mode,
            proration_behavior,
            subscription_id,
            cancel_action,
            no_billing_changes,
        )
        return await self._client._request_async(
            PREVIEW_UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def setup_payment(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        plan_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SetupPaymentResponse:
        """Create a payment setup session for a customer to add or update their payment method.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            entity_id: The ID of the entity to attach the plan to.
            plan_id: If specified, the plan will be attached to the customer after setup.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
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
        _content, _key = _setup_payment_request(
            customer_id,
            entity_id,
            plan_id,
            feature_quantities,
            version,
            customize,
            proration_behavior,
            subscription_id,
            discounts,
            success_url,
            checkout_session_params,
            custom_line_items,
            processor_subscription_id,
            idempotency_key,
        )
        return self._client._request(
            SETUP_PAYMENT_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def setup_payment_async(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        plan_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SetupPaymentResponse:
        """Create a payment setup session for a customer to add or update their payment method. (async)

        Args:
            customer_id: The ID of the customer to attach the plan to.
            entity_id: The ID of the entity to attach the plan to.
            plan_id: If specified, the plan will be attached to the customer after setup.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
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
        _content, _key = _setup_payment_request(
            customer_id,
            entity_id,
            plan_id,
            feature_quantities,
            version,
            customize,
            proration_behavior,
            subscription_id,
            discounts,
            success_url,
            checkout_session_params,
            custom_line_items,
            processor_subscription_id,
            idempotency_key,
        )
        return await self._client._request_async(
            SETUP_PAYMENT_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def update(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        plan_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        cancel_action: Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"]
        | models.CancelAction
        | None = None,
        no_billing_changes: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AttachResponse:
        """Updates an existing subscription. Use to modify feature quantities, cancel, or change plan configuration.

        Use this endpoint to update prepaid quantities, cancel a subscription (immediately or at end of
        cycle), or modify subscription settings.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            entity_id: The ID of the entity to attach the plan to.
            plan_id: The ID of the plan to update. Optional if subscription_id is provided, or if the customer
                has only one product.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            cancel_action: Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
                'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.
            no_billing_changes: If true, the subscription is updated internally without applying billing changes in
                Stripe.
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
        _content, _key = _update_request(
            customer_id,
            entity_id,
            plan_id,
            feature_quantities,
            version,
            customize,
            invoice_mode,
            proration_behavior,
            subscription_id,
            cancel_action,
            no_billing_changes,
            idempotency_key,
        )
        return self._client._request(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def update_async(
        self,
        *,
        customer_id: str,
        entity_id: str | None = None,
        plan_id: str | None = None,
        feature_quantities: Sequence[models.FeatureQuantity | models.FeatureQuantityDict] | None = None,
        version: float | None = None,
        customize: models.Customize | models.CustomizeDict | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        proration_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        subscription_id: str | None = None,
        cancel_action: Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"]
        | models.CancelAction
        | None = None,
        no_billing_changes: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AttachResponse:
        """Updates an existing subscription. Use to modify feature quantities, cancel, or change plan configuration. (async)

        Use this endpoint to update prepaid quantities, cancel a subscription (immediately or at end of
        cycle), or modify subscription settings.

        Args:
            customer_id: The ID of the customer to attach the plan to.
            entity_id: The ID of the entity to attach the plan to.
            plan_id: The ID of the plan to update. Optional if subscription_id is provided, or if the customer
                has only one product.
            feature_quantities: If this plan contains prepaid features, use this field to specify the quantity of each
                prepaid feature. This quantity includes the included amount and billing units defined when
                setting up the plan.
            version: The version of the plan to attach.
            customize: Customize the plan to attach. Can override the price, items, free trial, or a combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            cancel_action: Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
                'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.
            no_billing_changes: If true, the subscription is updated internally without applying billing changes in
                Stripe.
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
        _content, _key = _update_request(
            customer_id,
            entity_id,
            plan_id,
            feature_quantities,
            version,
            customize,
            invoice_mode,
            proration_behavior,
            subscription_id,
            cancel_action,
            no_billing_changes,
            idempotency_key,
        )
        return await self._client._request_async(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
