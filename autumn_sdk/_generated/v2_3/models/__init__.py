# generated from openapi*.yaml — do not edit
"""The data models of the Autumn API. Each one is imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aggregate_events_response import AggregateEventsResponse
    from .aggregate_events_response_deduction import AggregateEventsResponseDeduction
    from .aggregate_events_response_deduction_grouped_values import (
        AggregateEventsResponseDeductionGroupedValues,
    )
    from .aggregate_events_response_deduction_grouped_values_value import (
        AggregateEventsResponseDeductionGroupedValuesValue,
    )
    from .aggregate_events_response_deduction_grouped_values_value_value import (
        AggregateEventsResponseDeductionGroupedValuesValueValue,
    )
    from .aggregate_events_response_deduction_values import AggregateEventsResponseDeductionValues
    from .aggregate_events_response_deduction_values_value import AggregateEventsResponseDeductionValuesValue
    from .aggregate_events_response_deduction_values_value_balance import (
        AggregateEventsResponseDeductionValuesValueBalance,
    )
    from .aggregate_events_response_deduction_values_value_balance_reset import (
        AggregateEventsResponseDeductionValuesValueBalanceReset,
    )
    from .aggregate_events_response_deduction_values_value_feature_type import (
        AggregateEventsResponseDeductionValuesValueFeatureType,
    )
    from .aggregate_events_response_list import AggregateEventsResponseList
    from .aggregate_events_response_list_grouped_values import AggregateEventsResponseListGroupedValues
    from .aggregate_events_response_list_values import AggregateEventsResponseListValues
    from .aggregate_events_response_total import AggregateEventsResponseTotal
    from .aggregate_events_response_total_value import AggregateEventsResponseTotalValue
    from .attach_discount import AttachDiscount, AttachDiscountDict
    from .attach_license_params_entity import AttachLicenseParamsEntity, AttachLicenseParamsEntityDict
    from .attach_params_carry_over_balances import (
        AttachParamsCarryOverBalances,
        AttachParamsCarryOverBalancesDict,
    )
    from .attach_params_custom_line_item import AttachParamsCustomLineItem, AttachParamsCustomLineItemDict
    from .attach_params_customize import AttachParamsCustomize, AttachParamsCustomizeDict
    from .attach_params_customize_upsert_license import (
        AttachParamsCustomizeUpsertLicense,
        AttachParamsCustomizeUpsertLicenseDict,
    )
    from .attach_params_customize_upsert_license_customize import (
        AttachParamsCustomizeUpsertLicenseCustomize,
        AttachParamsCustomizeUpsertLicenseCustomizeDict,
    )
    from .attach_params_invoice_mode import AttachParamsInvoiceMode, AttachParamsInvoiceModeDict
    from .attach_params_license_quantity import AttachParamsLicenseQuantity, AttachParamsLicenseQuantityDict
    from .attach_params_metadata import AttachParamsMetadata, AttachParamsMetadataDict
    from .attach_params_plan_schedule import AttachParamsPlanSchedule
    from .attach_params_redirect_mode import AttachParamsRedirectMode
    from .attach_response import AttachResponse
    from .attach_response_invoice import AttachResponseInvoice
    from .attach_response_required_action import AttachResponseRequiredAction
    from .attach_response_required_action_code import AttachResponseRequiredActionCode
    from .balance import Balance
    from .balance_breakdown import BalanceBreakdown
    from .balance_breakdown_price import BalanceBreakdownPrice
    from .balance_breakdown_price_tier import BalanceBreakdownPriceTier
    from .balance_breakdown_reset import BalanceBreakdownReset
    from .balance_rollover import BalanceRollover
    from .base_price import BasePrice, BasePriceDict
    from .batch_track_response import BatchTrackResponse
    from .billing_behavior import BillingBehavior
    from .cancel_action import CancelAction
    from .check_params_lock import CheckParamsLock, CheckParamsLockDict
    from .check_response import CheckResponse
    from .check_response_balances import CheckResponseBalances
    from .check_response_preview import CheckResponsePreview
    from .check_response_preview_product import CheckResponsePreviewProduct
    from .check_response_preview_product_free_trial import CheckResponsePreviewProductFreeTrial
    from .check_response_preview_product_item import CheckResponsePreviewProductItem
    from .check_response_preview_product_item_config import CheckResponsePreviewProductItemConfig
    from .check_response_preview_product_item_display import CheckResponsePreviewProductItemDisplay
    from .check_response_preview_product_item_feature_type import CheckResponsePreviewProductItemFeatureType
    from .check_response_preview_product_item_interval import CheckResponsePreviewProductItemInterval
    from .check_response_preview_product_item_type import CheckResponsePreviewProductItemType
    from .check_response_preview_product_item_usage_model import CheckResponsePreviewProductItemUsageModel
    from .check_response_preview_product_properties import CheckResponsePreviewProductProperties
    from .check_response_preview_product_scenario import CheckResponsePreviewProductScenario
    from .check_response_preview_scenario import CheckResponsePreviewScenario
    from .create_balance_params_rollover import CreateBalanceParamsRollover, CreateBalanceParamsRolloverDict
    from .create_entity_response import CreateEntityResponse
    from .create_entity_response_billing_controls import CreateEntityResponseBillingControls
    from .create_plan_params_item import CreatePlanParamsItem, CreatePlanParamsItemDict
    from .create_plan_params_item_price import CreatePlanParamsItemPrice, CreatePlanParamsItemPriceDict
    from .create_plan_params_item_price_tier import (
        CreatePlanParamsItemPriceTier,
        CreatePlanParamsItemPriceTierDict,
    )
    from .create_plan_params_license import CreatePlanParamsLicense, CreatePlanParamsLicenseDict
    from .create_plan_params_license_customize import (
        CreatePlanParamsLicenseCustomize,
        CreatePlanParamsLicenseCustomizeDict,
    )
    from .create_plan_params_license_customize_add_item import (
        CreatePlanParamsLicenseCustomizeAddItem,
        CreatePlanParamsLicenseCustomizeAddItemDict,
    )
    from .create_plan_params_license_customize_add_item_price import (
        CreatePlanParamsLicenseCustomizeAddItemPrice,
        CreatePlanParamsLicenseCustomizeAddItemPriceDict,
    )
    from .create_plan_params_license_customize_add_item_price_tier import (
        CreatePlanParamsLicenseCustomizeAddItemPriceTier,
        CreatePlanParamsLicenseCustomizeAddItemPriceTierDict,
    )
    from .create_plan_params_license_customize_add_item_price_tier_additional_currency import (
        CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency,
        CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrencyDict,
    )
    from .create_referral_code_response import CreateReferralCodeResponse
    from .create_referral_program_params_received_by import CreateReferralProgramParamsReceivedBy
    from .create_referral_program_params_redeem_on import CreateReferralProgramParamsRedeemOn
    from .create_referral_program_response import CreateReferralProgramResponse
    from .create_reward_coupon_promo_code_response import CreateRewardCouponPromoCodeResponse
    from .create_reward_coupon_request import CreateRewardCouponRequest, CreateRewardCouponRequestDict
    from .create_reward_coupon_request_duration import (
        CreateRewardCouponRequestDuration,
        CreateRewardCouponRequestDurationDict,
    )
    from .create_reward_coupon_request_promo_code import (
        CreateRewardCouponRequestPromoCode,
        CreateRewardCouponRequestPromoCodeDict,
    )
    from .create_reward_coupon_request_type import CreateRewardCouponRequestType
    from .create_reward_coupon_response import CreateRewardCouponResponse
    from .create_reward_coupon_response_type import CreateRewardCouponResponseType
    from .create_reward_duration_response import CreateRewardDurationResponse
    from .create_reward_feature_grant_promo_code_response import CreateRewardFeatureGrantPromoCodeResponse
    from .create_reward_feature_grant_request import (
        CreateRewardFeatureGrantRequest,
        CreateRewardFeatureGrantRequestDict,
    )
    from .create_reward_feature_grant_request_grant import (
        CreateRewardFeatureGrantRequestGrant,
        CreateRewardFeatureGrantRequestGrantDict,
    )
    from .create_reward_feature_grant_request_grant_expiry import (
        CreateRewardFeatureGrantRequestGrantExpiry,
        CreateRewardFeatureGrantRequestGrantExpiryDict,
    )
    from .create_reward_feature_grant_request_promo_code import (
        CreateRewardFeatureGrantRequestPromoCode,
        CreateRewardFeatureGrantRequestPromoCodeDict,
    )
    from .create_reward_feature_grant_response import CreateRewardFeatureGrantResponse
    from .create_reward_grant_response import CreateRewardGrantResponse
    from .create_reward_grant_response_expiry import (
        CreateRewardGrantResponseExpiry,
        CreateRewardGrantResponseExpiryDict,
    )
    from .create_schedule_params_phase import CreateScheduleParamsPhase, CreateScheduleParamsPhaseDict
    from .create_schedule_params_phase_billing_cycle_anchor import CreateScheduleParamsPhaseBillingCycleAnchor
    from .create_schedule_params_phase_plan import (
        CreateScheduleParamsPhasePlan,
        CreateScheduleParamsPhasePlanDict,
    )
    from .create_schedule_params_phase_plan_customize import (
        CreateScheduleParamsPhasePlanCustomize,
        CreateScheduleParamsPhasePlanCustomizeDict,
    )
    from .create_schedule_params_phase_plan_customize_billing_controls import (
        CreateScheduleParamsPhasePlanCustomizeBillingControls,
        CreateScheduleParamsPhasePlanCustomizeBillingControlsDict,
    )
    from .create_schedule_params_phase_plan_customize_billing_controls_usage_limit import (
        CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimit,
        CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitDict,
    )
    from .create_schedule_params_phase_plan_customize_billing_controls_usage_limit_filter import (
        CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilter,
        CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilterDict,
    )
    from .create_schedule_params_phase_plan_customize_item import (
        CreateScheduleParamsPhasePlanCustomizeItem,
        CreateScheduleParamsPhasePlanCustomizeItemDict,
    )
    from .create_schedule_params_phase_plan_customize_item_price import (
        CreateScheduleParamsPhasePlanCustomizeItemPrice,
        CreateScheduleParamsPhasePlanCustomizeItemPriceDict,
    )
    from .create_schedule_params_phase_plan_customize_item_price_additional_currency import (
        CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency,
        CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrencyDict,
    )
    from .create_schedule_params_phase_plan_customize_item_price_tier import (
        CreateScheduleParamsPhasePlanCustomizeItemPriceTier,
        CreateScheduleParamsPhasePlanCustomizeItemPriceTierDict,
    )
    from .create_schedule_params_phase_starting_after import (
        CreateScheduleParamsPhaseStartingAfter,
        CreateScheduleParamsPhaseStartingAfterDict,
    )
    from .create_schedule_params_phase_starting_after_duration_type import (
        CreateScheduleParamsPhaseStartingAfterDurationType,
    )
    from .create_schedule_params_unscheduled_plan import (
        CreateScheduleParamsUnscheduledPlan,
        CreateScheduleParamsUnscheduledPlanDict,
    )
    from .create_schedule_params_unscheduled_plan_customize import (
        CreateScheduleParamsUnscheduledPlanCustomize,
        CreateScheduleParamsUnscheduledPlanCustomizeDict,
    )
    from .create_schedule_response import CreateScheduleResponse
    from .create_schedule_response_phase import CreateScheduleResponsePhase
    from .create_schedule_response_status import CreateScheduleResponseStatus
    from .customer import Customer
    from .customer_balances import CustomerBalances
    from .customer_billing_controls import CustomerBillingControls
    from .customer_billing_controls_auto_topup import CustomerBillingControlsAutoTopup
    from .customer_billing_controls_auto_topup_purchase_limit_1 import (
        CustomerBillingControlsAutoTopupPurchaseLimit1,
    )
    from .customer_billing_controls_auto_topup_purchase_limit_2 import (
        CustomerBillingControlsAutoTopupPurchaseLimit2,
    )
    from .customer_billing_controls_auto_topup_source import CustomerBillingControlsAutoTopupSource
    from .customer_billing_controls_overage_allowed import CustomerBillingControlsOverageAllowed
    from .customer_billing_controls_spend_limit import CustomerBillingControlsSpendLimit
    from .customer_billing_controls_usage_alert import CustomerBillingControlsUsageAlert
    from .customer_billing_controls_usage_limit import CustomerBillingControlsUsageLimit
    from .customer_billing_controls_usage_limit_filter import CustomerBillingControlsUsageLimitFilter
    from .customer_billing_controls_usage_limit_filter_properties import (
        CustomerBillingControlsUsageLimitFilterProperties,
    )
    from .customer_data import CustomerData, CustomerDataDict
    from .customer_data_billing_controls import CustomerDataBillingControls, CustomerDataBillingControlsDict
    from .customer_data_billing_controls_auto_topup import (
        CustomerDataBillingControlsAutoTopup,
        CustomerDataBillingControlsAutoTopupDict,
    )
    from .customer_data_billing_controls_auto_topup_purchase_limit import (
        CustomerDataBillingControlsAutoTopupPurchaseLimit,
        CustomerDataBillingControlsAutoTopupPurchaseLimitDict,
    )
    from .customer_data_billing_controls_auto_topup_purchase_limit_interval import (
        CustomerDataBillingControlsAutoTopupPurchaseLimitInterval,
    )
    from .customer_data_billing_controls_overage_allowed import (
        CustomerDataBillingControlsOverageAllowed,
        CustomerDataBillingControlsOverageAllowedDict,
    )
    from .customer_data_billing_controls_spend_limit import (
        CustomerDataBillingControlsSpendLimit,
        CustomerDataBillingControlsSpendLimitDict,
    )
    from .customer_data_billing_controls_spend_limit_limit_type import (
        CustomerDataBillingControlsSpendLimitLimitType,
    )
    from .customer_data_billing_controls_usage_alert import (
        CustomerDataBillingControlsUsageAlert,
        CustomerDataBillingControlsUsageAlertDict,
    )
    from .customer_data_billing_controls_usage_alert_threshold_type import (
        CustomerDataBillingControlsUsageAlertThresholdType,
    )
    from .customer_data_billing_controls_usage_limit import (
        CustomerDataBillingControlsUsageLimit,
        CustomerDataBillingControlsUsageLimitDict,
    )
    from .customer_data_billing_controls_usage_limit_anchor import CustomerDataBillingControlsUsageLimitAnchor
    from .customer_data_billing_controls_usage_limit_filter import (
        CustomerDataBillingControlsUsageLimitFilter,
        CustomerDataBillingControlsUsageLimitFilterDict,
    )
    from .customer_data_billing_controls_usage_limit_filter_properties import (
        CustomerDataBillingControlsUsageLimitFilterProperties,
        CustomerDataBillingControlsUsageLimitFilterPropertiesDict,
    )
    from .customer_data_billing_controls_usage_limit_interval import (
        CustomerDataBillingControlsUsageLimitInterval,
    )
    from .customer_data_config import CustomerDataConfig, CustomerDataConfigDict
    from .customer_entity import CustomerEntity
    from .customer_env import CustomerEnv
    from .customer_expand import CustomerExpand
    from .customer_flags import CustomerFlags
    from .customer_flags_value import CustomerFlagsValue
    from .customer_flags_value_feature import CustomerFlagsValueFeature
    from .customer_flags_value_feature_credit_schema import (
        CustomerFlagsValueFeatureCreditSchema,
        CustomerFlagsValueFeatureCreditSchemaDict,
    )
    from .customer_flags_value_feature_display import CustomerFlagsValueFeatureDisplay
    from .customer_flags_value_feature_model_markups import (
        CustomerFlagsValueFeatureModelMarkups,
        CustomerFlagsValueFeatureModelMarkupsDict,
    )
    from .customer_flags_value_feature_model_markups_value import (
        CustomerFlagsValueFeatureModelMarkupsValue,
        CustomerFlagsValueFeatureModelMarkupsValueDict,
    )
    from .customer_flags_value_feature_provider_markups import (
        CustomerFlagsValueFeatureProviderMarkups,
        CustomerFlagsValueFeatureProviderMarkupsDict,
    )
    from .customer_flags_value_feature_provider_markups_value import (
        CustomerFlagsValueFeatureProviderMarkupsValue,
        CustomerFlagsValueFeatureProviderMarkupsValueDict,
    )
    from .customer_flags_value_feature_type import CustomerFlagsValueFeatureType
    from .customer_invoice import CustomerInvoice
    from .customer_invoice_preview import CustomerInvoicePreview
    from .customer_invoice_preview_line_item import CustomerInvoicePreviewLineItem
    from .customer_invoice_preview_line_item_discount import CustomerInvoicePreviewLineItemDiscount
    from .customer_invoice_preview_line_item_period import (
        CustomerInvoicePreviewLineItemPeriod,
        CustomerInvoicePreviewLineItemPeriodDict,
    )
    from .customer_invoice_processor_type import CustomerInvoiceProcessorType
    from .customer_license import CustomerLicense
    from .customer_processors import CustomerProcessors
    from .customer_processors_revenuecat import CustomerProcessorsRevenuecat
    from .customer_processors_stripe import CustomerProcessorsStripe
    from .customer_processors_vercel import CustomerProcessorsVercel
    from .customer_purchase import CustomerPurchase
    from .customer_referral import CustomerReferral
    from .customer_referral_customer import CustomerReferralCustomer
    from .customer_rewards import CustomerRewards
    from .customer_rewards_discount import CustomerRewardsDiscount
    from .customer_rewards_discount_duration_type import CustomerRewardsDiscountDurationType
    from .customer_rewards_discount_type import CustomerRewardsDiscountType
    from .customer_subscription import CustomerSubscription
    from .customer_subscription_scope import CustomerSubscriptionScope
    from .customer_subscription_status import CustomerSubscriptionStatus
    from .customer_trials_used import CustomerTrialsUsed
    from .delete_referral_program_response import DeleteReferralProgramResponse
    from .dfu_flash_params_billable import DfuFlashParamsBillable, DfuFlashParamsBillableDict
    from .dfu_flash_params_billable_link import DfuFlashParamsBillableLink, DfuFlashParamsBillableLinkDict
    from .dfu_flash_params_billable_plan import DfuFlashParamsBillablePlan, DfuFlashParamsBillablePlanDict
    from .dfu_flash_params_billable_plan_balance import (
        DfuFlashParamsBillablePlanBalance,
        DfuFlashParamsBillablePlanBalanceDict,
    )
    from .dfu_flash_params_billable_plan_balance_filter import (
        DfuFlashParamsBillablePlanBalanceFilter,
        DfuFlashParamsBillablePlanBalanceFilterDict,
    )
    from .dfu_flash_params_billable_plan_balance_filter_billing_behavior import (
        DfuFlashParamsBillablePlanBalanceFilterBillingBehavior,
    )
    from .dfu_flash_params_billable_plan_balance_filter_interval import (
        DfuFlashParamsBillablePlanBalanceFilterInterval,
    )
    from .dfu_flash_params_billable_plan_status import DfuFlashParamsBillablePlanStatus
    from .dfu_flash_params_customer_data import DfuFlashParamsCustomerData, DfuFlashParamsCustomerDataDict
    from .dfu_flash_params_processor import DfuFlashParamsProcessor, DfuFlashParamsProcessorDict
    from .dfu_flash_result import DfuFlashResult
    from .dfu_flash_result_flashed import DfuFlashResultFlashed
    from .events_aggregate_params_aggregate_on import EventsAggregateParamsAggregateOn
    from .events_aggregate_params_bin_size import EventsAggregateParamsBinSize
    from .events_aggregate_params_range import EventsAggregateParamsRange
    from .feature_quantity import FeatureQuantity, FeatureQuantityDict
    from .finalize_balance_params_action import FinalizeBalanceParamsAction
    from .free_trial_params import FreeTrialParams, FreeTrialParamsDict
    from .get_revenue_cat_keys_response import GetRevenueCatKeysResponse
    from .get_revenue_cat_keys_response_app import GetRevenueCatKeysResponseApp
    from .get_revenue_cat_keys_response_app_api_key import GetRevenueCatKeysResponseAppApiKey
    from .get_reward_response import GetRewardResponse
    from .insert_invoices_params_invoice import InsertInvoicesParamsInvoice, InsertInvoicesParamsInvoiceDict
    from .insert_invoices_params_invoice_status import InsertInvoicesParamsInvoiceStatus
    from .insert_invoices_response import InsertInvoicesResponse
    from .insert_invoices_response_invoice import InsertInvoicesResponseInvoice
    from .link_revenue_cat_params_env import LinkRevenueCatParamsEnv
    from .link_revenue_cat_response import LinkRevenueCatResponse
    from .list_customers_params_created_at_range import (
        ListCustomersParamsCreatedAtRange,
        ListCustomersParamsCreatedAtRangeDict,
    )
    from .list_customers_params_plan import ListCustomersParamsPlan, ListCustomersParamsPlanDict
    from .list_customers_params_processor import ListCustomersParamsProcessor
    from .list_customers_params_sort_order import ListCustomersParamsSortOrder
    from .list_customers_response import ListCustomersResponse
    from .list_customers_response_list import ListCustomersResponseList
    from .list_entities_response import ListEntitiesResponse
    from .list_events_response import ListEventsResponse
    from .list_events_response_list import ListEventsResponseList
    from .list_features_response import ListFeaturesResponse
    from .list_invoices_response import ListInvoicesResponse
    from .list_invoices_response_list import ListInvoicesResponseList
    from .list_license_assignments_response import ListLicenseAssignmentsResponse
    from .list_license_assignments_response_list import ListLicenseAssignmentsResponseList
    from .list_licenses_response import ListLicensesResponse
    from .list_plans_response import ListPlansResponse
    from .list_plans_response_list import ListPlansResponseList
    from .list_plans_response_list_variant_details import ListPlansResponseListVariantDetails
    from .list_plans_response_list_variant_details_customize import (
        ListPlansResponseListVariantDetailsCustomize,
    )
    from .list_plans_response_list_variant_details_customize_add_item import (
        ListPlansResponseListVariantDetailsCustomizeAddItem,
    )
    from .list_plans_response_list_variant_details_customize_add_item_price import (
        ListPlansResponseListVariantDetailsCustomizeAddItemPrice,
    )
    from .list_plans_response_list_variant_details_customize_add_item_price_tier import (
        ListPlansResponseListVariantDetailsCustomizeAddItemPriceTier,
    )
    from .list_referral_programs_response import ListReferralProgramsResponse
    from .list_rewards_response import ListRewardsResponse
    from .mint_key_response import MintKeyResponse
    from .multi_attach_params_entity_data import MultiAttachParamsEntityData, MultiAttachParamsEntityDataDict
    from .multi_attach_params_entity_data_billing_controls import (
        MultiAttachParamsEntityDataBillingControls,
        MultiAttachParamsEntityDataBillingControlsDict,
    )
    from .multi_attach_params_plan import MultiAttachParamsPlan, MultiAttachParamsPlanDict
    from .multi_attach_params_plan_customize import (
        MultiAttachParamsPlanCustomize,
        MultiAttachParamsPlanCustomizeDict,
    )
    from .multi_update_params_update import MultiUpdateParamsUpdate, MultiUpdateParamsUpdateDict
    from .multi_update_preview_response import MultiUpdatePreviewResponse
    from .multi_update_preview_response_subscription import MultiUpdatePreviewResponseSubscription
    from .open_customer_portal_response import OpenCustomerPortalResponse
    from .plan import Plan
    from .plan_billing_controls import PlanBillingControls
    from .plan_billing_controls_auto_topup import PlanBillingControlsAutoTopup
    from .plan_config import PlanConfig, PlanConfigDict
    from .plan_customer_eligibility import PlanCustomerEligibility
    from .plan_customer_eligibility_attach_action import PlanCustomerEligibilityAttachAction
    from .plan_free_trial import PlanFreeTrial
    from .plan_free_trial_duration_type import PlanFreeTrialDurationType
    from .plan_free_trial_on_end import PlanFreeTrialOnEnd
    from .plan_item import PlanItem
    from .plan_item_details import PlanItemDetails
    from .plan_item_details_feature import PlanItemDetailsFeature
    from .plan_item_details_feature_display import (
        PlanItemDetailsFeatureDisplay,
        PlanItemDetailsFeatureDisplayDict,
    )
    from .plan_item_details_feature_type import PlanItemDetailsFeatureType
    from .plan_item_details_price import PlanItemDetailsPrice
    from .plan_item_details_price_billing_method import PlanItemDetailsPriceBillingMethod
    from .plan_item_details_price_tier import PlanItemDetailsPriceTier
    from .plan_item_details_price_tier_additional_currency import (
        PlanItemDetailsPriceTierAdditionalCurrency,
        PlanItemDetailsPriceTierAdditionalCurrencyDict,
    )
    from .plan_item_details_price_tier_behavior import PlanItemDetailsPriceTierBehavior
    from .plan_item_details_reset import PlanItemDetailsReset, PlanItemDetailsResetDict
    from .plan_item_details_reset_interval import PlanItemDetailsResetInterval
    from .plan_item_details_rollover import PlanItemDetailsRollover
    from .plan_item_details_rollover_expiry_duration_type import PlanItemDetailsRolloverExpiryDurationType
    from .plan_item_filter import PlanItemFilter, PlanItemFilterDict
    from .plan_item_price import PlanItemPrice
    from .plan_item_proration import PlanItemProration, PlanItemProrationDict
    from .plan_item_proration_on_decrease import PlanItemProrationOnDecrease
    from .plan_item_proration_on_increase import PlanItemProrationOnIncrease
    from .plan_item_rollover import PlanItemRollover, PlanItemRolloverDict
    from .plan_price import PlanPrice
    from .plan_price_additional_currency import PlanPriceAdditionalCurrency, PlanPriceAdditionalCurrencyDict
    from .plan_price_display import PlanPriceDisplay
    from .plan_price_interval import PlanPriceInterval
    from .plan_variant_details import PlanVariantDetails
    from .plan_variant_details_customize import PlanVariantDetailsCustomize
    from .plan_variant_details_customize_billing_controls import PlanVariantDetailsCustomizeBillingControls
    from .plan_variant_details_customize_billing_controls_usage_limit import (
        PlanVariantDetailsCustomizeBillingControlsUsageLimit,
    )
    from .preview_attach_response import PreviewAttachResponse
    from .preview_attach_response_checkout_type import PreviewAttachResponseCheckoutType
    from .preview_attach_response_incoming import PreviewAttachResponseIncoming
    from .preview_attach_response_incoming_feature_quantity import (
        PreviewAttachResponseIncomingFeatureQuantity,
        PreviewAttachResponseIncomingFeatureQuantityDict,
    )
    from .preview_attach_response_invoice_credits import PreviewAttachResponseInvoiceCredits
    from .preview_attach_response_next_cycle import PreviewAttachResponseNextCycle
    from .preview_attach_response_next_cycle_usage_line_item import (
        PreviewAttachResponseNextCycleUsageLineItem,
    )
    from .preview_attach_response_tax import PreviewAttachResponseTax
    from .preview_attach_response_tax_status import PreviewAttachResponseTaxStatus
    from .preview_update_response import PreviewUpdateResponse
    from .preview_update_response_intent import PreviewUpdateResponseIntent
    from .redeem_referral_code_response import RedeemReferralCodeResponse
    from .redeem_reward_code_response import RedeemRewardCodeResponse
    from .redeem_reward_code_response_entitlements_granted import RedeemRewardCodeResponseEntitlementsGranted
    from .refund_last_payment import RefundLastPayment
    from .revoke_key_response import RevokeKeyResponse
    from .setup_payment_response import SetupPaymentResponse
    from .sync_revenue_cat_params_env import SyncRevenueCatParamsEnv
    from .sync_revenue_cat_response import SyncRevenueCatResponse
    from .sync_revenue_cat_response_result import SyncRevenueCatResponseResult
    from .sync_revenue_cat_response_result_app import SyncRevenueCatResponseResultApp
    from .sync_revenue_cat_response_result_app_price import SyncRevenueCatResponseResultAppPrice
    from .sync_revenue_cat_response_result_app_product import SyncRevenueCatResponseResultAppProduct
    from .sync_revenue_cat_response_result_app_store_push import SyncRevenueCatResponseResultAppStorePush
    from .sync_revenue_cat_response_result_status import SyncRevenueCatResponseResultStatus
    from .track_params import TrackParams, TrackParamsDict
    from .track_params_overage_behavior import TrackParamsOverageBehavior
    from .track_response import TrackResponse
    from .track_response_deduction import TrackResponseDeduction
    from .update_plan_params_migration import UpdatePlanParamsMigration, UpdatePlanParamsMigrationDict
    from .update_plan_params_update_license_parent import (
        UpdatePlanParamsUpdateLicenseParent,
        UpdatePlanParamsUpdateLicenseParentDict,
    )
    from .update_plan_params_variant import UpdatePlanParamsVariant, UpdatePlanParamsVariantDict
    from .update_plan_params_variant_customize import (
        UpdatePlanParamsVariantCustomize,
        UpdatePlanParamsVariantCustomizeDict,
    )
    from .update_plan_params_variant_customize_add_item import (
        UpdatePlanParamsVariantCustomizeAddItem,
        UpdatePlanParamsVariantCustomizeAddItemDict,
    )
    from .update_plan_params_variant_customize_add_item_price import (
        UpdatePlanParamsVariantCustomizeAddItemPrice,
        UpdatePlanParamsVariantCustomizeAddItemPriceDict,
    )
    from .update_plan_params_variant_customize_add_item_price_tier import (
        UpdatePlanParamsVariantCustomizeAddItemPriceTier,
        UpdatePlanParamsVariantCustomizeAddItemPriceTierDict,
    )
    from .update_plan_params_variant_customize_billing_controls import (
        UpdatePlanParamsVariantCustomizeBillingControls,
        UpdatePlanParamsVariantCustomizeBillingControlsDict,
    )
    from .update_plan_params_variant_customize_billing_controls_usage_limit import (
        UpdatePlanParamsVariantCustomizeBillingControlsUsageLimit,
        UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitDict,
    )
    from .update_plan_params_variant_customize_billing_controls_usage_limit_filter import (
        UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilter,
        UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterDict,
    )
    from .update_plan_params_variant_customize_billing_controls_usage_limit_filter_properties import (
        UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties,
        UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterPropertiesDict,
    )
    from .update_plan_params_variant_customize_type_1 import (
        UpdatePlanParamsVariantCustomizeType1,
        UpdatePlanParamsVariantCustomizeType1Dict,
    )
    from .update_reward_coupon_request import UpdateRewardCouponRequest, UpdateRewardCouponRequestDict
    from .update_reward_feature_grant_request import (
        UpdateRewardFeatureGrantRequest,
        UpdateRewardFeatureGrantRequestDict,
    )
    from .update_reward_feature_grant_request_grant import (
        UpdateRewardFeatureGrantRequestGrant,
        UpdateRewardFeatureGrantRequestGrantDict,
    )
    from .update_subscription_params_recalculate_balances import (
        UpdateSubscriptionParamsRecalculateBalances,
        UpdateSubscriptionParamsRecalculateBalancesDict,
    )

_MODULES = {
    "AggregateEventsResponse": "aggregate_events_response",
    "AggregateEventsResponseDeduction": "aggregate_events_response_deduction",
    "AggregateEventsResponseDeductionGroupedValues": "aggregate_events_response_deduction_grouped_values",
    "AggregateEventsResponseDeductionGroupedValuesValue": "aggregate_events_response_deduction_grouped_values_value",
    "AggregateEventsResponseDeductionGroupedValuesValueValue": "aggregate_events_response_deduction_grouped_values_value_value",
    "AggregateEventsResponseDeductionValues": "aggregate_events_response_deduction_values",
    "AggregateEventsResponseDeductionValuesValue": "aggregate_events_response_deduction_values_value",
    "AggregateEventsResponseDeductionValuesValueBalance": "aggregate_events_response_deduction_values_value_balance",
    "AggregateEventsResponseDeductionValuesValueBalanceReset": "aggregate_events_response_deduction_values_value_balance_reset",
    "AggregateEventsResponseDeductionValuesValueFeatureType": "aggregate_events_response_deduction_values_value_feature_type",
    "AggregateEventsResponseList": "aggregate_events_response_list",
    "AggregateEventsResponseListGroupedValues": "aggregate_events_response_list_grouped_values",
    "AggregateEventsResponseListValues": "aggregate_events_response_list_values",
    "AggregateEventsResponseTotal": "aggregate_events_response_total",
    "AggregateEventsResponseTotalValue": "aggregate_events_response_total_value",
    "AttachDiscount": "attach_discount",
    "AttachDiscountDict": "attach_discount",
    "AttachLicenseParamsEntity": "attach_license_params_entity",
    "AttachLicenseParamsEntityDict": "attach_license_params_entity",
    "AttachParamsCarryOverBalances": "attach_params_carry_over_balances",
    "AttachParamsCarryOverBalancesDict": "attach_params_carry_over_balances",
    "AttachParamsCustomLineItem": "attach_params_custom_line_item",
    "AttachParamsCustomLineItemDict": "attach_params_custom_line_item",
    "AttachParamsCustomize": "attach_params_customize",
    "AttachParamsCustomizeDict": "attach_params_customize",
    "AttachParamsCustomizeUpsertLicense": "attach_params_customize_upsert_license",
    "AttachParamsCustomizeUpsertLicenseCustomize": "attach_params_customize_upsert_license_customize",
    "AttachParamsCustomizeUpsertLicenseCustomizeDict": "attach_params_customize_upsert_license_customize",
    "AttachParamsCustomizeUpsertLicenseDict": "attach_params_customize_upsert_license",
    "AttachParamsInvoiceMode": "attach_params_invoice_mode",
    "AttachParamsInvoiceModeDict": "attach_params_invoice_mode",
    "AttachParamsLicenseQuantity": "attach_params_license_quantity",
    "AttachParamsLicenseQuantityDict": "attach_params_license_quantity",
    "AttachParamsMetadata": "attach_params_metadata",
    "AttachParamsMetadataDict": "attach_params_metadata",
    "AttachParamsPlanSchedule": "attach_params_plan_schedule",
    "AttachParamsRedirectMode": "attach_params_redirect_mode",
    "AttachResponse": "attach_response",
    "AttachResponseInvoice": "attach_response_invoice",
    "AttachResponseRequiredAction": "attach_response_required_action",
    "AttachResponseRequiredActionCode": "attach_response_required_action_code",
    "Balance": "balance",
    "BalanceBreakdown": "balance_breakdown",
    "BalanceBreakdownPrice": "balance_breakdown_price",
    "BalanceBreakdownPriceTier": "balance_breakdown_price_tier",
    "BalanceBreakdownReset": "balance_breakdown_reset",
    "BalanceRollover": "balance_rollover",
    "BasePrice": "base_price",
    "BasePriceDict": "base_price",
    "BatchTrackResponse": "batch_track_response",
    "BillingBehavior": "billing_behavior",
    "CancelAction": "cancel_action",
    "CheckParamsLock": "check_params_lock",
    "CheckParamsLockDict": "check_params_lock",
    "CheckResponse": "check_response",
    "CheckResponseBalances": "check_response_balances",
    "CheckResponsePreview": "check_response_preview",
    "CheckResponsePreviewProduct": "check_response_preview_product",
    "CheckResponsePreviewProductFreeTrial": "check_response_preview_product_free_trial",
    "CheckResponsePreviewProductItem": "check_response_preview_product_item",
    "CheckResponsePreviewProductItemConfig": "check_response_preview_product_item_config",
    "CheckResponsePreviewProductItemDisplay": "check_response_preview_product_item_display",
    "CheckResponsePreviewProductItemFeatureType": "check_response_preview_product_item_feature_type",
    "CheckResponsePreviewProductItemInterval": "check_response_preview_product_item_interval",
    "CheckResponsePreviewProductItemType": "check_response_preview_product_item_type",
    "CheckResponsePreviewProductItemUsageModel": "check_response_preview_product_item_usage_model",
    "CheckResponsePreviewProductProperties": "check_response_preview_product_properties",
    "CheckResponsePreviewProductScenario": "check_response_preview_product_scenario",
    "CheckResponsePreviewScenario": "check_response_preview_scenario",
    "CreateBalanceParamsRollover": "create_balance_params_rollover",
    "CreateBalanceParamsRolloverDict": "create_balance_params_rollover",
    "CreateEntityResponse": "create_entity_response",
    "CreateEntityResponseBillingControls": "create_entity_response_billing_controls",
    "CreatePlanParamsItem": "create_plan_params_item",
    "CreatePlanParamsItemDict": "create_plan_params_item",
    "CreatePlanParamsItemPrice": "create_plan_params_item_price",
    "CreatePlanParamsItemPriceDict": "create_plan_params_item_price",
    "CreatePlanParamsItemPriceTier": "create_plan_params_item_price_tier",
    "CreatePlanParamsItemPriceTierDict": "create_plan_params_item_price_tier",
    "CreatePlanParamsLicense": "create_plan_params_license",
    "CreatePlanParamsLicenseCustomize": "create_plan_params_license_customize",
    "CreatePlanParamsLicenseCustomizeAddItem": "create_plan_params_license_customize_add_item",
    "CreatePlanParamsLicenseCustomizeAddItemDict": "create_plan_params_license_customize_add_item",
    "CreatePlanParamsLicenseCustomizeAddItemPrice": "create_plan_params_license_customize_add_item_price",
    "CreatePlanParamsLicenseCustomizeAddItemPriceDict": "create_plan_params_license_customize_add_item_price",
    "CreatePlanParamsLicenseCustomizeAddItemPriceTier": "create_plan_params_license_customize_add_item_price_tier",
    "CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency": "create_plan_params_license_customize_add_item_price_tier_additional_currency",
    "CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrencyDict": "create_plan_params_license_customize_add_item_price_tier_additional_currency",
    "CreatePlanParamsLicenseCustomizeAddItemPriceTierDict": "create_plan_params_license_customize_add_item_price_tier",
    "CreatePlanParamsLicenseCustomizeDict": "create_plan_params_license_customize",
    "CreatePlanParamsLicenseDict": "create_plan_params_license",
    "CreateReferralCodeResponse": "create_referral_code_response",
    "CreateReferralProgramParamsReceivedBy": "create_referral_program_params_received_by",
    "CreateReferralProgramParamsRedeemOn": "create_referral_program_params_redeem_on",
    "CreateReferralProgramResponse": "create_referral_program_response",
    "CreateRewardCouponPromoCodeResponse": "create_reward_coupon_promo_code_response",
    "CreateRewardCouponRequest": "create_reward_coupon_request",
    "CreateRewardCouponRequestDict": "create_reward_coupon_request",
    "CreateRewardCouponRequestDuration": "create_reward_coupon_request_duration",
    "CreateRewardCouponRequestDurationDict": "create_reward_coupon_request_duration",
    "CreateRewardCouponRequestPromoCode": "create_reward_coupon_request_promo_code",
    "CreateRewardCouponRequestPromoCodeDict": "create_reward_coupon_request_promo_code",
    "CreateRewardCouponRequestType": "create_reward_coupon_request_type",
    "CreateRewardCouponResponse": "create_reward_coupon_response",
    "CreateRewardCouponResponseType": "create_reward_coupon_response_type",
    "CreateRewardDurationResponse": "create_reward_duration_response",
    "CreateRewardFeatureGrantPromoCodeResponse": "create_reward_feature_grant_promo_code_response",
    "CreateRewardFeatureGrantRequest": "create_reward_feature_grant_request",
    "CreateRewardFeatureGrantRequestDict": "create_reward_feature_grant_request",
    "CreateRewardFeatureGrantRequestGrant": "create_reward_feature_grant_request_grant",
    "CreateRewardFeatureGrantRequestGrantDict": "create_reward_feature_grant_request_grant",
    "CreateRewardFeatureGrantRequestGrantExpiry": "create_reward_feature_grant_request_grant_expiry",
    "CreateRewardFeatureGrantRequestGrantExpiryDict": "create_reward_feature_grant_request_grant_expiry",
    "CreateRewardFeatureGrantRequestPromoCode": "create_reward_feature_grant_request_promo_code",
    "CreateRewardFeatureGrantRequestPromoCodeDict": "create_reward_feature_grant_request_promo_code",
    "CreateRewardFeatureGrantResponse": "create_reward_feature_grant_response",
    "CreateRewardGrantResponse": "create_reward_grant_response",
    "CreateRewardGrantResponseExpiry": "create_reward_grant_response_expiry",
    "CreateRewardGrantResponseExpiryDict": "create_reward_grant_response_expiry",
    "CreateScheduleParamsPhase": "create_schedule_params_phase",
    "CreateScheduleParamsPhaseBillingCycleAnchor": "create_schedule_params_phase_billing_cycle_anchor",
    "CreateScheduleParamsPhaseDict": "create_schedule_params_phase",
    "CreateScheduleParamsPhasePlan": "create_schedule_params_phase_plan",
    "CreateScheduleParamsPhasePlanCustomize": "create_schedule_params_phase_plan_customize",
    "CreateScheduleParamsPhasePlanCustomizeBillingControls": "create_schedule_params_phase_plan_customize_billing_controls",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsDict": "create_schedule_params_phase_plan_customize_billing_controls",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimit": "create_schedule_params_phase_plan_customize_billing_controls_usage_limit",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitDict": "create_schedule_params_phase_plan_customize_billing_controls_usage_limit",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilter": "create_schedule_params_phase_plan_customize_billing_controls_usage_limit_filter",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilterDict": "create_schedule_params_phase_plan_customize_billing_controls_usage_limit_filter",
    "CreateScheduleParamsPhasePlanCustomizeDict": "create_schedule_params_phase_plan_customize",
    "CreateScheduleParamsPhasePlanCustomizeItem": "create_schedule_params_phase_plan_customize_item",
    "CreateScheduleParamsPhasePlanCustomizeItemDict": "create_schedule_params_phase_plan_customize_item",
    "CreateScheduleParamsPhasePlanCustomizeItemPrice": "create_schedule_params_phase_plan_customize_item_price",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency": "create_schedule_params_phase_plan_customize_item_price_additional_currency",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrencyDict": "create_schedule_params_phase_plan_customize_item_price_additional_currency",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceDict": "create_schedule_params_phase_plan_customize_item_price",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceTier": "create_schedule_params_phase_plan_customize_item_price_tier",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceTierDict": "create_schedule_params_phase_plan_customize_item_price_tier",
    "CreateScheduleParamsPhasePlanDict": "create_schedule_params_phase_plan",
    "CreateScheduleParamsPhaseStartingAfter": "create_schedule_params_phase_starting_after",
    "CreateScheduleParamsPhaseStartingAfterDict": "create_schedule_params_phase_starting_after",
    "CreateScheduleParamsPhaseStartingAfterDurationType": "create_schedule_params_phase_starting_after_duration_type",
    "CreateScheduleParamsUnscheduledPlan": "create_schedule_params_unscheduled_plan",
    "CreateScheduleParamsUnscheduledPlanCustomize": "create_schedule_params_unscheduled_plan_customize",
    "CreateScheduleParamsUnscheduledPlanCustomizeDict": "create_schedule_params_unscheduled_plan_customize",
    "CreateScheduleParamsUnscheduledPlanDict": "create_schedule_params_unscheduled_plan",
    "CreateScheduleResponse": "create_schedule_response",
    "CreateScheduleResponsePhase": "create_schedule_response_phase",
    "CreateScheduleResponseStatus": "create_schedule_response_status",
    "Customer": "customer",
    "CustomerBalances": "customer_balances",
    "CustomerBillingControls": "customer_billing_controls",
    "CustomerBillingControlsAutoTopup": "customer_billing_controls_auto_topup",
    "CustomerBillingControlsAutoTopupPurchaseLimit1": "customer_billing_controls_auto_topup_purchase_limit_1",
    "CustomerBillingControlsAutoTopupPurchaseLimit2": "customer_billing_controls_auto_topup_purchase_limit_2",
    "CustomerBillingControlsAutoTopupSource": "customer_billing_controls_auto_topup_source",
    "CustomerBillingControlsOverageAllowed": "customer_billing_controls_overage_allowed",
    "CustomerBillingControlsSpendLimit": "customer_billing_controls_spend_limit",
    "CustomerBillingControlsUsageAlert": "customer_billing_controls_usage_alert",
    "CustomerBillingControlsUsageLimit": "customer_billing_controls_usage_limit",
    "CustomerBillingControlsUsageLimitFilter": "customer_billing_controls_usage_limit_filter",
    "CustomerBillingControlsUsageLimitFilterProperties": "customer_billing_controls_usage_limit_filter_properties",
    "CustomerData": "customer_data",
    "CustomerDataBillingControls": "customer_data_billing_controls",
    "CustomerDataBillingControlsAutoTopup": "customer_data_billing_controls_auto_topup",
    "CustomerDataBillingControlsAutoTopupDict": "customer_data_billing_controls_auto_topup",
    "CustomerDataBillingControlsAutoTopupPurchaseLimit": "customer_data_billing_controls_auto_topup_purchase_limit",
    "CustomerDataBillingControlsAutoTopupPurchaseLimitDict": "customer_data_billing_controls_auto_topup_purchase_limit",
    "CustomerDataBillingControlsAutoTopupPurchaseLimitInterval": "customer_data_billing_controls_auto_topup_purchase_limit_interval",
    "CustomerDataBillingControlsDict": "customer_data_billing_controls",
    "CustomerDataBillingControlsOverageAllowed": "customer_data_billing_controls_overage_allowed",
    "CustomerDataBillingControlsOverageAllowedDict": "customer_data_billing_controls_overage_allowed",
    "CustomerDataBillingControlsSpendLimit": "customer_data_billing_controls_spend_limit",
    "CustomerDataBillingControlsSpendLimitDict": "customer_data_billing_controls_spend_limit",
    "CustomerDataBillingControlsSpendLimitLimitType": "customer_data_billing_controls_spend_limit_limit_type",
    "CustomerDataBillingControlsUsageAlert": "customer_data_billing_controls_usage_alert",
    "CustomerDataBillingControlsUsageAlertDict": "customer_data_billing_controls_usage_alert",
    "CustomerDataBillingControlsUsageAlertThresholdType": "customer_data_billing_controls_usage_alert_threshold_type",
    "CustomerDataBillingControlsUsageLimit": "customer_data_billing_controls_usage_limit",
    "CustomerDataBillingControlsUsageLimitAnchor": "customer_data_billing_controls_usage_limit_anchor",
    "CustomerDataBillingControlsUsageLimitDict": "customer_data_billing_controls_usage_limit",
    "CustomerDataBillingControlsUsageLimitFilter": "customer_data_billing_controls_usage_limit_filter",
    "CustomerDataBillingControlsUsageLimitFilterDict": "customer_data_billing_controls_usage_limit_filter",
    "CustomerDataBillingControlsUsageLimitFilterProperties": "customer_data_billing_controls_usage_limit_filter_properties",
    "CustomerDataBillingControlsUsageLimitFilterPropertiesDict": "customer_data_billing_controls_usage_limit_filter_properties",
    "CustomerDataBillingControlsUsageLimitInterval": "customer_data_billing_controls_usage_limit_interval",
    "CustomerDataConfig": "customer_data_config",
    "CustomerDataConfigDict": "customer_data_config",
    "CustomerDataDict": "customer_data",
    "CustomerEntity": "customer_entity",
    "CustomerEnv": "customer_env",
    "CustomerExpand": "customer_expand",
    "CustomerFlags": "customer_flags",
    "CustomerFlagsValue": "customer_flags_value",
    "CustomerFlagsValueFeature": "customer_flags_value_feature",
    "CustomerFlagsValueFeatureCreditSchema": "customer_flags_value_feature_credit_schema",
    "CustomerFlagsValueFeatureCreditSchemaDict": "customer_flags_value_feature_credit_schema",
    "CustomerFlagsValueFeatureDisplay": "customer_flags_value_feature_display",
    "CustomerFlagsValueFeatureModelMarkups": "customer_flags_value_feature_model_markups",
    "CustomerFlagsValueFeatureModelMarkupsDict": "customer_flags_value_feature_model_markups",
    "CustomerFlagsValueFeatureModelMarkupsValue": "customer_flags_value_feature_model_markups_value",
    "CustomerFlagsValueFeatureModelMarkupsValueDict": "customer_flags_value_feature_model_markups_value",
    "CustomerFlagsValueFeatureProviderMarkups": "customer_flags_value_feature_provider_markups",
    "CustomerFlagsValueFeatureProviderMarkupsDict": "customer_flags_value_feature_provider_markups",
    "CustomerFlagsValueFeatureProviderMarkupsValue": "customer_flags_value_feature_provider_markups_value",
    "CustomerFlagsValueFeatureProviderMarkupsValueDict": "customer_flags_value_feature_provider_markups_value",
    "CustomerFlagsValueFeatureType": "customer_flags_value_feature_type",
    "CustomerInvoice": "customer_invoice",
    "CustomerInvoicePreview": "customer_invoice_preview",
    "CustomerInvoicePreviewLineItem": "customer_invoice_preview_line_item",
    "CustomerInvoicePreviewLineItemDiscount": "customer_invoice_preview_line_item_discount",
    "CustomerInvoicePreviewLineItemPeriod": "customer_invoice_preview_line_item_period",
    "CustomerInvoicePreviewLineItemPeriodDict": "customer_invoice_preview_line_item_period",
    "CustomerInvoiceProcessorType": "customer_invoice_processor_type",
    "CustomerLicense": "customer_license",
    "CustomerProcessors": "customer_processors",
    "CustomerProcessorsRevenuecat": "customer_processors_revenuecat",
    "CustomerProcessorsStripe": "customer_processors_stripe",
    "CustomerProcessorsVercel": "customer_processors_vercel",
    "CustomerPurchase": "customer_purchase",
    "CustomerReferral": "customer_referral",
    "CustomerReferralCustomer": "customer_referral_customer",
    "CustomerRewards": "customer_rewards",
    "CustomerRewardsDiscount": "customer_rewards_discount",
    "CustomerRewardsDiscountDurationType": "customer_rewards_discount_duration_type",
    "CustomerRewardsDiscountType": "customer_rewards_discount_type",
    "CustomerSubscription": "customer_subscription",
    "CustomerSubscriptionScope": "customer_subscription_scope",
    "CustomerSubscriptionStatus": "customer_subscription_status",
    "CustomerTrialsUsed": "customer_trials_used",
    "DeleteReferralProgramResponse": "delete_referral_program_response",
    "DfuFlashParamsBillable": "dfu_flash_params_billable",
    "DfuFlashParamsBillableDict": "dfu_flash_params_billable",
    "DfuFlashParamsBillableLink": "dfu_flash_params_billable_link",
    "DfuFlashParamsBillableLinkDict": "dfu_flash_params_billable_link",
    "DfuFlashParamsBillablePlan": "dfu_flash_params_billable_plan",
    "DfuFlashParamsBillablePlanBalance": "dfu_flash_params_billable_plan_balance",
    "DfuFlashParamsBillablePlanBalanceDict": "dfu_flash_params_billable_plan_balance",
    "DfuFlashParamsBillablePlanBalanceFilter": "dfu_flash_params_billable_plan_balance_filter",
    "DfuFlashParamsBillablePlanBalanceFilterBillingBehavior": "dfu_flash_params_billable_plan_balance_filter_billing_behavior",
    "DfuFlashParamsBillablePlanBalanceFilterDict": "dfu_flash_params_billable_plan_balance_filter",
    "DfuFlashParamsBillablePlanBalanceFilterInterval": "dfu_flash_params_billable_plan_balance_filter_interval",
    "DfuFlashParamsBillablePlanDict": "dfu_flash_params_billable_plan",
    "DfuFlashParamsBillablePlanStatus": "dfu_flash_params_billable_plan_status",
    "DfuFlashParamsCustomerData": "dfu_flash_params_customer_data",
    "DfuFlashParamsCustomerDataDict": "dfu_flash_params_customer_data",
    "DfuFlashParamsProcessor": "dfu_flash_params_processor",
    "DfuFlashParamsProcessorDict": "dfu_flash_params_processor",
    "DfuFlashResult": "dfu_flash_result",
    "DfuFlashResultFlashed": "dfu_flash_result_flashed",
    "EventsAggregateParamsAggregateOn": "events_aggregate_params_aggregate_on",
    "EventsAggregateParamsBinSize": "events_aggregate_params_bin_size",
    "EventsAggregateParamsRange": "events_aggregate_params_range",
    "FeatureQuantity": "feature_quantity",
    "FeatureQuantityDict": "feature_quantity",
    "FinalizeBalanceParamsAction": "finalize_balance_params_action",
    "FreeTrialParams": "free_trial_params",
    "FreeTrialParamsDict": "free_trial_params",
    "GetRevenueCatKeysResponse": "get_revenue_cat_keys_response",
    "GetRevenueCatKeysResponseApp": "get_revenue_cat_keys_response_app",
    "GetRevenueCatKeysResponseAppApiKey": "get_revenue_cat_keys_response_app_api_key",
    "GetRewardResponse": "get_reward_response",
    "InsertInvoicesParamsInvoice": "insert_invoices_params_invoice",
    "InsertInvoicesParamsInvoiceDict": "insert_invoices_params_invoice",
    "InsertInvoicesParamsInvoiceStatus": "insert_invoices_params_invoice_status",
    "InsertInvoicesResponse": "insert_invoices_response",
    "InsertInvoicesResponseInvoice": "insert_invoices_response_invoice",
    "LinkRevenueCatParamsEnv": "link_revenue_cat_params_env",
    "LinkRevenueCatResponse": "link_revenue_cat_response",
    "ListCustomersParamsCreatedAtRange": "list_customers_params_created_at_range",
    "ListCustomersParamsCreatedAtRangeDict": "list_customers_params_created_at_range",
    "ListCustomersParamsPlan": "list_customers_params_plan",
    "ListCustomersParamsPlanDict": "list_customers_params_plan",
    "ListCustomersParamsProcessor": "list_customers_params_processor",
    "ListCustomersParamsSortOrder": "list_customers_params_sort_order",
    "ListCustomersResponse": "list_customers_response",
    "ListCustomersResponseList": "list_customers_response_list",
    "ListEntitiesResponse": "list_entities_response",
    "ListEventsResponse": "list_events_response",
    "ListEventsResponseList": "list_events_response_list",
    "ListFeaturesResponse": "list_features_response",
    "ListInvoicesResponse": "list_invoices_response",
    "ListInvoicesResponseList": "list_invoices_response_list",
    "ListLicenseAssignmentsResponse": "list_license_assignments_response",
    "ListLicenseAssignmentsResponseList": "list_license_assignments_response_list",
    "ListLicensesResponse": "list_licenses_response",
    "ListPlansResponse": "list_plans_response",
    "ListPlansResponseList": "list_plans_response_list",
    "ListPlansResponseListVariantDetails": "list_plans_response_list_variant_details",
    "ListPlansResponseListVariantDetailsCustomize": "list_plans_response_list_variant_details_customize",
    "ListPlansResponseListVariantDetailsCustomizeAddItem": "list_plans_response_list_variant_details_customize_add_item",
    "ListPlansResponseListVariantDetailsCustomizeAddItemPrice": "list_plans_response_list_variant_details_customize_add_item_price",
    "ListPlansResponseListVariantDetailsCustomizeAddItemPriceTier": "list_plans_response_list_variant_details_customize_add_item_price_tier",
    "ListReferralProgramsResponse": "list_referral_programs_response",
    "ListRewardsResponse": "list_rewards_response",
    "MintKeyResponse": "mint_key_response",
    "MultiAttachParamsEntityData": "multi_attach_params_entity_data",
    "MultiAttachParamsEntityDataBillingControls": "multi_attach_params_entity_data_billing_controls",
    "MultiAttachParamsEntityDataBillingControlsDict": "multi_attach_params_entity_data_billing_controls",
    "MultiAttachParamsEntityDataDict": "multi_attach_params_entity_data",
    "MultiAttachParamsPlan": "multi_attach_params_plan",
    "MultiAttachParamsPlanCustomize": "multi_attach_params_plan_customize",
    "MultiAttachParamsPlanCustomizeDict": "multi_attach_params_plan_customize",
    "MultiAttachParamsPlanDict": "multi_attach_params_plan",
    "MultiUpdateParamsUpdate": "multi_update_params_update",
    "MultiUpdateParamsUpdateDict": "multi_update_params_update",
    "MultiUpdatePreviewResponse": "multi_update_preview_response",
    "MultiUpdatePreviewResponseSubscription": "multi_update_preview_response_subscription",
    "OpenCustomerPortalResponse": "open_customer_portal_response",
    "Plan": "plan",
    "PlanBillingControls": "plan_billing_controls",
    "PlanBillingControlsAutoTopup": "plan_billing_controls_auto_topup",
    "PlanConfig": "plan_config",
    "PlanConfigDict": "plan_config",
    "PlanCustomerEligibility": "plan_customer_eligibility",
    "PlanCustomerEligibilityAttachAction": "plan_customer_eligibility_attach_action",
    "PlanFreeTrial": "plan_free_trial",
    "PlanFreeTrialDurationType": "plan_free_trial_duration_type",
    "PlanFreeTrialOnEnd": "plan_free_trial_on_end",
    "PlanItem": "plan_item",
    "PlanItemDetails": "plan_item_details",
    "PlanItemDetailsFeature": "plan_item_details_feature",
    "PlanItemDetailsFeatureDisplay": "plan_item_details_feature_display",
    "PlanItemDetailsFeatureDisplayDict": "plan_item_details_feature_display",
    "PlanItemDetailsFeatureType": "plan_item_details_feature_type",
    "PlanItemDetailsPrice": "plan_item_details_price",
    "PlanItemDetailsPriceBillingMethod": "plan_item_details_price_billing_method",
    "PlanItemDetailsPriceTier": "plan_item_details_price_tier",
    "PlanItemDetailsPriceTierAdditionalCurrency": "plan_item_details_price_tier_additional_currency",
    "PlanItemDetailsPriceTierAdditionalCurrencyDict": "plan_item_details_price_tier_additional_currency",
    "PlanItemDetailsPriceTierBehavior": "plan_item_details_price_tier_behavior",
    "PlanItemDetailsReset": "plan_item_details_reset",
    "PlanItemDetailsResetDict": "plan_item_details_reset",
    "PlanItemDetailsResetInterval": "plan_item_details_reset_interval",
    "PlanItemDetailsRollover": "plan_item_details_rollover",
    "PlanItemDetailsRolloverExpiryDurationType": "plan_item_details_rollover_expiry_duration_type",
    "PlanItemFilter": "plan_item_filter",
    "PlanItemFilterDict": "plan_item_filter",
    "PlanItemPrice": "plan_item_price",
    "PlanItemProration": "plan_item_proration",
    "PlanItemProrationDict": "plan_item_proration",
    "PlanItemProrationOnDecrease": "plan_item_proration_on_decrease",
    "PlanItemProrationOnIncrease": "plan_item_proration_on_increase",
    "PlanItemRollover": "plan_item_rollover",
    "PlanItemRolloverDict": "plan_item_rollover",
    "PlanPrice": "plan_price",
    "PlanPriceAdditionalCurrency": "plan_price_additional_currency",
    "PlanPriceAdditionalCurrencyDict": "plan_price_additional_currency",
    "PlanPriceDisplay": "plan_price_display",
    "PlanPriceInterval": "plan_price_interval",
    "PlanVariantDetails": "plan_variant_details",
    "PlanVariantDetailsCustomize": "plan_variant_details_customize",
    "PlanVariantDetailsCustomizeBillingControls": "plan_variant_details_customize_billing_controls",
    "PlanVariantDetailsCustomizeBillingControlsUsageLimit": "plan_variant_details_customize_billing_controls_usage_limit",
    "PreviewAttachResponse": "preview_attach_response",
    "PreviewAttachResponseCheckoutType": "preview_attach_response_checkout_type",
    "PreviewAttachResponseIncoming": "preview_attach_response_incoming",
    "PreviewAttachResponseIncomingFeatureQuantity": "preview_attach_response_incoming_feature_quantity",
    "PreviewAttachResponseIncomingFeatureQuantityDict": "preview_attach_response_incoming_feature_quantity",
    "PreviewAttachResponseInvoiceCredits": "preview_attach_response_invoice_credits",
    "PreviewAttachResponseNextCycle": "preview_attach_response_next_cycle",
    "PreviewAttachResponseNextCycleUsageLineItem": "preview_attach_response_next_cycle_usage_line_item",
    "PreviewAttachResponseTax": "preview_attach_response_tax",
    "PreviewAttachResponseTaxStatus": "preview_attach_response_tax_status",
    "PreviewUpdateResponse": "preview_update_response",
    "PreviewUpdateResponseIntent": "preview_update_response_intent",
    "RedeemReferralCodeResponse": "redeem_referral_code_response",
    "RedeemRewardCodeResponse": "redeem_reward_code_response",
    "RedeemRewardCodeResponseEntitlementsGranted": "redeem_reward_code_response_entitlements_granted",
    "RefundLastPayment": "refund_last_payment",
    "RevokeKeyResponse": "revoke_key_response",
    "SetupPaymentResponse": "setup_payment_response",
    "SyncRevenueCatParamsEnv": "sync_revenue_cat_params_env",
    "SyncRevenueCatResponse": "sync_revenue_cat_response",
    "SyncRevenueCatResponseResult": "sync_revenue_cat_response_result",
    "SyncRevenueCatResponseResultApp": "sync_revenue_cat_response_result_app",
    "SyncRevenueCatResponseResultAppPrice": "sync_revenue_cat_response_result_app_price",
    "SyncRevenueCatResponseResultAppProduct": "sync_revenue_cat_response_result_app_product",
    "SyncRevenueCatResponseResultAppStorePush": "sync_revenue_cat_response_result_app_store_push",
    "SyncRevenueCatResponseResultStatus": "sync_revenue_cat_response_result_status",
    "TrackParams": "track_params",
    "TrackParamsDict": "track_params",
    "TrackParamsOverageBehavior": "track_params_overage_behavior",
    "TrackResponse": "track_response",
    "TrackResponseDeduction": "track_response_deduction",
    "UpdatePlanParamsMigration": "update_plan_params_migration",
    "UpdatePlanParamsMigrationDict": "update_plan_params_migration",
    "UpdatePlanParamsUpdateLicenseParent": "update_plan_params_update_license_parent",
    "UpdatePlanParamsUpdateLicenseParentDict": "update_plan_params_update_license_parent",
    "UpdatePlanParamsVariant": "update_plan_params_variant",
    "UpdatePlanParamsVariantCustomize": "update_plan_params_variant_customize",
    "UpdatePlanParamsVariantCustomizeAddItem": "update_plan_params_variant_customize_add_item",
    "UpdatePlanParamsVariantCustomizeAddItemDict": "update_plan_params_variant_customize_add_item",
    "UpdatePlanParamsVariantCustomizeAddItemPrice": "update_plan_params_variant_customize_add_item_price",
    "UpdatePlanParamsVariantCustomizeAddItemPriceDict": "update_plan_params_variant_customize_add_item_price",
    "UpdatePlanParamsVariantCustomizeAddItemPriceTier": "update_plan_params_variant_customize_add_item_price_tier",
    "UpdatePlanParamsVariantCustomizeAddItemPriceTierDict": "update_plan_params_variant_customize_add_item_price_tier",
    "UpdatePlanParamsVariantCustomizeBillingControls": "update_plan_params_variant_customize_billing_controls",
    "UpdatePlanParamsVariantCustomizeBillingControlsDict": "update_plan_params_variant_customize_billing_controls",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimit": "update_plan_params_variant_customize_billing_controls_usage_limit",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitDict": "update_plan_params_variant_customize_billing_controls_usage_limit",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilter": "update_plan_params_variant_customize_billing_controls_usage_limit_filter",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterDict": "update_plan_params_variant_customize_billing_controls_usage_limit_filter",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties": "update_plan_params_variant_customize_billing_controls_usage_limit_filter_properties",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterPropertiesDict": "update_plan_params_variant_customize_billing_controls_usage_limit_filter_properties",
    "UpdatePlanParamsVariantCustomizeDict": "update_plan_params_variant_customize",
    "UpdatePlanParamsVariantCustomizeType1": "update_plan_params_variant_customize_type_1",
    "UpdatePlanParamsVariantCustomizeType1Dict": "update_plan_params_variant_customize_type_1",
    "UpdatePlanParamsVariantDict": "update_plan_params_variant",
    "UpdateRewardCouponRequest": "update_reward_coupon_request",
    "UpdateRewardCouponRequestDict": "update_reward_coupon_request",
    "UpdateRewardFeatureGrantRequest": "update_reward_feature_grant_request",
    "UpdateRewardFeatureGrantRequestDict": "update_reward_feature_grant_request",
    "UpdateRewardFeatureGrantRequestGrant": "update_reward_feature_grant_request_grant",
    "UpdateRewardFeatureGrantRequestGrantDict": "update_reward_feature_grant_request_grant",
    "UpdateSubscriptionParamsRecalculateBalances": "update_subscription_params_recalculate_balances",
    "UpdateSubscriptionParamsRecalculateBalancesDict": "update_subscription_params_recalculate_balances",
}


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
    "AggregateEventsResponse",
    "AggregateEventsResponseDeduction",
    "AggregateEventsResponseDeductionGroupedValues",
    "AggregateEventsResponseDeductionGroupedValuesValue",
    "AggregateEventsResponseDeductionGroupedValuesValueValue",
    "AggregateEventsResponseDeductionValues",
    "AggregateEventsResponseDeductionValuesValue",
    "AggregateEventsResponseDeductionValuesValueBalance",
    "AggregateEventsResponseDeductionValuesValueBalanceReset",
    "AggregateEventsResponseDeductionValuesValueFeatureType",
    "AggregateEventsResponseList",
    "AggregateEventsResponseListGroupedValues",
    "AggregateEventsResponseListValues",
    "AggregateEventsResponseTotal",
    "AggregateEventsResponseTotalValue",
    "AttachDiscount",
    "AttachDiscountDict",
    "AttachLicenseParamsEntity",
    "AttachLicenseParamsEntityDict",
    "AttachParamsCarryOverBalances",
    "AttachParamsCarryOverBalancesDict",
    "AttachParamsCustomLineItem",
    "AttachParamsCustomLineItemDict",
    "AttachParamsCustomize",
    "AttachParamsCustomizeDict",
    "AttachParamsCustomizeUpsertLicense",
    "AttachParamsCustomizeUpsertLicenseCustomize",
    "AttachParamsCustomizeUpsertLicenseCustomizeDict",
    "AttachParamsCustomizeUpsertLicenseDict",
    "AttachParamsInvoiceMode",
    "AttachParamsInvoiceModeDict",
    "AttachParamsLicenseQuantity",
    "AttachParamsLicenseQuantityDict",
    "AttachParamsMetadata",
    "AttachParamsMetadataDict",
    "AttachParamsPlanSchedule",
    "AttachParamsRedirectMode",
    "AttachResponse",
    "AttachResponseInvoice",
    "AttachResponseRequiredAction",
    "AttachResponseRequiredActionCode",
    "Balance",
    "BalanceBreakdown",
    "BalanceBreakdownPrice",
    "BalanceBreakdownPriceTier",
    "BalanceBreakdownReset",
    "BalanceRollover",
    "BasePrice",
    "BasePriceDict",
    "BatchTrackResponse",
    "BillingBehavior",
    "CancelAction",
    "CheckParamsLock",
    "CheckParamsLockDict",
    "CheckResponse",
    "CheckResponseBalances",
    "CheckResponsePreview",
    "CheckResponsePreviewProduct",
    "CheckResponsePreviewProductFreeTrial",
    "CheckResponsePreviewProductItem",
    "CheckResponsePreviewProductItemConfig",
    "CheckResponsePreviewProductItemDisplay",
    "CheckResponsePreviewProductItemFeatureType",
    "CheckResponsePreviewProductItemInterval",
    "CheckResponsePreviewProductItemType",
    "CheckResponsePreviewProductItemUsageModel",
    "CheckResponsePreviewProductProperties",
    "CheckResponsePreviewProductScenario",
    "CheckResponsePreviewScenario",
    "CreateBalanceParamsRollover",
    "CreateBalanceParamsRolloverDict",
    "CreateEntityResponse",
    "CreateEntityResponseBillingControls",
    "CreatePlanParamsItem",
    "CreatePlanParamsItemDict",
    "CreatePlanParamsItemPrice",
    "CreatePlanParamsItemPriceDict",
    "CreatePlanParamsItemPriceTier",
    "CreatePlanParamsItemPriceTierDict",
    "CreatePlanParamsLicense",
    "CreatePlanParamsLicenseCustomize",
    "CreatePlanParamsLicenseCustomizeAddItem",
    "CreatePlanParamsLicenseCustomizeAddItemDict",
    "CreatePlanParamsLicenseCustomizeAddItemPrice",
    "CreatePlanParamsLicenseCustomizeAddItemPriceDict",
    "CreatePlanParamsLicenseCustomizeAddItemPriceTier",
    "CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrency",
    "CreatePlanParamsLicenseCustomizeAddItemPriceTierAdditionalCurrencyDict",
    "CreatePlanParamsLicenseCustomizeAddItemPriceTierDict",
    "CreatePlanParamsLicenseCustomizeDict",
    "CreatePlanParamsLicenseDict",
    "CreateReferralCodeResponse",
    "CreateReferralProgramParamsReceivedBy",
    "CreateReferralProgramParamsRedeemOn",
    "CreateReferralProgramResponse",
    "CreateRewardCouponPromoCodeResponse",
    "CreateRewardCouponRequest",
    "CreateRewardCouponRequestDict",
    "CreateRewardCouponRequestDuration",
    "CreateRewardCouponRequestDurationDict",
    "CreateRewardCouponRequestPromoCode",
    "CreateRewardCouponRequestPromoCodeDict",
    "CreateRewardCouponRequestType",
    "CreateRewardCouponResponse",
    "CreateRewardCouponResponseType",
    "CreateRewardDurationResponse",
    "CreateRewardFeatureGrantPromoCodeResponse",
    "CreateRewardFeatureGrantRequest",
    "CreateRewardFeatureGrantRequestDict",
    "CreateRewardFeatureGrantRequestGrant",
    "CreateRewardFeatureGrantRequestGrantDict",
    "CreateRewardFeatureGrantRequestGrantExpiry",
    "CreateRewardFeatureGrantRequestGrantExpiryDict",
    "CreateRewardFeatureGrantRequestPromoCode",
    "CreateRewardFeatureGrantRequestPromoCodeDict",
    "CreateRewardFeatureGrantResponse",
    "CreateRewardGrantResponse",
    "CreateRewardGrantResponseExpiry",
    "CreateRewardGrantResponseExpiryDict",
    "CreateScheduleParamsPhase",
    "CreateScheduleParamsPhaseBillingCycleAnchor",
    "CreateScheduleParamsPhaseDict",
    "CreateScheduleParamsPhasePlan",
    "CreateScheduleParamsPhasePlanCustomize",
    "CreateScheduleParamsPhasePlanCustomizeBillingControls",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsDict",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimit",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitDict",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilter",
    "CreateScheduleParamsPhasePlanCustomizeBillingControlsUsageLimitFilterDict",
    "CreateScheduleParamsPhasePlanCustomizeDict",
    "CreateScheduleParamsPhasePlanCustomizeItem",
    "CreateScheduleParamsPhasePlanCustomizeItemDict",
    "CreateScheduleParamsPhasePlanCustomizeItemPrice",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrencyDict",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceDict",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceTier",
    "CreateScheduleParamsPhasePlanCustomizeItemPriceTierDict",
    "CreateScheduleParamsPhasePlanDict",
    "CreateScheduleParamsPhaseStartingAfter",
    "CreateScheduleParamsPhaseStartingAfterDict",
    "CreateScheduleParamsPhaseStartingAfterDurationType",
    "CreateScheduleParamsUnscheduledPlan",
    "CreateScheduleParamsUnscheduledPlanCustomize",
    "CreateScheduleParamsUnscheduledPlanCustomizeDict",
    "CreateScheduleParamsUnscheduledPlanDict",
    "CreateScheduleResponse",
    "CreateScheduleResponsePhase",
    "CreateScheduleResponseStatus",
    "Customer",
    "CustomerBalances",
    "CustomerBillingControls",
    "CustomerBillingControlsAutoTopup",
    "CustomerBillingControlsAutoTopupPurchaseLimit1",
    "CustomerBillingControlsAutoTopupPurchaseLimit2",
    "CustomerBillingControlsAutoTopupSource",
    "CustomerBillingControlsOverageAllowed",
    "CustomerBillingControlsSpendLimit",
    "CustomerBillingControlsUsageAlert",
    "CustomerBillingControlsUsageLimit",
    "CustomerBillingControlsUsageLimitFilter",
    "CustomerBillingControlsUsageLimitFilterProperties",
    "CustomerData",
    "CustomerDataBillingControls",
    "CustomerDataBillingControlsAutoTopup",
    "CustomerDataBillingControlsAutoTopupDict",
    "CustomerDataBillingControlsAutoTopupPurchaseLimit",
    "CustomerDataBillingControlsAutoTopupPurchaseLimitDict",
    "CustomerDataBillingControlsAutoTopupPurchaseLimitInterval",
    "CustomerDataBillingControlsDict",
    "CustomerDataBillingControlsOverageAllowed",
    "CustomerDataBillingControlsOverageAllowedDict",
    "CustomerDataBillingControlsSpendLimit",
    "CustomerDataBillingControlsSpendLimitDict",
    "CustomerDataBillingControlsSpendLimitLimitType",
    "CustomerDataBillingControlsUsageAlert",
    "CustomerDataBillingControlsUsageAlertDict",
    "CustomerDataBillingControlsUsageAlertThresholdType",
    "CustomerDataBillingControlsUsageLimit",
    "CustomerDataBillingControlsUsageLimitAnchor",
    "CustomerDataBillingControlsUsageLimitDict",
    "CustomerDataBillingControlsUsageLimitFilter",
    "CustomerDataBillingControlsUsageLimitFilterDict",
    "CustomerDataBillingControlsUsageLimitFilterProperties",
    "CustomerDataBillingControlsUsageLimitFilterPropertiesDict",
    "CustomerDataBillingControlsUsageLimitInterval",
    "CustomerDataConfig",
    "CustomerDataConfigDict",
    "CustomerDataDict",
    "CustomerEntity",
    "CustomerEnv",
    "CustomerExpand",
    "CustomerFlags",
    "CustomerFlagsValue",
    "CustomerFlagsValueFeature",
    "CustomerFlagsValueFeatureCreditSchema",
    "CustomerFlagsValueFeatureCreditSchemaDict",
    "CustomerFlagsValueFeatureDisplay",
    "CustomerFlagsValueFeatureModelMarkups",
    "CustomerFlagsValueFeatureModelMarkupsDict",
    "CustomerFlagsValueFeatureModelMarkupsValue",
    "CustomerFlagsValueFeatureModelMarkupsValueDict",
    "CustomerFlagsValueFeatureProviderMarkups",
    "CustomerFlagsValueFeatureProviderMarkupsDict",
    "CustomerFlagsValueFeatureProviderMarkupsValue",
    "CustomerFlagsValueFeatureProviderMarkupsValueDict",
    "CustomerFlagsValueFeatureType",
    "CustomerInvoice",
    "CustomerInvoicePreview",
    "CustomerInvoicePreviewLineItem",
    "CustomerInvoicePreviewLineItemDiscount",
    "CustomerInvoicePreviewLineItemPeriod",
    "CustomerInvoicePreviewLineItemPeriodDict",
    "CustomerInvoiceProcessorType",
    "CustomerLicense",
    "CustomerProcessors",
    "CustomerProcessorsRevenuecat",
    "CustomerProcessorsStripe",
    "CustomerProcessorsVercel",
    "CustomerPurchase",
    "CustomerReferral",
    "CustomerReferralCustomer",
    "CustomerRewards",
    "CustomerRewardsDiscount",
    "CustomerRewardsDiscountDurationType",
    "CustomerRewardsDiscountType",
    "CustomerSubscription",
    "CustomerSubscriptionScope",
    "CustomerSubscriptionStatus",
    "CustomerTrialsUsed",
    "DeleteReferralProgramResponse",
    "DfuFlashParamsBillable",
    "DfuFlashParamsBillableDict",
    "DfuFlashParamsBillableLink",
    "DfuFlashParamsBillableLinkDict",
    "DfuFlashParamsBillablePlan",
    "DfuFlashParamsBillablePlanBalance",
    "DfuFlashParamsBillablePlanBalanceDict",
    "DfuFlashParamsBillablePlanBalanceFilter",
    "DfuFlashParamsBillablePlanBalanceFilterBillingBehavior",
    "DfuFlashParamsBillablePlanBalanceFilterDict",
    "DfuFlashParamsBillablePlanBalanceFilterInterval",
    "DfuFlashParamsBillablePlanDict",
    "DfuFlashParamsBillablePlanStatus",
    "DfuFlashParamsCustomerData",
    "DfuFlashParamsCustomerDataDict",
    "DfuFlashParamsProcessor",
    "DfuFlashParamsProcessorDict",
    "DfuFlashResult",
    "DfuFlashResultFlashed",
    "EventsAggregateParamsAggregateOn",
    "EventsAggregateParamsBinSize",
    "EventsAggregateParamsRange",
    "FeatureQuantity",
    "FeatureQuantityDict",
    "FinalizeBalanceParamsAction",
    "FreeTrialParams",
    "FreeTrialParamsDict",
    "GetRevenueCatKeysResponse",
    "GetRevenueCatKeysResponseApp",
    "GetRevenueCatKeysResponseAppApiKey",
    "GetRewardResponse",
    "InsertInvoicesParamsInvoice",
    "InsertInvoicesParamsInvoiceDict",
    "InsertInvoicesParamsInvoiceStatus",
    "InsertInvoicesResponse",
    "InsertInvoicesResponseInvoice",
    "LinkRevenueCatParamsEnv",
    "LinkRevenueCatResponse",
    "ListCustomersParamsCreatedAtRange",
    "ListCustomersParamsCreatedAtRangeDict",
    "ListCustomersParamsPlan",
    "ListCustomersParamsPlanDict",
    "ListCustomersParamsProcessor",
    "ListCustomersParamsSortOrder",
    "ListCustomersResponse",
    "ListCustomersResponseList",
    "ListEntitiesResponse",
    "ListEventsResponse",
    "ListEventsResponseList",
    "ListFeaturesResponse",
    "ListInvoicesResponse",
    "ListInvoicesResponseList",
    "ListLicenseAssignmentsResponse",
    "ListLicenseAssignmentsResponseList",
    "ListLicensesResponse",
    "ListPlansResponse",
    "ListPlansResponseList",
    "ListPlansResponseListVariantDetails",
    "ListPlansResponseListVariantDetailsCustomize",
    "ListPlansResponseListVariantDetailsCustomizeAddItem",
    "ListPlansResponseListVariantDetailsCustomizeAddItemPrice",
    "ListPlansResponseListVariantDetailsCustomizeAddItemPriceTier",
    "ListReferralProgramsResponse",
    "ListRewardsResponse",
    "MintKeyResponse",
    "MultiAttachParamsEntityData",
    "MultiAttachParamsEntityDataBillingControls",
    "MultiAttachParamsEntityDataBillingControlsDict",
    "MultiAttachParamsEntityDataDict",
    "MultiAttachParamsPlan",
    "MultiAttachParamsPlanCustomize",
    "MultiAttachParamsPlanCustomizeDict",
    "MultiAttachParamsPlanDict",
    "MultiUpdateParamsUpdate",
    "MultiUpdateParamsUpdateDict",
    "MultiUpdatePreviewResponse",
    "MultiUpdatePreviewResponseSubscription",
    "OpenCustomerPortalResponse",
    "Plan",
    "PlanBillingControls",
    "PlanBillingControlsAutoTopup",
    "PlanConfig",
    "PlanConfigDict",
    "PlanCustomerEligibility",
    "PlanCustomerEligibilityAttachAction",
    "PlanFreeTrial",
    "PlanFreeTrialDurationType",
    "PlanFreeTrialOnEnd",
    "PlanItem",
    "PlanItemDetails",
    "PlanItemDetailsFeature",
    "PlanItemDetailsFeatureDisplay",
    "PlanItemDetailsFeatureDisplayDict",
    "PlanItemDetailsFeatureType",
    "PlanItemDetailsPrice",
    "PlanItemDetailsPriceBillingMethod",
    "PlanItemDetailsPriceTier",
    "PlanItemDetailsPriceTierAdditionalCurrency",
    "PlanItemDetailsPriceTierAdditionalCurrencyDict",
    "PlanItemDetailsPriceTierBehavior",
    "PlanItemDetailsReset",
    "PlanItemDetailsResetDict",
    "PlanItemDetailsResetInterval",
    "PlanItemDetailsRollover",
    "PlanItemDetailsRolloverExpiryDurationType",
    "PlanItemFilter",
    "PlanItemFilterDict",
    "PlanItemPrice",
    "PlanItemProration",
    "PlanItemProrationDict",
    "PlanItemProrationOnDecrease",
    "PlanItemProrationOnIncrease",
    "PlanItemRollover",
    "PlanItemRolloverDict",
    "PlanPrice",
    "PlanPriceAdditionalCurrency",
    "PlanPriceAdditionalCurrencyDict",
    "PlanPriceDisplay",
    "PlanPriceInterval",
    "PlanVariantDetails",
    "PlanVariantDetailsCustomize",
    "PlanVariantDetailsCustomizeBillingControls",
    "PlanVariantDetailsCustomizeBillingControlsUsageLimit",
    "PreviewAttachResponse",
    "PreviewAttachResponseCheckoutType",
    "PreviewAttachResponseIncoming",
    "PreviewAttachResponseIncomingFeatureQuantity",
    "PreviewAttachResponseIncomingFeatureQuantityDict",
    "PreviewAttachResponseInvoiceCredits",
    "PreviewAttachResponseNextCycle",
    "PreviewAttachResponseNextCycleUsageLineItem",
    "PreviewAttachResponseTax",
    "PreviewAttachResponseTaxStatus",
    "PreviewUpdateResponse",
    "PreviewUpdateResponseIntent",
    "RedeemReferralCodeResponse",
    "RedeemRewardCodeResponse",
    "RedeemRewardCodeResponseEntitlementsGranted",
    "RefundLastPayment",
    "RevokeKeyResponse",
    "SetupPaymentResponse",
    "SyncRevenueCatParamsEnv",
    "SyncRevenueCatResponse",
    "SyncRevenueCatResponseResult",
    "SyncRevenueCatResponseResultApp",
    "SyncRevenueCatResponseResultAppPrice",
    "SyncRevenueCatResponseResultAppProduct",
    "SyncRevenueCatResponseResultAppStorePush",
    "SyncRevenueCatResponseResultStatus",
    "TrackParams",
    "TrackParamsDict",
    "TrackParamsOverageBehavior",
    "TrackResponse",
    "TrackResponseDeduction",
    "UpdatePlanParamsMigration",
    "UpdatePlanParamsMigrationDict",
    "UpdatePlanParamsUpdateLicenseParent",
    "UpdatePlanParamsUpdateLicenseParentDict",
    "UpdatePlanParamsVariant",
    "UpdatePlanParamsVariantCustomize",
    "UpdatePlanParamsVariantCustomizeAddItem",
    "UpdatePlanParamsVariantCustomizeAddItemDict",
    "UpdatePlanParamsVariantCustomizeAddItemPrice",
    "UpdatePlanParamsVariantCustomizeAddItemPriceDict",
    "UpdatePlanParamsVariantCustomizeAddItemPriceTier",
    "UpdatePlanParamsVariantCustomizeAddItemPriceTierDict",
    "UpdatePlanParamsVariantCustomizeBillingControls",
    "UpdatePlanParamsVariantCustomizeBillingControlsDict",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimit",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitDict",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilter",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterDict",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterProperties",
    "UpdatePlanParamsVariantCustomizeBillingControlsUsageLimitFilterPropertiesDict",
    "UpdatePlanParamsVariantCustomizeDict",
    "UpdatePlanParamsVariantCustomizeType1",
    "UpdatePlanParamsVariantCustomizeType1Dict",
    "UpdatePlanParamsVariantDict",
    "UpdateRewardCouponRequest",
    "UpdateRewardCouponRequestDict",
    "UpdateRewardFeatureGrantRequest",
    "UpdateRewardFeatureGrantRequestDict",
    "UpdateRewardFeatureGrantRequestGrant",
    "UpdateRewardFeatureGrantRequestGrantDict",
    "UpdateSubscriptionParamsRecalculateBalances",
    "UpdateSubscriptionParamsRecalculateBalancesDict",
)
