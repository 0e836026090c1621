# generated from openapi*.yaml — do not edit
"""The data models of the Autumn API. Each one is imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aggregate_bin import AggregateBin
    from .aggregate_bin_grouped_values import AggregateBinGroupedValues
    from .aggregate_bin_values import AggregateBinValues
    from .aggregate_custom_range import AggregateCustomRange, AggregateCustomRangeDict
    from .aggregate_events_response import AggregateEventsResponse
    from .aggregate_events_response_total import AggregateEventsResponseTotal
    from .aggregate_range import AggregateRange
    from .aggregate_total import AggregateTotal
    from .attach_discount import AttachDiscount, AttachDiscountDict
    from .attach_invoice import AttachInvoice
    from .attach_response import AttachResponse
    from .attach_scenario import AttachScenario
    from .auto_topup import AutoTopup, AutoTopupDict
    from .auto_topup_purchase_limit import AutoTopupPurchaseLimit, AutoTopupPurchaseLimitDict
    from .balance import Balance
    from .balance_breakdown import BalanceBreakdown
    from .balance_price import BalancePrice
    from .balance_reset import BalanceReset
    from .balance_rollover import BalanceRollover
    from .billing_controls import BillingControls, BillingControlsDict
    from .billing_interval import BillingInterval
    from .billing_method import BillingMethod
    from .bin_size import BinSize
    from .cancel_action import CancelAction
    from .check_preview import CheckPreview
    from .check_response import CheckResponse
    from .credit_schema_item import CreditSchemaItem, CreditSchemaItemDict
    from .custom_line_item import CustomLineItem, CustomLineItemDict
    from .custom_range import CustomRange, CustomRangeDict
    from .customer import Customer
    from .customer_balances import CustomerBalances
    from .customer_data import CustomerData, CustomerDataDict
    from .customer_entity import CustomerEntity
    from .customer_expand import CustomerExpand
    from .customer_list_item import CustomerListItem
    from .customer_rewards import CustomerRewards
    from .customize import Customize, CustomizeDict
    from .entity import Entity
    from .entity_data import EntityData, EntityDataDict
    from .environment import Environment
    from .event import Event
    from .feature import Feature
    from .feature_display import FeatureDisplay
    from .feature_quantity import FeatureQuantity, FeatureQuantityDict
    from .feature_type import FeatureType
    from .free_trial import FreeTrial
    from .free_trial_duration import FreeTrialDuration
    from .free_trial_params import FreeTrialParams, FreeTrialParamsDict
    from .invoice import Invoice
    from .invoice_mode import InvoiceMode, InvoiceModeDict
    from .item_price import ItemPrice
    from .item_reset import ItemReset, ItemResetDict
    from .line_item import LineItem
    from .line_item_discount import LineItemDiscount
    from .list_customers_response import ListCustomersResponse
    from .list_events_response import ListEventsResponse
    from .list_features_response import ListFeaturesResponse
    from .list_plans_response import ListPlansResponse
    from .multi_attach_customize import MultiAttachCustomize, MultiAttachCustomizeDict
    from .multi_attach_plan import MultiAttachPlan, MultiAttachPlanDict
    from .next_cycle import NextCycle
    from .on_decrease import OnDecrease
    from .on_increase import OnIncrease
    from .open_customer_portal_response import OpenCustomerPortalResponse
    from .plan import Plan
    from .plan_customer_eligibility import PlanCustomerEligibility
    from .plan_filter import PlanFilter, PlanFilterDict
    from .plan_item import PlanItem, PlanItemDict
    from .plan_item_details import PlanItemDetails
    from .plan_item_details_feature import PlanItemDetailsFeature
    from .plan_item_details_feature_display import (
        PlanItemDetailsFeatureDisplay,
        PlanItemDetailsFeatureDisplayDict,
    )
    from .plan_item_details_feature_type import PlanItemDetailsFeatureType
    from .plan_item_price import PlanItemPrice, PlanItemPriceDict
    from .plan_item_price_tier import PlanItemPriceTier, PlanItemPriceTierDict
    from .plan_item_proration import PlanItemProration, PlanItemProrationDict
    from .plan_item_rollover import PlanItemRollover, PlanItemRolloverDict
    from .plan_price import PlanPrice
    from .plan_schedule import PlanSchedule
    from .preview_attach_response import PreviewAttachResponse
    from .preview_product import PreviewProduct
    from .preview_scenario import PreviewScenario
    from .price_display import PriceDisplay
    from .price_params import PriceParams, PriceParamsDict
    from .product_free_trial import ProductFreeTrial
    from .product_item import ProductItem
    from .product_item_config import ProductItemConfig
    from .product_item_display import ProductItemDisplay
    from .product_item_feature_type import ProductItemFeatureType
    from .product_item_interval import ProductItemInterval
    from .product_item_rollover import ProductItemRollover
    from .product_item_type import ProductItemType
    from .product_properties import ProductProperties
    from .proration_behavior import ProrationBehavior
    from .purchase import Purchase
    from .purchase_limit_interval import PurchaseLimitInterval
    from .redirect_mode import RedirectMode
    from .referral import Referral
    from .referral_code import ReferralCode
    from .referral_redemption import ReferralRedemption
    from .referred_customer import ReferredCustomer
    from .required_action import RequiredAction
    from .required_action_code import RequiredActionCode
    from .reset_interval import ResetInterval
    from .reward_discount import RewardDiscount
    from .reward_discount_duration_type import RewardDiscountDurationType
    from .reward_discount_type import RewardDiscountType
    from .rollover_config import RolloverConfig
    from .rollover_duration import RolloverDuration
    from .setup_payment_response import SetupPaymentResponse
    from .subscription import Subscription
    from .subscription_status import SubscriptionStatus
    from .success_response import SuccessResponse
    from .tier_behavior import TierBehavior
    from .track_response import TrackResponse
    from .trial_used import TrialUsed
    from .usage_model import UsageModel

_MODULES = {
    "AggregateBin": "aggregate_bin",
    "AggregateBinGroupedValues": "aggregate_bin_grouped_values",
    "AggregateBinValues": "aggregate_bin_values",
    "AggregateCustomRange": "aggregate_custom_range",
    "AggregateCustomRangeDict": "aggregate_custom_range",
    "AggregateEventsResponse": "aggregate_events_response",
    "AggregateEventsResponseTotal": "aggregate_events_response_total",
    "AggregateRange": "aggregate_range",
    "AggregateTotal": "aggregate_total",
    "AttachDiscount": "attach_discount",
    "AttachDiscountDict": "attach_discount",
    "AttachInvoice": "attach_invoice",
    "AttachResponse": "attach_response",
    "AttachScenario": "attach_scenario",
    "AutoTopup": "auto_topup",
    "AutoTopupDict": "auto_topup",
    "AutoTopupPurchaseLimit": "auto_topup_purchase_limit",
    "AutoTopupPurchaseLimitDict": "auto_topup_purchase_limit",
    "Balance": "balance",
    "BalanceBreakdown": "balance_breakdown",
    "BalancePrice": "balance_price",
    "BalanceReset": "balance_reset",
    "BalanceRollover": "balance_rollover",
    "BillingControls": "billing_controls",
    "BillingControlsDict": "billing_controls",
    "BillingInterval": "billing_interval",
    "BillingMethod": "billing_method",
    "BinSize": "bin_size",
    "CancelAction": "cancel_action",
    "CheckPreview": "check_preview",
    "CheckResponse": "check_response",
    "CreditSchemaItem": "credit_schema_item",
    "CreditSchemaItemDict": "credit_schema_item",
    "CustomLineItem": "custom_line_item",
    "CustomLineItemDict": "custom_line_item",
    "CustomRange": "custom_range",
    "CustomRangeDict": "custom_range",
    "Customer": "customer",
    "CustomerBalances": "customer_balances",
    "CustomerData": "customer_data",
    "CustomerDataDict": "customer_data",
    "CustomerEntity": "customer_entity",
    "CustomerExpand": "customer_expand",
    "CustomerListItem": "customer_list_item",
    "CustomerRewards": "customer_rewards",
    "Customize": "customize",
    "CustomizeDict": "customize",
    "Entity": "entity",
    "EntityData": "entity_data",
    "EntityDataDict": "entity_data",
    "Environment": "environment",
    "Event": "event",
    "Feature": "feature",
    "FeatureDisplay": "feature_display",
    "FeatureQuantity": "feature_quantity",
    "FeatureQuantityDict": "feature_quantity",
    "FeatureType": "feature_type",
    "FreeTrial": "free_trial",
    "FreeTrialDuration": "free_trial_duration",
    "FreeTrialParams": "free_trial_params",
    "FreeTrialParamsDict": "free_trial_params",
    "Invoice": "invoice",
    "InvoiceMode": "invoice_mode",
    "InvoiceModeDict": "invoice_mode",
    "ItemPrice": "item_price",
    "ItemReset": "item_reset",
    "ItemResetDict": "item_reset",
    "LineItem": "line_item",
    "LineItemDiscount": "line_item_discount",
    "ListCustomersResponse": "list_customers_response",
    "ListEventsResponse": "list_events_response",
    "ListFeaturesResponse": "list_features_response",
    "ListPlansResponse": "list_plans_response",
    "MultiAttachCustomize": "multi_attach_customize",
    "MultiAttachCustomizeDict": "multi_attach_customize",
    "MultiAttachPlan": "multi_attach_plan",
    "MultiAttachPlanDict": "multi_attach_plan",
    "NextCycle": "next_cycle",
    "OnDecrease": "on_decrease",
    "OnIncrease": "on_increase",
    "OpenCustomerPortalResponse": "open_customer_portal_response",
    "Plan": "plan",
    "PlanCustomerEligibility": "plan_customer_eligibility",
    "PlanFilter": "plan_filter",
    "PlanFilterDict": "plan_filter",
    "PlanItem": "plan_item",
    "PlanItemDetails": "plan_item_details",
    "PlanItemDetailsFeature": "plan_item_details_feature",
    "PlanItemDetailsFeatureDisplay": "plan_item_details_feature_display",
    "PlanItemDetailsFeatureDisplayDict": "plan_item_details_feature_display",
    "PlanItemDetailsFeatureType": "plan_item_details_feature_type",
    "PlanItemDict": "plan_item",
    "PlanItemPrice": "plan_item_price",
    "PlanItemPriceDict": "plan_item_price",
    "PlanItemPriceTier": "plan_item_price_tier",
    "PlanItemPriceTierDict": "plan_item_price_tier",
    "PlanItemProration": "plan_item_proration",
    "PlanItemProrationDict": "plan_item_proration",
    "PlanItemRollover": "plan_item_rollover",
    "PlanItemRolloverDict": "plan_item_rollover",
    "PlanPrice": "plan_price",
    "PlanSchedule": "plan_schedule",
    "PreviewAttachResponse": "preview_attach_response",
    "PreviewProduct": "preview_product",
    "PreviewScenario": "preview_scenario",
    "PriceDisplay": "price_display",
    "PriceParams": "price_params",
    "PriceParamsDict": "price_params",
    "ProductFreeTrial": "product_free_trial",
    "ProductItem": "product_item",
    "ProductItemConfig": "product_item_config",
    "ProductItemDisplay": "product_item_display",
    "ProductItemFeatureType": "product_item_feature_type",
    "ProductItemInterval": "product_item_interval",
    "ProductItemRollover": "product_item_rollover",
    "ProductItemType": "product_item_type",
    "ProductProperties": "product_properties",
    "ProrationBehavior": "proration_behavior",
    "Purchase": "purchase",
    "PurchaseLimitInterval": "purchase_limit_interval",
    "RedirectMode": "redirect_mode",
    "Referral": "referral",
    "ReferralCode": "referral_code",
    "ReferralRedemption": "referral_redemption",
    "ReferredCustomer": "referred_customer",
    "RequiredAction": "required_action",
    "RequiredActionCode": "required_action_code",
    "ResetInterval": "reset_interval",
    "RewardDiscount": "reward_discount",
    "RewardDiscountDurationType": "reward_discount_duration_type",
    "RewardDiscountType": "reward_discount_type",
    "RolloverConfig": "rollover_config",
    "RolloverDuration": "rollover_duration",
    "SetupPaymentResponse": "setup_payment_response",
    "Subscription": "subscription",
    "SubscriptionStatus": "subscription_status",
    "SuccessResponse": "success_response",
    "TierBehavior": "tier_behavior",
    "TrackResponse": "track_response",
    "TrialUsed": "trial_used",
    "UsageModel": "usage_model",
}


if not TYPE_CHECKING:
    # Hidden from type checkers: a module __getattr__ would make every misspelt name Any.
    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "AggregateBin",
    "AggregateBinGroupedValues",
    "AggregateBinValues",
    "AggregateCustomRange",
    "AggregateCustomRangeDict",
    "AggregateEventsResponse",
    "AggregateEventsResponseTotal",
    "AggregateRange",
    "AggregateTotal",
    "AttachDiscount",
    "AttachDiscountDict",
    "AttachInvoice",
    "AttachResponse",
    "AttachScenario",
    "AutoTopup",
    "AutoTopupDict",
    "AutoTopupPurchaseLimit",
    "AutoTopupPurchaseLimitDict",
    "Balance",
    "BalanceBreakdown",
    "BalancePrice",
    "BalanceReset",
    "BalanceRollover",
    "BillingControls",
    "BillingControlsDict",
    "BillingInterval",
    "BillingMethod",
    "BinSize",
    "CancelAction",
    "CheckPreview",
    "CheckResponse",
    "CreditSchemaItem",
    "CreditSchemaItemDict",
    "CustomLineItem",
    "CustomLineItemDict",
    "CustomRange",
    "CustomRangeDict",
    "Customer",
    "CustomerBalances",
    "CustomerData",
    "CustomerDataDict",
    "CustomerEntity",
    "CustomerExpand",
    "CustomerListItem",
    "CustomerRewards",
    "Customize",
    "CustomizeDict",
    "Entity",
    "EntityData",
    "EntityDataDict",
    "Environment",
    "Event",
    "Feature",
    "FeatureDisplay",
    "FeatureQuantity",
    "FeatureQuantityDict",
    "FeatureType",
    "FreeTrial",
    "FreeTrialDuration",
    "FreeTrialParams",
    "FreeTrialParamsDict",
    "Invoice",
    "InvoiceMode",
    "InvoiceModeDict",
    "ItemPrice",
    "ItemReset",
    "ItemResetDict",
    "LineItem",
    "LineItemDiscount",
    "ListCustomersResponse",
    "ListEventsResponse",
    "ListFeaturesResponse",
    "ListPlansResponse",
    "MultiAttachCustomize",
    "MultiAttachCustomizeDict",
    "MultiAttachPlan",
    "MultiAttachPlanDict",
    "NextCycle",
    "OnDecrease",
    "OnIncrease",
    "OpenCustomerPortalResponse",
    "Plan",
    "PlanCustomerEligibility",
    "PlanFilter",
    "PlanFilterDict",
    "PlanItem",
    "PlanItemDetails",
    "PlanItemDetailsFeature",
    "PlanItemDetailsFeatureDisplay",
    "PlanItemDetailsFeatureDisplayDict",
    "PlanItemDetailsFeatureType",
    "PlanItemDict",
    "PlanItemPrice",
    "PlanItemPriceDict",
    "PlanItemPriceTier",
    "PlanItemPriceTierDict",
    "PlanItemProration",
    "PlanItemProrationDict",
    "PlanItemRollover",
    "PlanItemRolloverDict",
    "PlanPrice",
    "PlanSchedule",
    "PreviewAttachResponse",
    "PreviewProduct",
    "PreviewScenario",
    "PriceDisplay",
    "PriceParams",
    "PriceParamsDict",
    "ProductFreeTrial",
    "ProductItem",
    "ProductItemConfig",
    "ProductItemDisplay",
    "ProductItemFeatureType",
    "ProductItemInterval",
    "ProductItemRollover",
    "ProductItemType",
    "ProductProperties",
    "ProrationBehavior",
    "Purchase",
    "PurchaseLimitInterval",
    "RedirectMode",
    "Referral",
    "ReferralCode",
    "ReferralRedemption",
    "ReferredCustomer",
    "RequiredAction",
    "RequiredActionCode",
    "ResetInterval",
    "RewardDiscount",
    "RewardDiscountDurationType",
    "RewardDiscountType",
    "RolloverConfig",
    "RolloverDuration",
    "SetupPaymentResponse",
    "Subscription",
    "SubscriptionStatus",
    "SuccessResponse",
    "TierBehavior",
    "TrackResponse",
    "TrialUsed",
    "UsageModel",
)
