# generated from openapi*.yaml — do not edit
"""autumn.billing (API 2.3): attach, create_schedule, import_, multi_attach, multi_update, open_customer_portal, preview_attach, preview_multi_attach, preview_multi_update, preview_update, setup_payment, update."""

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

_VERSION = "v2_3"
ATTACH_ENDPOINT: Endpoint[models.AttachResponse] = Endpoint(
    Route("attach", "POST", "/v1/billing.attach"),
    _models,
    "AttachResponse",
)
CREATE_SCHEDULE_ENDPOINT: Endpoint[models.CreateScheduleResponse] = Endpoint(
    Route("createSchedule", "POST", "/v1/billing.create_schedule"),
    _models,
    "CreateScheduleResponse",
)
IMPORT__ENDPOINT: Endpoint[models.DfuFlashResult] = Endpoint(
    Route("import", "POST", "/v1/billing.import"),
    _models,
    "DfuFlashResult",
)
MULTI_ATTACH_ENDPOINT: Endpoint[models.AttachResponse] = Endpoint(
    Route("multiAttach", "POST", "/v1/billing.multi_attach"),
    _models,
    "AttachResponse",
)
MULTI_UPDATE_ENDPOINT: Endpoint[models.AttachResponse] = Endpoint(
    Route("multiUpdate", "POST", "/v1/billing.multi_update"),
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
PREVIEW_MULTI_UPDATE_ENDPOINT: Endpoint[models.MultiUpdatePreviewResponse] = Endpoint(
    Route("previewMultiUpdate", "POST", "/v1/billing.preview_multi_update"),
    _models,
    "MultiUpdatePreviewResponse",
)
PREVIEW_UPDATE_ENDPOINT: Endpoint[models.PreviewUpdateResponse] = Endpoint(
    Route("previewUpdate", "POST", "/v1/billing.preview_update"),
    _models,
    "PreviewUpdateResponse",
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
_ATTACH_REDIRECT_MODE = frozenset(["always", "if_required", "never"])
_ATTACH_PLAN_SCHEDULE = frozenset(["immediate", "end_of_cycle"])
_ATTACH_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_ATTACH_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_ATTACH_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_ATTACH_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_ATTACH_BILLING_CYCLE_ANCHOR: dict[str, Any] = {"const": "now"}
_ATTACH_CUSTOM_LINE_ITEMS: dict[str, Any] = {"type": "array", "items": {"$ref": "CustomLineItem"}}
_ATTACH_CARRY_OVER_BALANCES: dict[str, Any] = {"$ref": "AttachParamsCarryOverBalances"}
_ATTACH_CARRY_OVER_USAGES: dict[str, Any] = {"$ref": "AttachParamsCarryOverBalances"}
_ATTACH_LICENSE_QUANTITIES: dict[str, Any] = {
    "type": "array",
    "items": {"$ref": "AttachParamsLicenseQuantity"},
}
_ATTACH_REMOVE_PLAN_IDS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}

_CREATE_SCHEDULE_REDIRECT_MODE = frozenset(["always", "if_required", "never"])
_CREATE_SCHEDULE_BILLING_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_CREATE_SCHEDULE_PHASES: dict[str, Any] = {"type": "array", "items": {"$ref": "CreateScheduleParamsPhase"}}
_CREATE_SCHEDULE_FREE_TRIAL: dict[str, Any] = {"anyOf": [{"$ref": "FreeTrialParams"}, {"type": "null"}]}
_CREATE_SCHEDULE_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_CREATE_SCHEDULE_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_CREATE_SCHEDULE_BILLING_CYCLE_ANCHOR: dict[str, Any] = {"const": "now"}
_CREATE_SCHEDULE_UNSCHEDULED_PLANS: dict[str, Any] = {
    "type": "array",
    "items": {"$ref": "CreateScheduleParamsUnscheduledPlan"},
}

_IMPORT__BILLABLES: dict[str, Any] = {"type": "array", "items": {"$ref": "DfuFlashParamsBillable"}}
_IMPORT__CUSTOMER_DATA: dict[str, Any] = {"$ref": "DfuFlashParamsCustomerData"}
_IMPORT__PROCESSORS: dict[str, Any] = {"type": "array", "items": {"$ref": "DfuFlashParamsProcessor"}}

_MULTI_ATTACH_BILLING_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_MULTI_ATTACH_REDIRECT_MODE = frozenset(["always", "if_required", "never"])
_MULTI_ATTACH_PLANS: dict[str, Any] = {"type": "array", "minItems": 1, "items": {"$ref": "MultiAttachPlan"}}
_MULTI_ATTACH_FREE_TRIAL: dict[str, Any] = {"anyOf": [{"$ref": "FreeTrialParams"}, {"type": "null"}]}
_MULTI_ATTACH_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_MULTI_ATTACH_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_MULTI_ATTACH_CUSTOMER_DATA: dict[str, Any] = {"$ref": "CustomerData"}
_MULTI_ATTACH_ENTITY_DATA: dict[str, Any] = {"$ref": "EntityData"}

_MULTI_UPDATE_UPDATES: dict[str, Any] = {
    "type": "array",
    "minItems": 1,
    "items": {"$ref": "MultiUpdateParamsUpdate"},
}


_PREVIEW_ATTACH_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_PREVIEW_ATTACH_REDIRECT_MODE = frozenset(["always", "if_required", "never"])
_PREVIEW_ATTACH_PLAN_SCHEDULE = frozenset(["immediate", "end_of_cycle"])
_PREVIEW_ATTACH_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_PREVIEW_ATTACH_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_PREVIEW_ATTACH_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_PREVIEW_ATTACH_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_PREVIEW_ATTACH_BILLING_CYCLE_ANCHOR: dict[str, Any] = {"const": "now"}
_PREVIEW_ATTACH_CUSTOM_LINE_ITEMS: dict[str, Any] = {"type": "array", "items": {"$ref": "CustomLineItem"}}
_PREVIEW_ATTACH_CARRY_OVER_BALANCES: dict[str, Any] = {"$ref": "AttachParamsCarryOverBalances"}
_PREVIEW_ATTACH_CARRY_OVER_USAGES: dict[str, Any] = {"$ref": "AttachParamsCarryOverBalances"}
_PREVIEW_ATTACH_LICENSE_QUANTITIES: dict[str, Any] = {
    "type": "array",
    "items": {"$ref": "AttachParamsLicenseQuantity"},
}
_PREVIEW_ATTACH_REMOVE_PLAN_IDS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}

_PREVIEW_MULTI_ATTACH_BILLING_BEHAVIOR = frozenset(["prorate_immediately", "none"])
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

_PREVIEW_MULTI_UPDATE_UPDATES: dict[str, Any] = {
    "type": "array",
    "minItems": 1,
    "items": {"$ref": "MultiUpdateParamsUpdate"},
}

_PREVIEW_UPDATE_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_PREVIEW_UPDATE_REDIRECT_MODE = frozenset(["always", "if_required", "never"])
_PREVIEW_UPDATE_CANCEL_ACTION = frozenset(["cancel_immediately", "cancel_end_of_cycle", "uncancel"])
_PREVIEW_UPDATE_REFUND_LAST_PAYMENT = frozenset(["prorated", "full"])
_PREVIEW_UPDATE_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_PREVIEW_UPDATE_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_PREVIEW_UPDATE_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_PREVIEW_UPDATE_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_PREVIEW_UPDATE_BILLING_CYCLE_ANCHOR: dict[str, Any] = {"const": "now"}
_PREVIEW_UPDATE_RECALCULATE_BALANCES: dict[str, Any] = {"$ref": "UpdateSubscriptionParamsRecalculateBalances"}
_PREVIEW_UPDATE_CARRY_OVER_USAGES: dict[str, Any] = {"$ref": "AttachParamsCarryOverBalances"}
_PREVIEW_UPDATE_LICENSE_QUANTITIES: dict[str, Any] = {
    "type": "array",
    "items": {"$ref": "AttachParamsLicenseQuantity"},
}

_SETUP_PAYMENT_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_SETUP_PAYMENT_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_SETUP_PAYMENT_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_SETUP_PAYMENT_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_SETUP_PAYMENT_BILLING_CYCLE_ANCHOR: dict[str, Any] = {"const": "now"}
_SETUP_PAYMENT_CUSTOM_LINE_ITEMS: dict[str, Any] = {"type": "array", "items": {"$ref": "CustomLineItem"}}
_SETUP_PAYMENT_CARRY_OVER_BALANCES: dict[str, Any] = {"$ref": "AttachParamsCarryOverBalances"}
_SETUP_PAYMENT_CARRY_OVER_USAGES: dict[str, Any] = {"$ref": "AttachParamsCarryOverBalances"}
_SETUP_PAYMENT_LICENSE_QUANTITIES: dict[str, Any] = {
    "type": "array",
    "items": {"$ref": "AttachParamsLicenseQuantity"},
}
_SETUP_PAYMENT_METADATA: dict[str, Any] = {"$ref": "AttachParamsMetadata"}
_SETUP_PAYMENT_REMOVE_PLAN_IDS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}

_UPDATE_PRORATION_BEHAVIOR = frozenset(["prorate_immediately", "none"])
_UPDATE_REDIRECT_MODE = frozenset(["always", "if_required", "never"])
_UPDATE_CANCEL_ACTION = frozenset(["cancel_immediately", "cancel_end_of_cycle", "uncancel"])
_UPDATE_REFUND_LAST_PAYMENT = frozenset(["prorated", "full"])
_UPDATE_FEATURE_QUANTITIES: dict[str, Any] = {"type": "array", "items": {"$ref": "FeatureQuantity"}}
_UPDATE_CUSTOMIZE: dict[str, Any] = {"$ref": "Customize"}
_UPDATE_INVOICE_MODE: dict[str, Any] = {"$ref": "InvoiceMode"}
_UPDATE_DISCOUNTS: dict[str, Any] = {"type": "array", "items": {"$ref": "AttachDiscount"}}
_UPDATE_BILLING_CYCLE_ANCHOR: dict[str, Any] = {"const": "now"}
_UPDATE_RECALCULATE_BALANCES: dict[str, Any] = {"$ref": "UpdateSubscriptionParamsRecalculateBalances"}
_UPDATE_CARRY_OVER_USAGES: dict[str, Any] = {"$ref": "AttachParamsCarryOverBalances"}
_UPDATE_LICENSE_QUANTITIES: dict[str, Any] = {
    "type": "array",
    "items": {"$ref": "AttachParamsLicenseQuantity"},
}


def _attach_request(
    customer_id: Any,
    plan_id: Any,
    entity_id: Any,
    feature_quantities: Any,
    version: Any,
    customize: Any,
    invoice_mode: Any,
    proration_behavior: Any,
    redirect_mode: Any,
    subscription_id: Any,
    discounts: Any,
    success_url: Any,
    new_billing_subscription: Any,
    billing_cycle_anchor: Any,
    plan_schedule: Any,
    starts_at: Any,
    ends_at: Any,
    checkout_session_params: Any,
    long_lived_checkout: Any,
    custom_line_items: Any,
    processor_subscription_id: Any,
    carry_over_balances: Any,
    carry_over_usages: Any,
    license_quantities: Any,
    metadata: Any,
    no_billing_changes: Any,
    enable_plan_immediately: Any,
    tax_rate_id: Any,
    currency: Any,
    remove_plan_ids: Any,
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
    if redirect_mode is not None:
        _body["redirect_mode"] = _args.choice("redirect_mode", redirect_mode, _ATTACH_REDIRECT_MODE)
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
    if billing_cycle_anchor is not None:
        _body["billing_cycle_anchor"] = _args.structured(
            "billing_cycle_anchor", billing_cycle_anchor, _ATTACH_BILLING_CYCLE_ANCHOR, _VERSION
        )
    if plan_schedule is not None:
        _body["plan_schedule"] = _args.choice("plan_schedule", plan_schedule, _ATTACH_PLAN_SCHEDULE)
    if starts_at is not None:
        _body["starts_at"] = _args.number("starts_at", starts_at)
    if ends_at is not None:
        _body["ends_at"] = _args.number("ends_at", ends_at)
    if checkout_session_params is not None:
        _body["checkout_session_params"] = _args.json_object(
            "checkout_session_params", checkout_session_params
        )
    if long_lived_checkout is not None:
        _body["long_lived_checkout"] = _args.boolean("long_lived_checkout", long_lived_checkout)
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
    if carry_over_balances is not None:
        _body["carry_over_balances"] = _args.structured(
            "carry_over_balances", carry_over_balances, _ATTACH_CARRY_OVER_BALANCES, _VERSION
        )
    if carry_over_usages is not None:
        _body["carry_over_usages"] = _args.structured(
            "carry_over_usages", carry_over_usages, _ATTACH_CARRY_OVER_USAGES, _VERSION
        )
    if license_quantities is not None:
        _body["license_quantities"] = _args.structured(
            "license_quantities", license_quantities, _ATTACH_LICENSE_QUANTITIES, _VERSION
        )
    if metadata is not None:
        _body["metadata"] = _args.json_object("metadata", metadata)
    if no_billing_changes is not None:
        _body["no_billing_changes"] = _args.boolean("no_billing_changes", no_billing_changes)
    if enable_plan_immediately is not None:
        _body["enable_plan_immediately"] = _args.boolean("enable_plan_immediately", enable_plan_immediately)
    if tax_rate_id is not None:
        _body["tax_rate_id"] = (
            tax_rate_id if type(tax_rate_id) is str else _args.text("tax_rate_id", tax_rate_id)
        )
    if currency is not None:
        _body["currency"] = currency if type(currency) is str else _args.text("currency", currency)
    if remove_plan_ids is not None:
        _body["remove_plan_ids"] = _args.structured(
            "remove_plan_ids", remove_plan_ids, _ATTACH_REMOVE_PLAN_IDS, _VERSION
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _create_schedule_request(
    customer_id: Any,
    phases: Any,
    entity_id: Any,
    free_trial: Any,
    currency: Any,
    invoice_mode: Any,
    discounts: Any,
    success_url: Any,
    checkout_session_params: Any,
    redirect_mode: Any,
    billing_behavior: Any,
    no_billing_changes: Any,
    billing_cycle_anchor: Any,
    enable_plan_immediately: Any,
    preserve_add_ons: Any,
    unscheduled_plans: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of create_schedule() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "phases": _args.structured("phases", phases, _CREATE_SCHEDULE_PHASES, _VERSION),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if free_trial is not UNSET:
        _body["free_trial"] = (
            None
            if free_trial is None
            else _args.structured("free_trial", free_trial, _CREATE_SCHEDULE_FREE_TRIAL, _VERSION)
        )
    if currency is not None:
        _body["currency"] = _args.text("currency", currency, 3)
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured(
            "invoice_mode", invoice_mode, _CREATE_SCHEDULE_INVOICE_MODE, _VERSION
        )
    if discounts is not None:
        _body["discounts"] = _args.structured("discounts", discounts, _CREATE_SCHEDULE_DISCOUNTS, _VERSION)
    if success_url is not None:
        _body["success_url"] = (
            success_url if type(success_url) is str else _args.text("success_url", success_url)
        )
    if checkout_session_params is not None:
        _body["checkout_session_params"] = _args.json_object(
            "checkout_session_params", checkout_session_params
        )
    if redirect_mode is not None:
        _body["redirect_mode"] = _args.choice("redirect_mode", redirect_mode, _CREATE_SCHEDULE_REDIRECT_MODE)
    if billing_behavior is not None:
        _body["billing_behavior"] = _args.choice(
            "billing_behavior", billing_behavior, _CREATE_SCHEDULE_BILLING_BEHAVIOR
        )
    if no_billing_changes is not None:
        _body["no_billing_changes"] = _args.boolean("no_billing_changes", no_billing_changes)
    if billing_cycle_anchor is not None:
        _body["billing_cycle_anchor"] = _args.structured(
            "billing_cycle_anchor", billing_cycle_anchor, _CREATE_SCHEDULE_BILLING_CYCLE_ANCHOR, _VERSION
        )
    if enable_plan_immediately is not None:
        _body["enable_plan_immediately"] = _args.boolean("enable_plan_immediately", enable_plan_immediately)
    if preserve_add_ons is not None:
        _body["preserve_add_ons"] = _args.boolean("preserve_add_ons", preserve_add_ons)
    if unscheduled_plans is not None:
        _body["unscheduled_plans"] = _args.structured(
            "unscheduled_plans", unscheduled_plans, _CREATE_SCHEDULE_UNSCHEDULED_PLANS, _VERSION
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _import__request(
    customer_id: Any,
    billables: Any,
    customer_data: Any,
    processors: Any,
    dry_run: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of import_() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "billables": _args.structured("billables", billables, _IMPORT__BILLABLES, _VERSION),
    }
    if customer_data is not None:
        _body["customer_data"] = _args.structured(
            "customer_data", customer_data, _IMPORT__CUSTOMER_DATA, _VERSION
        )
    if processors is not None:
        _body["processors"] = _args.structured("processors", processors, _IMPORT__PROCESSORS, _VERSION)
    if dry_run is not None:
        _body["dry_run"] = _args.boolean("dry_run", dry_run)
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
    starts_at: Any,
    currency: Any,
    invoice_mode: Any,
    discounts: Any,
    billing_behavior: Any,
    success_url: Any,
    checkout_session_params: Any,
    redirect_mode: Any,
    new_billing_subscription: Any,
    enable_plan_immediately: Any,
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
    if starts_at is not None:
        _body["starts_at"] = _args.number("starts_at", starts_at)
    if currency is not None:
        _body["currency"] = currency if type(currency) is str else _args.text("currency", currency)
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured(
            "invoice_mode", invoice_mode, _MULTI_ATTACH_INVOICE_MODE, _VERSION
        )
    if discounts is not None:
        _body["discounts"] = _args.structured("discounts", discounts, _MULTI_ATTACH_DISCOUNTS, _VERSION)
    if billing_behavior is not None:
        _body["billing_behavior"] = _args.choice(
            "billing_behavior", billing_behavior, _MULTI_ATTACH_BILLING_BEHAVIOR
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
        _body["redirect_mode"] = _args.choice("redirect_mode", redirect_mode, _MULTI_ATTACH_REDIRECT_MODE)
    if new_billing_subscription is not None:
        _body["new_billing_subscription"] = _args.boolean(
            "new_billing_subscription", new_billing_subscription
        )
    if enable_plan_immediately is not None:
        _body["enable_plan_immediately"] = _args.boolean("enable_plan_immediately", enable_plan_immediately)
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


def _multi_update_request(
    customer_id: Any,
    updates: Any,
    entity_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of multi_update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "updates": _args.structured("updates", updates, _MULTI_UPDATE_UPDATES, _VERSION),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
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
    redirect_mode: Any,
    subscription_id: Any,
    discounts: Any,
    success_url: Any,
    new_billing_subscription: Any,
    billing_cycle_anchor: Any,
    plan_schedule: Any,
    starts_at: Any,
    ends_at: Any,
    checkout_session_params: Any,
    long_lived_checkout: Any,
    custom_line_items: Any,
    processor_subscription_id: Any,
    carry_over_balances: Any,
    carry_over_usages: Any,
    license_quantities: Any,
    metadata: Any,
    no_billing_changes: Any,
    enable_plan_immediately: Any,
    tax_rate_id: Any,
    currency: Any,
    remove_plan_ids: Any,
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
    if redirect_mode is not None:
        _body["redirect_mode"] = _args.choice("redirect_mode", redirect_mode, _PREVIEW_ATTACH_REDIRECT_MODE)
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
    if billing_cycle_anchor is not None:
        _body["billing_cycle_anchor"] = _args.structured(
            "billing_cycle_anchor", billing_cycle_anchor, _PREVIEW_ATTACH_BILLING_CYCLE_ANCHOR, _VERSION
        )
    if plan_schedule is not None:
        _body["plan_schedule"] = _args.choice("plan_schedule", plan_schedule, _PREVIEW_ATTACH_PLAN_SCHEDULE)
    if starts_at is not None:
        _body["starts_at"] = _args.number("starts_at", starts_at)
    if ends_at is not None:
        _body["ends_at"] = _args.number("ends_at", ends_at)
    if checkout_session_params is not None:
        _body["checkout_session_params"] = _args.json_object(
            "checkout_session_params", checkout_session_params
        )
    if long_lived_checkout is not None:
        _body["long_lived_checkout"] = _args.boolean("long_lived_checkout", long_lived_checkout)
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
    if carry_over_balances is not None:
        _body["carry_over_balances"] = _args.structured(
            "carry_over_balances", carry_over_balances, _PREVIEW_ATTACH_CARRY_OVER_BALANCES, _VERSION
        )
    if carry_over_usages is not None:
        _body["carry_over_usages"] = _args.structured(
            "carry_over_usages", carry_over_usages, _PREVIEW_ATTACH_CARRY_OVER_USAGES, _VERSION
        )
    if license_quantities is not None:
        _body["license_quantities"] = _args.structured(
            "license_quantities", license_quantities, _PREVIEW_ATTACH_LICENSE_QUANTITIES, _VERSION
        )
    if metadata is not None:
        _body["metadata"] = _args.json_object("metadata", metadata)
    if no_billing_changes is not None:
        _body["no_billing_changes"] = _args.boolean("no_billing_changes", no_billing_changes)
    if enable_plan_immediately is not None:
        _body["enable_plan_immediately"] = _args.boolean("enable_plan_immediately", enable_plan_immediately)
    if tax_rate_id is not None:
        _body["tax_rate_id"] = (
            tax_rate_id if type(tax_rate_id) is str else _args.text("tax_rate_id", tax_rate_id)
        )
    if currency is not None:
        _body["currency"] = currency if type(currency) is str else _args.text("currency", currency)
    if remove_plan_ids is not None:
        _body["remove_plan_ids"] = _args.structured(
            "remove_plan_ids", remove_plan_ids, _PREVIEW_ATTACH_REMOVE_PLAN_IDS, _VERSION
        )
    return _args.encode_body(_body), None


def _preview_multi_attach_request(
    customer_id: Any,
    plans: Any,
    entity_id: Any,
    free_trial: Any,
    starts_at: Any,
    currency: Any,
    invoice_mode: Any,
    discounts: Any,
    billing_behavior: Any,
    success_url: Any,
    checkout_session_params: Any,
    redirect_mode: Any,
    new_billing_subscription: Any,
    enable_plan_immediately: Any,
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
    if starts_at is not None:
        _body["starts_at"] = _args.number("starts_at", starts_at)
    if currency is not None:
        _body["currency"] = currency if type(currency) is str else _args.text("currency", currency)
    if invoice_mode is not None:
        _body["invoice_mode"] = _args.structured(
            "invoice_mode", invoice_mode, _PREVIEW_MULTI_ATTACH_INVOICE_MODE, _VERSION
        )
    if discounts is not None:
        _body["discounts"] = _args.structured(
            "discounts", discounts, _PREVIEW_MULTI_ATTACH_DISCOUNTS, _VERSION
        )
    if billing_behavior is not None:
        _body["billing_behavior"] = _args.choice(
            "billing_behavior", billing_behavior, _PREVIEW_MULTI_ATTACH_BILLING_BEHAVIOR
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
    if enable_plan_immediately is not None:
        _body["enable_plan_immediately"] = _args.boolean("enable_plan_immediately", enable_plan_immediately)
    if customer_data is not None:
        _body["customer_data"] = _args.structured(
            "customer_data", customer_data, _PREVIEW_MULTI_ATTACH_CUSTOMER_DATA, _VERSION
        )
    if entity_data is not None:
        _body["entity_data"] = _args.structured(
            "entity_data", entity_data, _PREVIEW_MULTI_ATTACH_ENTITY_DATA, _VERSION
        )
    return _args.encode_body(_body), None


def _preview_multi_update_request(
    customer_id: Any,
    updates: Any,
    entity_id: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of preview_multi_update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "updates": _args.structured("updates", updates, _PREVIEW_MULTI_UPDATE_UPDATES, _VERSION),
    }
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
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
    redirect_mode: Any,
    subscription_id: Any,
    discounts: Any,
    cancel_action: Any,
    billing_cycle_anchor: Any,
    no_billing_changes: Any,
    refund_last_payment: Any,
    recalculate_balances: Any,
    carry_over_usages: Any,
    license_quantities: Any,
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
    if redirect_mode is not None:
        _body["redirect_mode"] = _args.choice("redirect_mode", redirect_mode, _PREVIEW_UPDATE_REDIRECT_MODE)
    if subscription_id is not None:
        _body["subscription_id"] = (
            subscription_id
            if type(subscription_id) is str
            else _args.text("subscription_id", subscription_id)
        )
    if discounts is not None:
        _body["discounts"] = _args.structured("discounts", discounts, _PREVIEW_UPDATE_DISCOUNTS, _VERSION)
    if cancel_action is not None:
        _body["cancel_action"] = _args.choice("cancel_action", cancel_action, _PREVIEW_UPDATE_CANCEL_ACTION)
    if billing_cycle_anchor is not None:
        _body["billing_cycle_anchor"] = _args.structured(
            "billing_cycle_anchor", billing_cycle_anchor, _PREVIEW_UPDATE_BILLING_CYCLE_ANCHOR, _VERSION
        )
    if no_billing_changes is not None:
        _body["no_billing_changes"] = _args.boolean("no_billing_changes", no_billing_changes)
    if refund_last_payment is not None:
        _body["refund_last_payment"] = _args.choice(
            "refund_last_payment", refund_last_payment, _PREVIEW_UPDATE_REFUND_LAST_PAYMENT
        )
    if recalculate_balances is not None:
        _body["recalculate_balances"] = _args.structured(
            "recalculate_balances", recalculate_balances, _PREVIEW_UPDATE_RECALCULATE_BALANCES, _VERSION
        )
    if carry_over_usages is not None:
        _body["carry_over_usages"] = _args.structured(
            "carry_over_usages", carry_over_usages, _PREVIEW_UPDATE_CARRY_OVER_USAGES, _VERSION
        )
    if license_quantities is not None:
        _body["license_quantities"] = _args.structured(
            "license_quantities", license_quantities, _PREVIEW_UPDATE_LICENSE_QUANTITIES, _VERSION
        )
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
    billing_cycle_anchor: Any,
    starts_at: Any,
    ends_at: Any,
    checkout_session_params: Any,
    custom_line_items: Any,
    processor_subscription_id: Any,
    carry_over_balances: Any,
    carry_over_usages: Any,
    license_quantities: Any,
    metadata: Any,
    no_billing_changes: Any,
    enable_plan_immediately: Any,
    tax_rate_id: Any,
    currency: Any,
    remove_plan_ids: Any,
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
    if billing_cycle_anchor is not None:
        _body["billing_cycle_anchor"] = _args.structured(
            "billing_cycle_anchor", billing_cycle_anchor, _SETUP_PAYMENT_BILLING_CYCLE_ANCHOR, _VERSION
        )
    if starts_at is not None:
        _body["starts_at"] = _args.number("starts_at", starts_at)
    if ends_at is not None:
        _body["ends_at"] = _args.number("ends_at", ends_at)
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
    if carry_over_balances is not None:
        _body["carry_over_balances"] = _args.structured(
            "carry_over_balances", carry_over_balances, _SETUP_PAYMENT_CARRY_OVER_BALANCES, _VERSION
        )
    if carry_over_usages is not None:
        _body["carry_over_usages"] = _args.structured(
            "carry_over_usages", carry_over_usages, _SETUP_PAYMENT_CARRY_OVER_USAGES, _VERSION
        )
    if license_quantities is not None:
        _body["license_quantities"] = _args.structured(
            "license_quantities", license_quantities, _SETUP_PAYMENT_LICENSE_QUANTITIES, _VERSION
        )
    if metadata is not None:
        _body["metadata"] = _args.structured("metadata", metadata, _SETUP_PAYMENT_METADATA, _VERSION)
    if no_billing_changes is not None:
        _body["no_billing_changes"] = _args.boolean("no_billing_changes", no_billing_changes)
    if enable_plan_immediately is not None:
        _body["enable_plan_immediately"] = _args.boolean("enable_plan_immediately", enable_plan_immediately)
    if tax_rate_id is not None:
        _body["tax_rate_id"] = (
            tax_rate_id if type(tax_rate_id) is str else _args.text("tax_rate_id", tax_rate_id)
        )
    if currency is not None:
        _body["currency"] = currency if type(currency) is str else _args.text("currency", currency)
    if remove_plan_ids is not None:
        _body["remove_plan_ids"] = _args.structured(
            "remove_plan_ids", remove_plan_ids, _SETUP_PAYMENT_REMOVE_PLAN_IDS, _VERSION
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
    redirect_mode: Any,
    subscription_id: Any,
    discounts: Any,
    cancel_action: Any,
    billing_cycle_anchor: Any,
    no_billing_changes: Any,
    refund_last_payment: Any,
    recalculate_balances: Any,
    carry_over_usages: Any,
    license_quantities: Any,
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
    if redirect_mode is not None:
        _body["redirect_mode"] = _args.choice("redirect_mode", redirect_mode, _UPDATE_REDIRECT_MODE)
    if subscription_id is not None:
        _body["subscription_id"] = (
            subscription_id
            if type(subscription_id) is str
            else _args.text("subscription_id", subscription_id)
        )
    if discounts is not None:
        _body["discounts"] = _args.structured("discounts", discounts, _UPDATE_DISCOUNTS, _VERSION)
    if cancel_action is not None:
        _body["cancel_action"] = _args.choice("cancel_action", cancel_action, _UPDATE_CANCEL_ACTION)
    if billing_cycle_anchor is not None:
        _body["billing_cycle_anchor"] = _args.structured(
            "billing_cycle_anchor", billing_cycle_anchor, _UPDATE_BILLING_CYCLE_ANCHOR, _VERSION
        )
    if no_billing_changes is not None:
        _body["no_billing_changes"] = _args.boolean("no_billing_changes", no_billing_changes)
    if refund_last_payment is not None:
        _body["refund_last_payment"] = _args.choice(
            "refund_last_payment", refund_last_payment, _UPDATE_REFUND_LAST_PAYMENT
        )
    if recalculate_balances is not None:
        _body["recalculate_balances"] = _args.structured(
            "recalculate_balances", recalculate_balances, _UPDATE_RECALCULATE_BALANCES, _VERSION
        )
    if carry_over_usages is not None:
        _body["carry_over_usages"] = _args.structured(
            "carry_over_usages", carry_over_usages, _UPDATE_CARRY_OVER_USAGES, _VERSION
        )
    if license_quantities is not None:
        _body["license_quantities"] = _args.structured(
            "license_quantities", license_quantities, _UPDATE_LICENSE_QUANTITIES, _VERSION
        )
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
        return f"<autumn.billing (API 2.3): attach, create_schedule, import_, multi_attach, multi_update, open_customer_portal, preview_attach, preview_multi_attach, preview_multi_update, preview_update, setup_payment, update>"

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
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        new_billing_subscription: bool | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        plan_schedule: Literal["immediate", "end_of_cycle"] | models.PlanSchedule | None = None,
        starts_at: int | None = None,
        ends_at: int | None = None,
        checkout_session_params: Any | None = None,
        long_lived_checkout: bool | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        carry_over_balances: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
        metadata: Mapping[str, Any] | None = None,
        no_billing_changes: bool | None = None,
        enable_plan_immediately: bool | None = None,
        tax_rate_id: str | None = None,
        currency: str | None = None,
        remove_plan_ids: Sequence[str] | None = None,
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'.
            plan_schedule: When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules
                for the end of the current billing cycle. By default, upgrades are immediate and
                downgrades are scheduled.
            starts_at: Unix timestamp in milliseconds for when the attached plan should start. Future dates
                create a scheduled subscription.
            ends_at: Unix timestamp in milliseconds for when the attached plan should end.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            long_lived_checkout: If true, returns an Autumn-hosted checkout link that can create a fresh Stripe checkout
                session when opened.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
            carry_over_balances: Whether to carry over balances from the previous plan.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Seat quantities for the plan's licenses, keyed by license plan.
            metadata: Key-value metadata to attach to the Stripe subscription, invoice, and checkout session
                created during this attach flow. Keys prefixed with 'autumn_' are reserved and will be
                stripped.
            no_billing_changes: If true, skips any billing changes for the attach operation.
            enable_plan_immediately: If true, the customer's plan is activated immediately even when payment is deferred
                (invoice mode) or pending (Stripe checkout). For Stripe checkout, the customer_product is
                inserted before the customer completes the hosted form.
            tax_rate_id: Stripe tax rate ID (txr_...) to apply as the default tax rate on the created subscription,
                invoice, or checkout session line items.
            currency: Currency to bill this attach in (e.g. usd, eur). Must match the customer's currency if
                they are already locked to one, and the plan must offer a paid price in it. Defaults to
                the customer's currency, then the org default.
            remove_plan_ids: Plan IDs to expire on the customer as part of this attach. Each must be an active plan
                billed on the same subscription as the attach (or a free plan); plans on a separate
                subscription are rejected.
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
            redirect_mode,
            subscription_id,
            discounts,
            success_url,
            new_billing_subscription,
            billing_cycle_anchor,
            plan_schedule,
            starts_at,
            ends_at,
            checkout_session_params,
            long_lived_checkout,
            custom_line_items,
            processor_subscription_id,
            carry_over_balances,
            carry_over_usages,
            license_quantities,
            metadata,
            no_billing_changes,
            enable_plan_immediately,
            tax_rate_id,
            currency,
            remove_plan_ids,
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
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        new_billing_subscription: bool | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        plan_schedule: Literal["immediate", "end_of_cycle"] | models.PlanSchedule | None = None,
        starts_at: int | None = None,
        ends_at: int | None = None,
        checkout_session_params: Any | None = None,
        long_lived_checkout: bool | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        carry_over_balances: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
        metadata: Mapping[str, Any] | None = None,
        no_billing_changes: bool | None = None,
        enable_plan_immediately: bool | None = None,
        tax_rate_id: str | None = None,
        currency: str | None = None,
        remove_plan_ids: Sequence[str] | None = None,
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'.
            plan_schedule: When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules
                for the end of the current billing cycle. By default, upgrades are immediate and
                downgrades are scheduled.
            starts_at: Unix timestamp in milliseconds for when the attached plan should start. Future dates
                create a scheduled subscription.
            ends_at: Unix timestamp in milliseconds for when the attached plan should end.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            long_lived_checkout: If true, returns an Autumn-hosted checkout link that can create a fresh Stripe checkout
                session when opened.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
            carry_over_balances: Whether to carry over balances from the previous plan.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Seat quantities for the plan's licenses, keyed by license plan.
            metadata: Key-value metadata to attach to the Stripe subscription, invoice, and checkout session
                created during this attach flow. Keys prefixed with 'autumn_' are reserved and will be
                stripped.
            no_billing_changes: If true, skips any billing changes for the attach operation.
            enable_plan_immediately: If true, the customer's plan is activated immediately even when payment is deferred
                (invoice mode) or pending (Stripe checkout). For Stripe checkout, the customer_product is
                inserted before the customer completes the hosted form.
            tax_rate_id: Stripe tax rate ID (txr_...) to apply as the default tax rate on the created subscription,
                invoice, or checkout session line items.
            currency: Currency to bill this attach in (e.g. usd, eur). Must match the customer's currency if
                they are already locked to one, and the plan must offer a paid price in it. Defaults to
                the customer's currency, then the org default.
            remove_plan_ids: Plan IDs to expire on the customer as part of this attach. Each must be an active plan
                billed on the same subscription as the attach (or a free plan); plans on a separate
                subscription are rejected.
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
            redirect_mode,
            subscription_id,
            discounts,
            success_url,
            new_billing_subscription,
            billing_cycle_anchor,
            plan_schedule,
            starts_at,
            ends_at,
            checkout_session_params,
            long_lived_checkout,
            custom_line_items,
            processor_subscription_id,
            carry_over_balances,
            carry_over_usages,
            license_quantities,
            metadata,
            no_billing_changes,
            enable_plan_immediately,
            tax_rate_id,
            currency,
            remove_plan_ids,
            idempotency_key,
        )
        return await self._client._request_async(
            ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def create_schedule(
        self,
        *,
        customer_id: str,
        phases: Sequence[models.CreateScheduleParamsPhase | models.CreateScheduleParamsPhaseDict],
        entity_id: str | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None | Unset = UNSET,
        currency: str | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        billing_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        no_billing_changes: bool | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        enable_plan_immediately: bool | None = None,
        preserve_add_ons: bool | None = None,
        unscheduled_plans: Sequence[
            models.CreateScheduleParamsUnscheduledPlan | models.CreateScheduleParamsUnscheduledPlanDict
        ]
        | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CreateScheduleResponse:
        """Creates a multi-phase subscription schedule for a customer. The first phase starts immediately and subsequent phases automatically transition at their scheduled start times.

        Use this endpoint to schedule future plan changes (e.g. switch from a trial plan to a paid plan on a
        specific date) or to define a sequence of plans that should activate over time.

        Args:
            customer_id: The ID of the customer to create the schedule for.
            phases: Ordered phase definitions for the schedule.
            entity_id: Optional entity ID for an entity-scoped schedule.
            free_trial: Free trial configuration applied to every plan in the immediate phase. ``None`` sends null; leave it out to send nothing.
            currency: Three-letter Stripe-supported currency code used to bill the immediate phase (for example,
                'usd').
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply to the immediate phase. Each discount can be an Autumn reward
                ID, Stripe coupon ID, or Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            billing_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            no_billing_changes: If true, skips any billing changes for the schedule.
            billing_cycle_anchor: Pass 'now' to reset the billing cycle anchor of the immediate phase to the current time.
            enable_plan_immediately: If true, the immediate-phase cusProducts are activated immediately (and scheduled-phase
                cusProducts pre-inserted) even when payment is pending via Stripe checkout. The Autumn
                schedule rows are persisted on checkout.session.completed.
            preserve_add_ons: Deprecated and ignored. Active plans the schedule does not declare are always retained.
            unscheduled_plans: Plans billed with the immediate phase that the schedule never expires or replaces. No
                phase may declare a plan in the same group and scope.
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
        _content, _key = _create_schedule_request(
            customer_id,
            phases,
            entity_id,
            free_trial,
            currency,
            invoice_mode,
            discounts,
            success_url,
            checkout_session_params,
            redirect_mode,
            billing_behavior,
            no_billing_changes,
            billing_cycle_anchor,
            enable_plan_immediately,
            preserve_add_ons,
            unscheduled_plans,
            idempotency_key,
        )
        return self._client._request(
            CREATE_SCHEDULE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def create_schedule_async(
        self,
        *,
        customer_id: str,
        phases: Sequence[models.CreateScheduleParamsPhase | models.CreateScheduleParamsPhaseDict],
        entity_id: str | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None | Unset = UNSET,
        currency: str | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        billing_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        no_billing_changes: bool | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        enable_plan_immediately: bool | None = None,
        preserve_add_ons: bool | None = None,
        unscheduled_plans: Sequence[
            models.CreateScheduleParamsUnscheduledPlan | models.CreateScheduleParamsUnscheduledPlanDict
        ]
        | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CreateScheduleResponse:
        """Creates a multi-phase subscription schedule for a customer. The first phase starts immediately and subsequent phases automatically transition at their scheduled start times. (async)

        Use this endpoint to schedule future plan changes (e.g. switch from a trial plan to a paid plan on a
        specific date) or to define a sequence of plans that should activate over time.

        Args:
            customer_id: The ID of the customer to create the schedule for.
            phases: Ordered phase definitions for the schedule.
            entity_id: Optional entity ID for an entity-scoped schedule.
            free_trial: Free trial configuration applied to every plan in the immediate phase. ``None`` sends null; leave it out to send nothing.
            currency: Three-letter Stripe-supported currency code used to bill the immediate phase (for example,
                'usd').
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply to the immediate phase. Each discount can be an Autumn reward
                ID, Stripe coupon ID, or Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            billing_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            no_billing_changes: If true, skips any billing changes for the schedule.
            billing_cycle_anchor: Pass 'now' to reset the billing cycle anchor of the immediate phase to the current time.
            enable_plan_immediately: If true, the immediate-phase cusProducts are activated immediately (and scheduled-phase
                cusProducts pre-inserted) even when payment is pending via Stripe checkout. The Autumn
                schedule rows are persisted on checkout.session.completed.
            preserve_add_ons: Deprecated and ignored. Active plans the schedule does not declare are always retained.
            unscheduled_plans: Plans billed with the immediate phase that the schedule never expires or replaces. No
                phase may declare a plan in the same group and scope.
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
        _content, _key = _create_schedule_request(
            customer_id,
            phases,
            entity_id,
            free_trial,
            currency,
            invoice_mode,
            discounts,
            success_url,
            checkout_session_params,
            redirect_mode,
            billing_behavior,
            no_billing_changes,
            billing_cycle_anchor,
            enable_plan_immediately,
            preserve_add_ons,
            unscheduled_plans,
            idempotency_key,
        )
        return await self._client._request_async(
            CREATE_SCHEDULE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def import_(
        self,
        *,
        customer_id: str,
        billables: Sequence[models.DfuFlashParamsBillable | models.DfuFlashParamsBillableDict],
        customer_data: models.DfuFlashParamsCustomerData
        | models.DfuFlashParamsCustomerDataDict
        | None = None,
        processors: Sequence[models.DfuFlashParamsProcessor | models.DfuFlashParamsProcessorDict]
        | None = None,
        dry_run: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.DfuFlashResult:
        """Import

        Args:
            customer_id: Autumn customer to image into.
            billables: The billing objects (subscriptions, one-offs) to image, each carrying its plan.
            customer_data: Optional identity fields upserted onto the customer (applied to existing customers too).
            processors: The customer's processor identities (e.g. Stripe customer id, RevenueCat app_user_id).
                Omit for customers with no processor, e.g. those only ever on a free plan.
            dry_run: If true, validate and compute without persisting; returns what would be flashed.
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
        _content, _key = _import__request(
            customer_id,
            billables,
            customer_data,
            processors,
            dry_run,
            idempotency_key,
        )
        return self._client._request(
            IMPORT__ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def import__async(
        self,
        *,
        customer_id: str,
        billables: Sequence[models.DfuFlashParamsBillable | models.DfuFlashParamsBillableDict],
        customer_data: models.DfuFlashParamsCustomerData
        | models.DfuFlashParamsCustomerDataDict
        | None = None,
        processors: Sequence[models.DfuFlashParamsProcessor | models.DfuFlashParamsProcessorDict]
        | None = None,
        dry_run: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.DfuFlashResult:
        """Import (async)

        Args:
            customer_id: Autumn customer to image into.
            billables: The billing objects (subscriptions, one-offs) to image, each carrying its plan.
            customer_data: Optional identity fields upserted onto the customer (applied to existing customers too).
            processors: The customer's processor identities (e.g. Stripe customer id, RevenueCat app_user_id).
                Omit for customers with no processor, e.g. those only ever on a free plan.
            dry_run: If true, validate and compute without persisting; returns what would be flashed.
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
        _content, _key = _import__request(
            customer_id,
            billables,
            customer_data,
            processors,
            dry_run,
            idempotency_key,
        )
        return await self._client._request_async(
            IMPORT__ENDPOINT,
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
        starts_at: int | None = None,
        currency: str | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        billing_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        new_billing_subscription: bool | None = None,
        enable_plan_immediately: bool | None = None,
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
            starts_at: Unix timestamp in milliseconds for backdating every plan in this multi-attach.
            currency: Currency to bill this multi-attach in (e.g. usd, eur). Must match the customer's currency
                if they are already locked to one, and every plan must offer a paid price in it. Defaults
                to the customer's currency, then the org default.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            billing_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            enable_plan_immediately: If true, the cusProducts are activated immediately even when payment is pending via Stripe
                checkout.
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
            starts_at,
            currency,
            invoice_mode,
            discounts,
            billing_behavior,
            success_url,
            checkout_session_params,
            redirect_mode,
            new_billing_subscription,
            enable_plan_immediately,
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
        starts_at: int | None = None,
        currency: str | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        billing_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        new_billing_subscription: bool | None = None,
        enable_plan_immediately: bool | None = None,
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
            starts_at: Unix timestamp in milliseconds for backdating every plan in this multi-attach.
            currency: Currency to bill this multi-attach in (e.g. usd, eur). Must match the customer's currency
                if they are already locked to one, and every plan must offer a paid price in it. Defaults
                to the customer's currency, then the org default.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            billing_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            enable_plan_immediately: If true, the cusProducts are activated immediately even when payment is pending via Stripe
                checkout.
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
            starts_at,
            currency,
            invoice_mode,
            discounts,
            billing_behavior,
            success_url,
            checkout_session_params,
            redirect_mode,
            new_billing_subscription,
            enable_plan_immediately,
            customer_data,
            entity_data,
            idempotency_key,
        )
        return await self._client._request_async(
            MULTI_ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def multi_update(
        self,
        *,
        customer_id: str,
        updates: Sequence[models.MultiUpdateParamsUpdate | models.MultiUpdateParamsUpdateDict],
        entity_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AttachResponse:
        """Updates multiple plans on a customer in a single request. Currently supports cancel actions (immediately, end of cycle, or uncancel) across one or more subscriptions.

        Use this endpoint to cancel or uncancel several plans atomically in one call — for example canceling
        a main plan together with its add-ons, or plans across multiple entities.

        Args:
            customer_id: The ID of the customer to update plans for.
            updates: The list of plan updates to apply to the customer.
            entity_id: The ID of the entity to update plans for. Individual updates can override this with their
                own entity_id.
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
        _content, _key = _multi_update_request(
            customer_id,
            updates,
            entity_id,
            idempotency_key,
        )
        return self._client._request(
            MULTI_UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def multi_update_async(
        self,
        *,
        customer_id: str,
        updates: Sequence[models.MultiUpdateParamsUpdate | models.MultiUpdateParamsUpdateDict],
        entity_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.AttachResponse:
        """Updates multiple plans on a customer in a single request. Currently supports cancel actions (immediately, end of cycle, or uncancel) across one or more subscriptions. (async)

        Use this endpoint to cancel or uncancel several plans atomically in one call — for example canceling
        a main plan together with its add-ons, or plans across multiple entities.

        Args:
            customer_id: The ID of the customer to update plans for.
            updates: The list of plan updates to apply to the customer.
            entity_id: The ID of the entity to update plans for. Individual updates can override this with their
                own entity_id.
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
        _content, _key = _multi_update_request(
            customer_id,
            updates,
            entity_id,
            idempotency_key,
        )
        return await self._client._request_async(
            MULTI_UPDATE_ENDPOINT,
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
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        new_billing_subscription: bool | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        plan_schedule: Literal["immediate", "end_of_cycle"] | models.PlanSchedule | None = None,
        starts_at: int | None = None,
        ends_at: int | None = None,
        checkout_session_params: Any | None = None,
        long_lived_checkout: bool | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        carry_over_balances: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
        metadata: Mapping[str, Any] | None = None,
        no_billing_changes: bool | None = None,
        enable_plan_immediately: bool | None = None,
        tax_rate_id: str | None = None,
        currency: str | None = None,
        remove_plan_ids: Sequence[str] | None = None,
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'.
            plan_schedule: When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules
                for the end of the current billing cycle. By default, upgrades are immediate and
                downgrades are scheduled.
            starts_at: Unix timestamp in milliseconds for when the attached plan should start. Future dates
                create a scheduled subscription.
            ends_at: Unix timestamp in milliseconds for when the attached plan should end.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            long_lived_checkout: If true, returns an Autumn-hosted checkout link that can create a fresh Stripe checkout
                session when opened.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
            carry_over_balances: Whether to carry over balances from the previous plan.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Seat quantities for the plan's licenses, keyed by license plan.
            metadata: Key-value metadata to attach to the Stripe subscription, invoice, and checkout session
                created during this attach flow. Keys prefixed with 'autumn_' are reserved and will be
                stripped.
            no_billing_changes: If true, skips any billing changes for the attach operation.
            enable_plan_immediately: If true, the customer's plan is activated immediately even when payment is deferred
                (invoice mode) or pending (Stripe checkout). For Stripe checkout, the customer_product is
                inserted before the customer completes the hosted form.
            tax_rate_id: Stripe tax rate ID (txr_...) to apply as the default tax rate on the created subscription,
                invoice, or checkout session line items.
            currency: Currency to bill this attach in (e.g. usd, eur). Must match the customer's currency if
                they are already locked to one, and the plan must offer a paid price in it. Defaults to
                the customer's currency, then the org default.
            remove_plan_ids: Plan IDs to expire on the customer as part of this attach. Each must be an active plan
                billed on the same subscription as the attach (or a free plan); plans on a separate
                subscription are rejected.
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
            redirect_mode,
            subscription_id,
            discounts,
            success_url,
            new_billing_subscription,
            billing_cycle_anchor,
            plan_schedule,
            starts_at,
            ends_at,
            checkout_session_params,
            long_lived_checkout,
            custom_line_items,
            processor_subscription_id,
            carry_over_balances,
            carry_over_usages,
            license_quantities,
            metadata,
            no_billing_changes,
            enable_plan_immediately,
            tax_rate_id,
            currency,
            remove_plan_ids,
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
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        success_url: str | None = None,
        new_billing_subscription: bool | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        plan_schedule: Literal["immediate", "end_of_cycle"] | models.PlanSchedule | None = None,
        starts_at: int | None = None,
        ends_at: int | None = None,
        checkout_session_params: Any | None = None,
        long_lived_checkout: bool | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        carry_over_balances: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
        metadata: Mapping[str, Any] | None = None,
        no_billing_changes: bool | None = None,
        enable_plan_immediately: bool | None = None,
        tax_rate_id: str | None = None,
        currency: str | None = None,
        remove_plan_ids: Sequence[str] | None = None,
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'.
            plan_schedule: When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules
                for the end of the current billing cycle. By default, upgrades are immediate and
                downgrades are scheduled.
            starts_at: Unix timestamp in milliseconds for when the attached plan should start. Future dates
                create a scheduled subscription.
            ends_at: Unix timestamp in milliseconds for when the attached plan should end.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            long_lived_checkout: If true, returns an Autumn-hosted checkout link that can create a fresh Stripe checkout
                session when opened.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
            carry_over_balances: Whether to carry over balances from the previous plan.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Seat quantities for the plan's licenses, keyed by license plan.
            metadata: Key-value metadata to attach to the Stripe subscription, invoice, and checkout session
                created during this attach flow. Keys prefixed with 'autumn_' are reserved and will be
                stripped.
            no_billing_changes: If true, skips any billing changes for the attach operation.
            enable_plan_immediately: If true, the customer's plan is activated immediately even when payment is deferred
                (invoice mode) or pending (Stripe checkout). For Stripe checkout, the customer_product is
                inserted before the customer completes the hosted form.
            tax_rate_id: Stripe tax rate ID (txr_...) to apply as the default tax rate on the created subscription,
                invoice, or checkout session line items.
            currency: Currency to bill this attach in (e.g. usd, eur). Must match the customer's currency if
                they are already locked to one, and the plan must offer a paid price in it. Defaults to
                the customer's currency, then the org default.
            remove_plan_ids: Plan IDs to expire on the customer as part of this attach. Each must be an active plan
                billed on the same subscription as the attach (or a free plan); plans on a separate
                subscription are rejected.
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
            redirect_mode,
            subscription_id,
            discounts,
            success_url,
            new_billing_subscription,
            billing_cycle_anchor,
            plan_schedule,
            starts_at,
            ends_at,
            checkout_session_params,
            long_lived_checkout,
            custom_line_items,
            processor_subscription_id,
            carry_over_balances,
            carry_over_usages,
            license_quantities,
            metadata,
            no_billing_changes,
            enable_plan_immediately,
            tax_rate_id,
            currency,
            remove_plan_ids,
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
        starts_at: int | None = None,
        currency: str | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        billing_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        new_billing_subscription: bool | None = None,
        enable_plan_immediately: bool | None = None,
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
            starts_at: Unix timestamp in milliseconds for backdating every plan in this multi-attach.
            currency: Currency to bill this multi-attach in (e.g. usd, eur). Must match the customer's currency
                if they are already locked to one, and every plan must offer a paid price in it. Defaults
                to the customer's currency, then the org default.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            billing_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            enable_plan_immediately: If true, the cusProducts are activated immediately even when payment is pending via Stripe
                checkout.
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
            starts_at,
            currency,
            invoice_mode,
            discounts,
            billing_behavior,
            success_url,
            checkout_session_params,
            redirect_mode,
            new_billing_subscription,
            enable_plan_immediately,
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
        starts_at: int | None = None,
        currency: str | None = None,
        invoice_mode: models.InvoiceMode | models.InvoiceModeDict | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        billing_behavior: Literal["prorate_immediately", "none"] | models.ProrationBehavior | None = None,
        success_url: str | None = None,
        checkout_session_params: Any | None = None,
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        new_billing_subscription: bool | None = None,
        enable_plan_immediately: bool | None = None,
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
            starts_at: Unix timestamp in milliseconds for backdating every plan in this multi-attach.
            currency: Currency to bill this multi-attach in (e.g. usd, eur). Must match the customer's currency
                if they are already locked to one, and every plan must offer a paid price in it. Defaults
                to the customer's currency, then the org default.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            billing_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            success_url: URL to redirect to after successful checkout.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            new_billing_subscription: Only applicable when the customer has an existing Stripe subscription. If true, creates a
                new separate subscription instead of merging into the existing one.
            enable_plan_immediately: If true, the cusProducts are activated immediately even when payment is pending via Stripe
                checkout.
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
            starts_at,
            currency,
            invoice_mode,
            discounts,
            billing_behavior,
            success_url,
            checkout_session_params,
            redirect_mode,
            new_billing_subscription,
            enable_plan_immediately,
            customer_data,
            entity_data,
        )
        return await self._client._request_async(
            PREVIEW_MULTI_ATTACH_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def preview_multi_update(
        self,
        *,
        customer_id: str,
        updates: Sequence[models.MultiUpdateParamsUpdate | models.MultiUpdateParamsUpdateDict],
        entity_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.MultiUpdatePreviewResponse:
        """Previews the billing changes of a multi-plan update without making any changes. Returns one core preview per affected subscription.

        Use this endpoint to show customers the credits and next-cycle changes of canceling multiple plans
        before confirming.

        Args:
            customer_id: The ID of the customer to update plans for.
            updates: The list of plan updates to apply to the customer.
            entity_id: The ID of the entity to update plans for. Individual updates can override this with their
                own entity_id.
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
        _content, _key = _preview_multi_update_request(
            customer_id,
            updates,
            entity_id,
        )
        return self._client._request(
            PREVIEW_MULTI_UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def preview_multi_update_async(
        self,
        *,
        customer_id: str,
        updates: Sequence[models.MultiUpdateParamsUpdate | models.MultiUpdateParamsUpdateDict],
        entity_id: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.MultiUpdatePreviewResponse:
        """Previews the billing changes of a multi-plan update without making any changes. Returns one core preview per affected subscription. (async)

        Use this endpoint to show customers the credits and next-cycle changes of canceling multiple plans
        before confirming.

        Args:
            customer_id: The ID of the customer to update plans for.
            updates: The list of plan updates to apply to the customer.
            entity_id: The ID of the entity to update plans for. Individual updates can override this with their
                own entity_id.
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
        _content, _key = _preview_multi_update_request(
            customer_id,
            updates,
            entity_id,
        )
        return await self._client._request_async(
            PREVIEW_MULTI_UPDATE_ENDPOINT,
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
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        cancel_action: Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"]
        | models.CancelAction
        | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        no_billing_changes: bool | None = None,
        refund_last_payment: Literal["prorated", "full"] | models.RefundLastPayment | None = None,
        recalculate_balances: models.UpdateSubscriptionParamsRecalculateBalances
        | models.UpdateSubscriptionParamsRecalculateBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.PreviewUpdateResponse:
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            cancel_action: Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
                'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'
            no_billing_changes: If true, the subscription is updated internally without applying billing changes in
                Stripe.
            refund_last_payment: Controls how the last payment is refunded on immediate cancellation. 'prorated' refunds
                the unused portion, 'full' refunds the entire last payment.
            recalculate_balances: Controls whether balances should be recalculated during the subscription update.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Total seat quantities (inclusive of the license's included count) per license plan offered
                by this plan. Licenses not listed keep their current paid quantity.
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
            redirect_mode,
            subscription_id,
            discounts,
            cancel_action,
            billing_cycle_anchor,
            no_billing_changes,
            refund_last_payment,
            recalculate_balances,
            carry_over_usages,
            license_quantities,
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
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        cancel_action: Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"]
        | models.CancelAction
        | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        no_billing_changes: bool | None = None,
        refund_last_payment: Literal["prorated", "full"] | models.RefundLastPayment | None = None,
        recalculate_balances: models.UpdateSubscriptionParamsRecalculateBalances
        | models.UpdateSubscriptionParamsRecalculateBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.PreviewUpdateResponse:
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            cancel_action: Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
                'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'
            no_billing_changes: If true, the subscription is updated internally without applying billing changes in
                Stripe.
            refund_last_payment: Controls how the last payment is refunded on immediate cancellation. 'prorated' refunds
                the unused portion, 'full' refunds the entire last payment.
            recalculate_balances: Controls whether balances should be recalculated during the subscription update.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Total seat quantities (inclusive of the license's included count) per license plan offered
                by this plan. Licenses not listed keep their current paid quantity.
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
            redirect_mode,
            subscription_id,
            discounts,
            cancel_action,
            billing_cycle_anchor,
            no_billing_changes,
            refund_last_payment,
            recalculate_balances,
            carry_over_usages,
            license_quantities,
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
        billing_cycle_anchor: Literal["now"] | None = None,
        starts_at: int | None = None,
        ends_at: int | None = None,
        checkout_session_params: Any | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        carry_over_balances: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
        metadata: Mapping[str, Any] | None = None,
        no_billing_changes: bool | None = None,
        enable_plan_immediately: bool | None = None,
        tax_rate_id: str | None = None,
        currency: str | None = None,
        remove_plan_ids: Sequence[str] | None = None,
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'.
            starts_at: Unix timestamp in milliseconds for when the attached plan should start. Future dates
                create a scheduled subscription.
            ends_at: Unix timestamp in milliseconds for when the attached plan should end.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
            carry_over_balances: Whether to carry over balances from the previous plan.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Seat quantities for the plan's licenses, keyed by license plan.
            metadata: Key-value metadata to attach to the Stripe subscription, invoice, and checkout session
                created during this attach flow. Keys prefixed with 'autumn_' are reserved and will be
                stripped.
            no_billing_changes: If true, skips any billing changes for the attach operation.
            enable_plan_immediately: If true, the customer's plan is activated immediately even when payment is deferred
                (invoice mode) or pending (Stripe checkout). For Stripe checkout, the customer_product is
                inserted before the customer completes the hosted form.
            tax_rate_id: Stripe tax rate ID (txr_...) to apply as the default tax rate on the created subscription,
                invoice, or checkout session line items.
            currency: Currency to bill this attach in (e.g. usd, eur). Must match the customer's currency if
                they are already locked to one, and the plan must offer a paid price in it. Defaults to
                the customer's currency, then the org default.
            remove_plan_ids: Plan IDs to expire on the customer as part of this attach. Each must be an active plan
                billed on the same subscription as the attach (or a free plan); plans on a separate
                subscription are rejected.
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
            billing_cycle_anchor,
            starts_at,
            ends_at,
            checkout_session_params,
            custom_line_items,
            processor_subscription_id,
            carry_over_balances,
            carry_over_usages,
            license_quantities,
            metadata,
            no_billing_changes,
            enable_plan_immediately,
            tax_rate_id,
            currency,
            remove_plan_ids,
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
        billing_cycle_anchor: Literal["now"] | None = None,
        starts_at: int | None = None,
        ends_at: int | None = None,
        checkout_session_params: Any | None = None,
        custom_line_items: Sequence[models.CustomLineItem | models.CustomLineItemDict] | None = None,
        processor_subscription_id: str | None = None,
        carry_over_balances: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
        metadata: Mapping[str, Any] | None = None,
        no_billing_changes: bool | None = None,
        enable_plan_immediately: bool | None = None,
        tax_rate_id: str | None = None,
        currency: str | None = None,
        remove_plan_ids: Sequence[str] | None = None,
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            success_url: URL to redirect to after successful checkout.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'.
            starts_at: Unix timestamp in milliseconds for when the attached plan should start. Future dates
                create a scheduled subscription.
            ends_at: Unix timestamp in milliseconds for when the attached plan should end.
            checkout_session_params: Additional parameters to pass into the creation of the Stripe checkout session.
            custom_line_items: Custom line items that override the auto-generated proration invoice. Only valid for
                immediate plan changes (eg. upgrades or one off plans).
            processor_subscription_id: The processor subscription ID to link. Use this to attach an existing Stripe subscription
                instead of creating a new one.
            carry_over_balances: Whether to carry over balances from the previous plan.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Seat quantities for the plan's licenses, keyed by license plan.
            metadata: Key-value metadata to attach to the Stripe subscription, invoice, and checkout session
                created during this attach flow. Keys prefixed with 'autumn_' are reserved and will be
                stripped.
            no_billing_changes: If true, skips any billing changes for the attach operation.
            enable_plan_immediately: If true, the customer's plan is activated immediately even when payment is deferred
                (invoice mode) or pending (Stripe checkout). For Stripe checkout, the customer_product is
                inserted before the customer completes the hosted form.
            tax_rate_id: Stripe tax rate ID (txr_...) to apply as the default tax rate on the created subscription,
                invoice, or checkout session line items.
            currency: Currency to bill this attach in (e.g. usd, eur). Must match the customer's currency if
                they are already locked to one, and the plan must offer a paid price in it. Defaults to
                the customer's currency, then the org default.
            remove_plan_ids: Plan IDs to expire on the customer as part of this attach. Each must be an active plan
                billed on the same subscription as the attach (or a free plan); plans on a separate
                subscription are rejected.
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
            billing_cycle_anchor,
            starts_at,
            ends_at,
            checkout_session_params,
            custom_line_items,
            processor_subscription_id,
            carry_over_balances,
            carry_over_usages,
            license_quantities,
            metadata,
            no_billing_changes,
            enable_plan_immediately,
            tax_rate_id,
            currency,
            remove_plan_ids,
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
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        cancel_action: Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"]
        | models.CancelAction
        | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        no_billing_changes: bool | None = None,
        refund_last_payment: Literal["prorated", "full"] | models.RefundLastPayment | None = None,
        recalculate_balances: models.UpdateSubscriptionParamsRecalculateBalances
        | models.UpdateSubscriptionParamsRecalculateBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            cancel_action: Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
                'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'
            no_billing_changes: If true, the subscription is updated internally without applying billing changes in
                Stripe.
            refund_last_payment: Controls how the last payment is refunded on immediate cancellation. 'prorated' refunds
                the unused portion, 'full' refunds the entire last payment.
            recalculate_balances: Controls whether balances should be recalculated during the subscription update.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Total seat quantities (inclusive of the license's included count) per license plan offered
                by this plan. Licenses not listed keep their current paid quantity.
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
            redirect_mode,
            subscription_id,
            discounts,
            cancel_action,
            billing_cycle_anchor,
            no_billing_changes,
            refund_last_payment,
            recalculate_balances,
            carry_over_usages,
            license_quantities,
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
        redirect_mode: Literal["always", "if_required", "never"] | models.RedirectMode | None = None,
        subscription_id: str | None = None,
        discounts: Sequence[models.AttachDiscount | models.AttachDiscountDict] | None = None,
        cancel_action: Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"]
        | models.CancelAction
        | None = None,
        billing_cycle_anchor: Literal["now"] | None = None,
        no_billing_changes: bool | None = None,
        refund_last_payment: Literal["prorated", "full"] | models.RefundLastPayment | None = None,
        recalculate_balances: models.UpdateSubscriptionParamsRecalculateBalances
        | models.UpdateSubscriptionParamsRecalculateBalancesDict
        | None = None,
        carry_over_usages: models.AttachParamsCarryOverBalances
        | models.AttachParamsCarryOverBalancesDict
        | None = None,
        license_quantities: Sequence[
            models.AttachParamsLicenseQuantity | models.AttachParamsLicenseQuantityDict
        ]
        | None = None,
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
            customize: Customize the plan to attach. Can override the price, items, licenses, free trial, or a
                combination.
            invoice_mode: Invoice mode creates a draft or open invoice and sends it to the customer, instead of
                charging their card immediately. This uses Stripe's send_invoice collection method.
            proration_behavior: How to handle proration when updating an existing subscription. 'prorate_immediately'
                charges/credits prorated amounts now, 'none' skips creating any charges.
            redirect_mode: Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds,
                'if_required' only when payment action is needed, 'never' disables redirects.
            subscription_id: A unique ID to identify this subscription. Can be used to target specific subscriptions in
                update operations when a customer has multiple products with the same plan.
            discounts: List of discounts to apply. Each discount can be an Autumn reward ID, Stripe coupon ID, or
                Stripe promotion code.
            cancel_action: Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
                'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.
            billing_cycle_anchor: Reset the billing cycle anchor immediately with 'now'
            no_billing_changes: If true, the subscription is updated internally without applying billing changes in
                Stripe.
            refund_last_payment: Controls how the last payment is refunded on immediate cancellation. 'prorated' refunds
                the unused portion, 'full' refunds the entire last payment.
            recalculate_balances: Controls whether balances should be recalculated during the subscription update.
            carry_over_usages: Whether to carry over balances from the previous plan.
            license_quantities: Total seat quantities (inclusive of the license's included count) per license plan offered
                by this plan. Licenses not listed keep their current paid quantity.
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
            redirect_mode,
            subscription_id,
            discounts,
            cancel_action,
            billing_cycle_anchor,
            no_billing_changes,
            refund_last_payment,
            recalculate_balances,
            carry_over_usages,
            license_quantities,
            idempotency_key,
        )
        return await self._client._request_async(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
