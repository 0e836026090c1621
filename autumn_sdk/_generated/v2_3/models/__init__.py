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
    from .aggregate_events_response_total import AggregateEventsResponseTotal
    from .aggregate_range import AggregateRange
    from .aggregate_total import AggregateTotal
    from .attach_discount import AttachDiscount, AttachDiscountDict
    from .attach_invoice import AttachInvoice
    from .attach_license_params_entity import AttachLicenseParamsEntity, AttachLicenseParamsEntityDict
    from .attach_params_carry_over_balances import (
        AttachParamsCarryOverBalances,
        AttachParamsCarryOverBalancesDict,
    )
    from .attach_params_license_quantity import AttachParamsLicenseQuantity, AttachParamsLicenseQuantityDict
    from .attach_params_metadata import AttachParamsMetadata, AttachParamsMetadataDict
    from .attach_response import AttachResponse
    from .auto_topup import AutoTopup, AutoTopupDict
    from .auto_topup_purchase_limit import AutoTopupPurchaseLimit, AutoTopupPurchaseLimitDict
    from .balance import Balance
    from .balance_breakdown import BalanceBreakdown
    from .balance_price import BalancePrice
    from .balance_price_tier import BalancePriceTier
    from .balance_reset import BalanceReset
    from .balance_rollover import BalanceRollover
    from .balances_limit_reached_data import BalancesLimitReachedData
    from .balances_limit_reached_data_limit_type import BalancesLimitReachedDataLimitType
    from .balances_usage_alert_triggered_data import BalancesUsageAlertTriggeredData
    from .balances_usage_alert_triggered_data_usage_alert import BalancesUsageAlertTriggeredDataUsageAlert
    from .base_price import BasePrice
    from .batch_track_response import BatchTrackResponse
    from .billing_auto_topup_failed_data import BillingAutoTopupFailedData
    from .billing_auto_topup_failed_data_error import BillingAutoTopupFailedDataError
    from .billing_auto_topup_failed_data_reason import BillingAutoTopupFailedDataReason
    from .billing_auto_topup_succeeded_data import BillingAutoTopupSucceededData
    from .billing_auto_topup_succeeded_data_invoice import BillingAutoTopupSucceededDataInvoice
    from .billing_controls import BillingControls, BillingControlsDict
    from .billing_controls_overage_allowed import (
        BillingControlsOverageAllowed,
        BillingControlsOverageAllowedDict,
    )
    from .billing_controls_spend_limit import BillingControlsSpendLimit, BillingControlsSpendLimitDict
    from .billing_controls_spend_limit_limit_type import BillingControlsSpendLimitLimitType
    from .billing_controls_usage_alert import BillingControlsUsageAlert, BillingControlsUsageAlertDict
    from .billing_controls_usage_alert_threshold_type import BillingControlsUsageAlertThresholdType
    from .billing_controls_usage_limit import BillingControlsUsageLimit, BillingControlsUsageLimitDict
    from .billing_controls_usage_limit_anchor import BillingControlsUsageLimitAnchor
    from .billing_controls_usage_limit_filter import (
        BillingControlsUsageLimitFilter,
        BillingControlsUsageLimitFilterDict,
    )
    from .billing_controls_usage_limit_filter_properties import (
        BillingControlsUsageLimitFilterProperties,
        BillingControlsUsageLimitFilterPropertiesDict,
    )
    from .billing_controls_usage_limit_interval import BillingControlsUsageLimitInterval
    from .billing_interval import BillingInterval
    from .billing_method import BillingMethod
    from .billing_updated_data import BillingUpdatedData
    from .billing_updated_data_plan_change import BillingUpdatedDataPlanChange
    from .billing_updated_data_plan_change_action import BillingUpdatedDataPlanChangeAction
    from .billing_updated_data_plan_change_plan_change import BillingUpdatedDataPlanChangePlanChange
    from .billing_updated_data_plan_change_plan_change_free_trial_change import (
        BillingUpdatedDataPlanChangePlanChangeFreeTrialChange,
    )
    from .billing_updated_data_plan_change_plan_change_item_change import (
        BillingUpdatedDataPlanChangePlanChangeItemChange,
    )
    from .billing_updated_data_plan_change_plan_change_item_change_action import (
        BillingUpdatedDataPlanChangePlanChangeItemChangeAction,
    )
    from .billing_updated_data_plan_change_plan_change_plan import BillingUpdatedDataPlanChangePlanChangePlan
    from .billing_updated_data_plan_change_plan_change_plan_billing_controls import (
        BillingUpdatedDataPlanChangePlanChangePlanBillingControls,
    )
    from .billing_updated_data_plan_change_plan_change_plan_billing_controls_auto_topup import (
        BillingUpdatedDataPlanChangePlanChangePlanBillingControlsAutoTopup,
    )
    from .billing_updated_data_plan_change_plan_change_plan_billing_controls_auto_topup_purchase_limit import (
        BillingUpdatedDataPlanChangePlanChangePlanBillingControlsAutoTopupPurchaseLimit,
    )
    from .billing_updated_data_plan_change_plan_change_plan_config import (
        BillingUpdatedDataPlanChangePlanChangePlanConfig,
    )
    from .billing_updated_data_plan_change_plan_change_plan_customer_eligibility import (
        BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibility,
    )
    from .billing_updated_data_plan_change_plan_change_plan_customer_eligibility_scenario import (
        BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario,
    )
    from .billing_updated_data_plan_change_plan_change_plan_item import (
        BillingUpdatedDataPlanChangePlanChangePlanItem,
    )
    from .billing_updated_data_plan_change_plan_change_plan_item_price import (
        BillingUpdatedDataPlanChangePlanChangePlanItemPrice,
    )
    from .billing_updated_data_plan_change_plan_change_plan_item_price_tier import (
        BillingUpdatedDataPlanChangePlanChangePlanItemPriceTier,
    )
    from .billing_updated_data_plan_change_plan_change_plan_item_proration import (
        BillingUpdatedDataPlanChangePlanChangePlanItemProration,
    )
    from .billing_updated_data_plan_change_plan_change_plan_license import (
        BillingUpdatedDataPlanChangePlanChangePlanLicense,
    )
    from .billing_updated_data_plan_change_plan_change_plan_license_customize import (
        BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize,
    )
    from .billing_updated_data_plan_change_plan_change_plan_license_customize_add_item import (
        BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItem,
    )
    from .billing_updated_data_plan_change_plan_change_plan_license_customize_add_item_price import (
        BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItemPrice,
    )
    from .billing_updated_data_plan_change_plan_change_plan_license_customize_remove_item import (
        BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem,
    )
    from .billing_updated_data_plan_change_plan_change_plan_price import (
        BillingUpdatedDataPlanChangePlanChangePlanPrice,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetails,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomize,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControls,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup_purchase_limit import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopupPurchaseLimit,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_overage_allowed import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_spend_limit import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsSpendLimit,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_alert import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_limit import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageLimit,
    )
    from .billing_updated_data_plan_change_plan_change_plan_variant_details_customize_free_trial import (
        BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeFreeTrial,
    )
    from .billing_updated_data_plan_change_plan_change_previous_attributes import (
        BillingUpdatedDataPlanChangePlanChangePreviousAttributes,
    )
    from .billing_updated_data_plan_change_plan_change_price_change import (
        BillingUpdatedDataPlanChangePlanChangePriceChange,
    )
    from .billing_updated_data_plan_change_previous_attributes import (
        BillingUpdatedDataPlanChangePreviousAttributes,
    )
    from .billing_updated_data_plan_change_purchase import BillingUpdatedDataPlanChangePurchase
    from .billing_updated_data_plan_change_subscription import BillingUpdatedDataPlanChangeSubscription
    from .billing_updated_data_plan_change_subscription_status import (
        BillingUpdatedDataPlanChangeSubscriptionStatus,
    )
    from .bin_size import BinSize
    from .cancel_action import CancelAction
    from .check_params_lock import CheckParamsLock, CheckParamsLockDict
    from .check_preview import CheckPreview
    from .check_response import CheckResponse
    from .check_response_balances import CheckResponseBalances
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
    from .credit_schema_item import CreditSchemaItem, CreditSchemaItemDict
    from .custom_line_item import CustomLineItem, CustomLineItemDict
    from .custom_range import CustomRange, CustomRangeDict
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
    from .customer_data_config import CustomerDataConfig, CustomerDataConfigDict
    from .customer_entity import CustomerEntity
    from .customer_expand import CustomerExpand
    from .customer_flags import CustomerFlags
    from .customer_flags_value import CustomerFlagsValue
    from .customer_invoice_preview import CustomerInvoicePreview
    from .customer_license import CustomerLicense
    from .customer_list_item import CustomerListItem
    from .customer_processors import CustomerProcessors
    from .customer_processors_revenuecat import CustomerProcessorsRevenuecat
    from .customer_processors_stripe import CustomerProcessorsStripe
    from .customer_processors_vercel import CustomerProcessorsVercel
    from .customer_rewards import CustomerRewards
    from .customize import Customize, CustomizeDict
    from .customize_upsert_license import CustomizeUpsertLicense, CustomizeUpsertLicenseDict
    from .customize_upsert_license_customize import (
        CustomizeUpsertLicenseCustomize,
        CustomizeUpsertLicenseCustomizeDict,
    )
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
    from .entity import Entity
    from .entity_billing_controls import EntityBillingControls
    from .entity_data import EntityData, EntityDataDict
    from .entity_data_billing_controls import EntityDataBillingControls, EntityDataBillingControlsDict
    from .environment import Environment
    from .event import Event
    from .events_aggregate_params_aggregate_on import EventsAggregateParamsAggregateOn
    from .feature import Feature
    from .feature_display import FeatureDisplay
    from .feature_model_markups import FeatureModelMarkups, FeatureModelMarkupsDict
    from .feature_model_markups_value import FeatureModelMarkupsValue, FeatureModelMarkupsValueDict
    from .feature_provider_markups import FeatureProviderMarkups, FeatureProviderMarkupsDict
    from .feature_provider_markups_value import FeatureProviderMarkupsValue, FeatureProviderMarkupsValueDict
    from .feature_quantity import FeatureQuantity, FeatureQuantityDict
    from .feature_type import FeatureType
    from .finalize_balance_params_action import FinalizeBalanceParamsAction
    from .free_trial import FreeTrial
    from .free_trial_duration import FreeTrialDuration
    from .free_trial_on_end import FreeTrialOnEnd
    from .free_trial_params import FreeTrialParams, FreeTrialParamsDict
    from .get_revenue_cat_keys_response import GetRevenueCatKeysResponse
    from .get_revenue_cat_keys_response_app import GetRevenueCatKeysResponseApp
    from .get_revenue_cat_keys_response_app_api_key import GetRevenueCatKeysResponseAppApiKey
    from .get_reward_response import GetRewardResponse
    from .insert_invoices_params_invoice import InsertInvoicesParamsInvoice, InsertInvoicesParamsInvoiceDict
    from .insert_invoices_params_invoice_status import InsertInvoicesParamsInvoiceStatus
    from .insert_invoices_response import InsertInvoicesResponse
    from .insert_invoices_response_invoice import InsertInvoicesResponseInvoice
    from .invoice import Invoice
    from .invoice_mode import InvoiceMode, InvoiceModeDict
    from .invoice_processor_type import InvoiceProcessorType
    from .item_price import ItemPrice
    from .item_price_tier import ItemPriceTier
    from .item_price_tier_additional_currency import (
        ItemPriceTierAdditionalCurrency,
        ItemPriceTierAdditionalCurrencyDict,
    )
    from .item_reset import ItemReset, ItemResetDict
    from .line_item import LineItem
    from .line_item_discount import LineItemDiscount
    from .link_revenue_cat_params_env import LinkRevenueCatParamsEnv
    from .link_revenue_cat_response import LinkRevenueCatResponse
    from .list_customers_params_processor import ListCustomersParamsProcessor
    from .list_customers_params_sort_order import ListCustomersParamsSortOrder
    from .list_customers_response import ListCustomersResponse
    from .list_entities_response import ListEntitiesResponse
    from .list_events_response import ListEventsResponse
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
    from .multi_attach_customize import MultiAttachCustomize, MultiAttachCustomizeDict
    from .multi_attach_plan import MultiAttachPlan, MultiAttachPlanDict
    from .multi_update_params_update import MultiUpdateParamsUpdate, MultiUpdateParamsUpdateDict
    from .multi_update_preview_response import MultiUpdatePreviewResponse
    from .multi_update_preview_response_subscription import MultiUpdatePreviewResponseSubscription
    from .next_cycle import NextCycle
    from .next_cycle_usage_line_item import NextCycleUsageLineItem
    from .on_decrease import OnDecrease
    from .on_increase import OnIncrease
    from .open_customer_portal_response import OpenCustomerPortalResponse
    from .plan import Plan
    from .plan_billing_controls import PlanBillingControls
    from .plan_billing_controls_auto_topup import PlanBillingControlsAutoTopup
    from .plan_config import PlanConfig, PlanConfigDict
    from .plan_customer_eligibility import PlanCustomerEligibility
    from .plan_customer_eligibility_attach_action import PlanCustomerEligibilityAttachAction
    from .plan_filter import PlanFilter, PlanFilterDict
    from .plan_item import PlanItem
    from .plan_item_details import PlanItemDetails
    from .plan_item_details_feature import PlanItemDetailsFeature
    from .plan_item_details_feature_display import (
        PlanItemDetailsFeatureDisplay,
        PlanItemDetailsFeatureDisplayDict,
    )
    from .plan_item_details_feature_type import PlanItemDetailsFeatureType
    from .plan_item_filter import PlanItemFilter, PlanItemFilterDict
    from .plan_item_price import PlanItemPrice
    from .plan_item_proration import PlanItemProration, PlanItemProrationDict
    from .plan_item_rollover import PlanItemRollover, PlanItemRolloverDict
    from .plan_price import PlanPrice
    from .plan_price_additional_currency import PlanPriceAdditionalCurrency, PlanPriceAdditionalCurrencyDict
    from .plan_schedule import PlanSchedule
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
    from .preview_attach_response_tax import PreviewAttachResponseTax
    from .preview_attach_response_tax_status import PreviewAttachResponseTaxStatus
    from .preview_product import PreviewProduct
    from .preview_product_scenario import PreviewProductScenario
    from .preview_scenario import PreviewScenario
    from .preview_update_response import PreviewUpdateResponse
    from .preview_update_response_intent import PreviewUpdateResponseIntent
    from .price_display import PriceDisplay
    from .price_params import PriceParams, PriceParamsDict
    from .product_free_trial import ProductFreeTrial
    from .product_item import ProductItem
    from .product_item_config import ProductItemConfig
    from .product_item_display import ProductItemDisplay
    from .product_item_feature_type import ProductItemFeatureType
    from .product_item_interval import ProductItemInterval
    from .product_item_rollover import ProductItemRollover, ProductItemRolloverDict
    from .product_item_type import ProductItemType
    from .product_properties import ProductProperties
    from .proration_behavior import ProrationBehavior
    from .purchase import Purchase
    from .purchase_limit_interval import PurchaseLimitInterval
    from .redeem_reward_code_response import RedeemRewardCodeResponse
    from .redeem_reward_code_response_entitlements_granted import RedeemRewardCodeResponseEntitlementsGranted
    from .redirect_mode import RedirectMode
    from .referral import Referral
    from .referral_code import ReferralCode
    from .referral_redemption import ReferralRedemption
    from .referred_customer import ReferredCustomer
    from .refund_last_payment import RefundLastPayment
    from .required_action import RequiredAction
    from .required_action_code import RequiredActionCode
    from .reset_interval import ResetInterval
    from .revoke_key_response import RevokeKeyResponse
    from .reward_discount import RewardDiscount
    from .reward_discount_duration_type import RewardDiscountDurationType
    from .reward_discount_type import RewardDiscountType
    from .rollover_config import RolloverConfig
    from .rollover_duration import RolloverDuration
    from .setup_payment_response import SetupPaymentResponse
    from .subscription import Subscription
    from .subscription_scope import SubscriptionScope
    from .subscription_status import SubscriptionStatus
    from .success_response import SuccessResponse
    from .sync_revenue_cat_params_env import SyncRevenueCatParamsEnv
    from .sync_revenue_cat_response import SyncRevenueCatResponse
    from .sync_revenue_cat_response_result import SyncRevenueCatResponseResult
    from .sync_revenue_cat_response_result_app import SyncRevenueCatResponseResultApp
    from .sync_revenue_cat_response_result_app_price import SyncRevenueCatResponseResultAppPrice
    from .sync_revenue_cat_response_result_app_product import SyncRevenueCatResponseResultAppProduct
    from .sync_revenue_cat_response_result_app_store_push import SyncRevenueCatResponseResultAppStorePush
    from .sync_revenue_cat_response_result_status import SyncRevenueCatResponseResultStatus
    from .tier_behavior import TierBehavior
    from .track_params import TrackParams, TrackParamsDict
    from .track_params_overage_behavior import TrackParamsOverageBehavior
    from .track_response import TrackResponse
    from .track_response_deduction import TrackResponseDeduction
    from .trial_used import TrialUsed
    from .update_plan_item import UpdatePlanItem
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
    from .usage_model import UsageModel
    from .vercel_resources_deleted_data import VercelResourcesDeletedData
    from .vercel_resources_provisioned_data import VercelResourcesProvisionedData
    from .vercel_resources_provisioned_data_resource import VercelResourcesProvisionedDataResource
    from .vercel_resources_rotate_secrets_data import VercelResourcesRotateSecretsData
    from .vercel_webhooks_event_data import VercelWebhooksEventData

_MODULES = {
    "AggregateBin": "aggregate_bin",
    "AggregateBinGroupedValues": "aggregate_bin_grouped_values",
    "AggregateBinValues": "aggregate_bin_values",
    "AggregateCustomRange": "aggregate_custom_range",
    "AggregateCustomRangeDict": "aggregate_custom_range",
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
    "AggregateEventsResponseTotal": "aggregate_events_response_total",
    "AggregateRange": "aggregate_range",
    "AggregateTotal": "aggregate_total",
    "AttachDiscount": "attach_discount",
    "AttachDiscountDict": "attach_discount",
    "AttachInvoice": "attach_invoice",
    "AttachLicenseParamsEntity": "attach_license_params_entity",
    "AttachLicenseParamsEntityDict": "attach_license_params_entity",
    "AttachParamsCarryOverBalances": "attach_params_carry_over_balances",
    "AttachParamsCarryOverBalancesDict": "attach_params_carry_over_balances",
    "AttachParamsLicenseQuantity": "attach_params_license_quantity",
    "AttachParamsLicenseQuantityDict": "attach_params_license_quantity",
    "AttachParamsMetadata": "attach_params_metadata",
    "AttachParamsMetadataDict": "attach_params_metadata",
    "AttachResponse": "attach_response",
    "AutoTopup": "auto_topup",
    "AutoTopupDict": "auto_topup",
    "AutoTopupPurchaseLimit": "auto_topup_purchase_limit",
    "AutoTopupPurchaseLimitDict": "auto_topup_purchase_limit",
    "Balance": "balance",
    "BalanceBreakdown": "balance_breakdown",
    "BalancePrice": "balance_price",
    "BalancePriceTier": "balance_price_tier",
    "BalanceReset": "balance_reset",
    "BalanceRollover": "balance_rollover",
    "BalancesLimitReachedData": "balances_limit_reached_data",
    "BalancesLimitReachedDataLimitType": "balances_limit_reached_data_limit_type",
    "BalancesUsageAlertTriggeredData": "balances_usage_alert_triggered_data",
    "BalancesUsageAlertTriggeredDataUsageAlert": "balances_usage_alert_triggered_data_usage_alert",
    "BasePrice": "base_price",
    "BatchTrackResponse": "batch_track_response",
    "BillingAutoTopupFailedData": "billing_auto_topup_failed_data",
    "BillingAutoTopupFailedDataError": "billing_auto_topup_failed_data_error",
    "BillingAutoTopupFailedDataReason": "billing_auto_topup_failed_data_reason",
    "BillingAutoTopupSucceededData": "billing_auto_topup_succeeded_data",
    "BillingAutoTopupSucceededDataInvoice": "billing_auto_topup_succeeded_data_invoice",
    "BillingControls": "billing_controls",
    "BillingControlsDict": "billing_controls",
    "BillingControlsOverageAllowed": "billing_controls_overage_allowed",
    "BillingControlsOverageAllowedDict": "billing_controls_overage_allowed",
    "BillingControlsSpendLimit": "billing_controls_spend_limit",
    "BillingControlsSpendLimitDict": "billing_controls_spend_limit",
    "BillingControlsSpendLimitLimitType": "billing_controls_spend_limit_limit_type",
    "BillingControlsUsageAlert": "billing_controls_usage_alert",
    "BillingControlsUsageAlertDict": "billing_controls_usage_alert",
    "BillingControlsUsageAlertThresholdType": "billing_controls_usage_alert_threshold_type",
    "BillingControlsUsageLimit": "billing_controls_usage_limit",
    "BillingControlsUsageLimitAnchor": "billing_controls_usage_limit_anchor",
    "BillingControlsUsageLimitDict": "billing_controls_usage_limit",
    "BillingControlsUsageLimitFilter": "billing_controls_usage_limit_filter",
    "BillingControlsUsageLimitFilterDict": "billing_controls_usage_limit_filter",
    "BillingControlsUsageLimitFilterProperties": "billing_controls_usage_limit_filter_properties",
    "BillingControlsUsageLimitFilterPropertiesDict": "billing_controls_usage_limit_filter_properties",
    "BillingControlsUsageLimitInterval": "billing_controls_usage_limit_interval",
    "BillingInterval": "billing_interval",
    "BillingMethod": "billing_method",
    "BillingUpdatedData": "billing_updated_data",
    "BillingUpdatedDataPlanChange": "billing_updated_data_plan_change",
    "BillingUpdatedDataPlanChangeAction": "billing_updated_data_plan_change_action",
    "BillingUpdatedDataPlanChangePlanChange": "billing_updated_data_plan_change_plan_change",
    "BillingUpdatedDataPlanChangePlanChangeFreeTrialChange": "billing_updated_data_plan_change_plan_change_free_trial_change",
    "BillingUpdatedDataPlanChangePlanChangeItemChange": "billing_updated_data_plan_change_plan_change_item_change",
    "BillingUpdatedDataPlanChangePlanChangeItemChangeAction": "billing_updated_data_plan_change_plan_change_item_change_action",
    "BillingUpdatedDataPlanChangePlanChangePlan": "billing_updated_data_plan_change_plan_change_plan",
    "BillingUpdatedDataPlanChangePlanChangePlanBillingControls": "billing_updated_data_plan_change_plan_change_plan_billing_controls",
    "BillingUpdatedDataPlanChangePlanChangePlanBillingControlsAutoTopup": "billing_updated_data_plan_change_plan_change_plan_billing_controls_auto_topup",
    "BillingUpdatedDataPlanChangePlanChangePlanBillingControlsAutoTopupPurchaseLimit": "billing_updated_data_plan_change_plan_change_plan_billing_controls_auto_topup_purchase_limit",
    "BillingUpdatedDataPlanChangePlanChangePlanConfig": "billing_updated_data_plan_change_plan_change_plan_config",
    "BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibility": "billing_updated_data_plan_change_plan_change_plan_customer_eligibility",
    "BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario": "billing_updated_data_plan_change_plan_change_plan_customer_eligibility_scenario",
    "BillingUpdatedDataPlanChangePlanChangePlanItem": "billing_updated_data_plan_change_plan_change_plan_item",
    "BillingUpdatedDataPlanChangePlanChangePlanItemPrice": "billing_updated_data_plan_change_plan_change_plan_item_price",
    "BillingUpdatedDataPlanChangePlanChangePlanItemPriceTier": "billing_updated_data_plan_change_plan_change_plan_item_price_tier",
    "BillingUpdatedDataPlanChangePlanChangePlanItemProration": "billing_updated_data_plan_change_plan_change_plan_item_proration",
    "BillingUpdatedDataPlanChangePlanChangePlanLicense": "billing_updated_data_plan_change_plan_change_plan_license",
    "BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize": "billing_updated_data_plan_change_plan_change_plan_license_customize",
    "BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItem": "billing_updated_data_plan_change_plan_change_plan_license_customize_add_item",
    "BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItemPrice": "billing_updated_data_plan_change_plan_change_plan_license_customize_add_item_price",
    "BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem": "billing_updated_data_plan_change_plan_change_plan_license_customize_remove_item",
    "BillingUpdatedDataPlanChangePlanChangePlanPrice": "billing_updated_data_plan_change_plan_change_plan_price",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetails": "billing_updated_data_plan_change_plan_change_plan_variant_details",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomize": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControls": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopupPurchaseLimit": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_auto_topup_purchase_limit",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_overage_allowed",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsSpendLimit": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_spend_limit",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_alert",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageLimit": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize_billing_controls_usage_limit",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeFreeTrial": "billing_updated_data_plan_change_plan_change_plan_variant_details_customize_free_trial",
    "BillingUpdatedDataPlanChangePlanChangePreviousAttributes": "billing_updated_data_plan_change_plan_change_previous_attributes",
    "BillingUpdatedDataPlanChangePlanChangePriceChange": "billing_updated_data_plan_change_plan_change_price_change",
    "BillingUpdatedDataPlanChangePreviousAttributes": "billing_updated_data_plan_change_previous_attributes",
    "BillingUpdatedDataPlanChangePurchase": "billing_updated_data_plan_change_purchase",
    "BillingUpdatedDataPlanChangeSubscription": "billing_updated_data_plan_change_subscription",
    "BillingUpdatedDataPlanChangeSubscriptionStatus": "billing_updated_data_plan_change_subscription_status",
    "BinSize": "bin_size",
    "CancelAction": "cancel_action",
    "CheckParamsLock": "check_params_lock",
    "CheckParamsLockDict": "check_params_lock",
    "CheckPreview": "check_preview",
    "CheckResponse": "check_response",
    "CheckResponseBalances": "check_response_balances",
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
    "CreditSchemaItem": "credit_schema_item",
    "CreditSchemaItemDict": "credit_schema_item",
    "CustomLineItem": "custom_line_item",
    "CustomLineItemDict": "custom_line_item",
    "CustomRange": "custom_range",
    "CustomRangeDict": "custom_range",
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
    "CustomerDataConfig": "customer_data_config",
    "CustomerDataConfigDict": "customer_data_config",
    "CustomerDataDict": "customer_data",
    "CustomerEntity": "customer_entity",
    "CustomerExpand": "customer_expand",
    "CustomerFlags": "customer_flags",
    "CustomerFlagsValue": "customer_flags_value",
    "CustomerInvoicePreview": "customer_invoice_preview",
    "CustomerLicense": "customer_license",
    "CustomerListItem": "customer_list_item",
    "CustomerProcessors": "customer_processors",
    "CustomerProcessorsRevenuecat": "customer_processors_revenuecat",
    "CustomerProcessorsStripe": "customer_processors_stripe",
    "CustomerProcessorsVercel": "customer_processors_vercel",
    "CustomerRewards": "customer_rewards",
    "Customize": "customize",
    "CustomizeDict": "customize",
    "CustomizeUpsertLicense": "customize_upsert_license",
    "CustomizeUpsertLicenseCustomize": "customize_upsert_license_customize",
    "CustomizeUpsertLicenseCustomizeDict": "customize_upsert_license_customize",
    "CustomizeUpsertLicenseDict": "customize_upsert_license",
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
    "Entity": "entity",
    "EntityBillingControls": "entity_billing_controls",
    "EntityData": "entity_data",
    "EntityDataBillingControls": "entity_data_billing_controls",
    "EntityDataBillingControlsDict": "entity_data_billing_controls",
    "EntityDataDict": "entity_data",
    "Environment": "environment",
    "Event": "event",
    "EventsAggregateParamsAggregateOn": "events_aggregate_params_aggregate_on",
    "Feature": "feature",
    "FeatureDisplay": "feature_display",
    "FeatureModelMarkups": "feature_model_markups",
    "FeatureModelMarkupsDict": "feature_model_markups",
    "FeatureModelMarkupsValue": "feature_model_markups_value",
    "FeatureModelMarkupsValueDict": "feature_model_markups_value",
    "FeatureProviderMarkups": "feature_provider_markups",
    "FeatureProviderMarkupsDict": "feature_provider_markups",
    "FeatureProviderMarkupsValue": "feature_provider_markups_value",
    "FeatureProviderMarkupsValueDict": "feature_provider_markups_value",
    "FeatureQuantity": "feature_quantity",
    "FeatureQuantityDict": "feature_quantity",
    "FeatureType": "feature_type",
    "FinalizeBalanceParamsAction": "finalize_balance_params_action",
    "FreeTrial": "free_trial",
    "FreeTrialDuration": "free_trial_duration",
    "FreeTrialOnEnd": "free_trial_on_end",
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
    "Invoice": "invoice",
    "InvoiceMode": "invoice_mode",
    "InvoiceModeDict": "invoice_mode",
    "InvoiceProcessorType": "invoice_processor_type",
    "ItemPrice": "item_price",
    "ItemPriceTier": "item_price_tier",
    "ItemPriceTierAdditionalCurrency": "item_price_tier_additional_currency",
    "ItemPriceTierAdditionalCurrencyDict": "item_price_tier_additional_currency",
    "ItemReset": "item_reset",
    "ItemResetDict": "item_reset",
    "LineItem": "line_item",
    "LineItemDiscount": "line_item_discount",
    "LinkRevenueCatParamsEnv": "link_revenue_cat_params_env",
    "LinkRevenueCatResponse": "link_revenue_cat_response",
    "ListCustomersParamsProcessor": "list_customers_params_processor",
    "ListCustomersParamsSortOrder": "list_customers_params_sort_order",
    "ListCustomersResponse": "list_customers_response",
    "ListEntitiesResponse": "list_entities_response",
    "ListEventsResponse": "list_events_response",
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
    "MultiAttachCustomize": "multi_attach_customize",
    "MultiAttachCustomizeDict": "multi_attach_customize",
    "MultiAttachPlan": "multi_attach_plan",
    "MultiAttachPlanDict": "multi_attach_plan",
    "MultiUpdateParamsUpdate": "multi_update_params_update",
    "MultiUpdateParamsUpdateDict": "multi_update_params_update",
    "MultiUpdatePreviewResponse": "multi_update_preview_response",
    "MultiUpdatePreviewResponseSubscription": "multi_update_preview_response_subscription",
    "NextCycle": "next_cycle",
    "NextCycleUsageLineItem": "next_cycle_usage_line_item",
    "OnDecrease": "on_decrease",
    "OnIncrease": "on_increase",
    "OpenCustomerPortalResponse": "open_customer_portal_response",
    "Plan": "plan",
    "PlanBillingControls": "plan_billing_controls",
    "PlanBillingControlsAutoTopup": "plan_billing_controls_auto_topup",
    "PlanConfig": "plan_config",
    "PlanConfigDict": "plan_config",
    "PlanCustomerEligibility": "plan_customer_eligibility",
    "PlanCustomerEligibilityAttachAction": "plan_customer_eligibility_attach_action",
    "PlanFilter": "plan_filter",
    "PlanFilterDict": "plan_filter",
    "PlanItem": "plan_item",
    "PlanItemDetails": "plan_item_details",
    "PlanItemDetailsFeature": "plan_item_details_feature",
    "PlanItemDetailsFeatureDisplay": "plan_item_details_feature_display",
    "PlanItemDetailsFeatureDisplayDict": "plan_item_details_feature_display",
    "PlanItemDetailsFeatureType": "plan_item_details_feature_type",
    "PlanItemFilter": "plan_item_filter",
    "PlanItemFilterDict": "plan_item_filter",
    "PlanItemPrice": "plan_item_price",
    "PlanItemProration": "plan_item_proration",
    "PlanItemProrationDict": "plan_item_proration",
    "PlanItemRollover": "plan_item_rollover",
    "PlanItemRolloverDict": "plan_item_rollover",
    "PlanPrice": "plan_price",
    "PlanPriceAdditionalCurrency": "plan_price_additional_currency",
    "PlanPriceAdditionalCurrencyDict": "plan_price_additional_currency",
    "PlanSchedule": "plan_schedule",
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
    "PreviewAttachResponseTax": "preview_attach_response_tax",
    "PreviewAttachResponseTaxStatus": "preview_attach_response_tax_status",
    "PreviewProduct": "preview_product",
    "PreviewProductScenario": "preview_product_scenario",
    "PreviewScenario": "preview_scenario",
    "PreviewUpdateResponse": "preview_update_response",
    "PreviewUpdateResponseIntent": "preview_update_response_intent",
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
    "ProductItemRolloverDict": "product_item_rollover",
    "ProductItemType": "product_item_type",
    "ProductProperties": "product_properties",
    "ProrationBehavior": "proration_behavior",
    "Purchase": "purchase",
    "PurchaseLimitInterval": "purchase_limit_interval",
    "RedeemRewardCodeResponse": "redeem_reward_code_response",
    "RedeemRewardCodeResponseEntitlementsGranted": "redeem_reward_code_response_entitlements_granted",
    "RedirectMode": "redirect_mode",
    "Referral": "referral",
    "ReferralCode": "referral_code",
    "ReferralRedemption": "referral_redemption",
    "ReferredCustomer": "referred_customer",
    "RefundLastPayment": "refund_last_payment",
    "RequiredAction": "required_action",
    "RequiredActionCode": "required_action_code",
    "ResetInterval": "reset_interval",
    "RevokeKeyResponse": "revoke_key_response",
    "RewardDiscount": "reward_discount",
    "RewardDiscountDurationType": "reward_discount_duration_type",
    "RewardDiscountType": "reward_discount_type",
    "RolloverConfig": "rollover_config",
    "RolloverDuration": "rollover_duration",
    "SetupPaymentResponse": "setup_payment_response",
    "Subscription": "subscription",
    "SubscriptionScope": "subscription_scope",
    "SubscriptionStatus": "subscription_status",
    "SuccessResponse": "success_response",
    "SyncRevenueCatParamsEnv": "sync_revenue_cat_params_env",
    "SyncRevenueCatResponse": "sync_revenue_cat_response",
    "SyncRevenueCatResponseResult": "sync_revenue_cat_response_result",
    "SyncRevenueCatResponseResultApp": "sync_revenue_cat_response_result_app",
    "SyncRevenueCatResponseResultAppPrice": "sync_revenue_cat_response_result_app_price",
    "SyncRevenueCatResponseResultAppProduct": "sync_revenue_cat_response_result_app_product",
    "SyncRevenueCatResponseResultAppStorePush": "sync_revenue_cat_response_result_app_store_push",
    "SyncRevenueCatResponseResultStatus": "sync_revenue_cat_response_result_status",
    "TierBehavior": "tier_behavior",
    "TrackParams": "track_params",
    "TrackParamsDict": "track_params",
    "TrackParamsOverageBehavior": "track_params_overage_behavior",
    "TrackResponse": "track_response",
    "TrackResponseDeduction": "track_response_deduction",
    "TrialUsed": "trial_used",
    "UpdatePlanItem": "update_plan_item",
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
    "UsageModel": "usage_model",
    "VercelResourcesDeletedData": "vercel_resources_deleted_data",
    "VercelResourcesProvisionedData": "vercel_resources_provisioned_data",
    "VercelResourcesProvisionedDataResource": "vercel_resources_provisioned_data_resource",
    "VercelResourcesRotateSecretsData": "vercel_resources_rotate_secrets_data",
    "VercelWebhooksEventData": "vercel_webhooks_event_data",
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
    "AggregateEventsResponseDeduction",
    "AggregateEventsResponseDeductionGroupedValues",
    "AggregateEventsResponseDeductionGroupedValuesValue",
    "AggregateEventsResponseDeductionGroupedValuesValueValue",
    "AggregateEventsResponseDeductionValues",
    "AggregateEventsResponseDeductionValuesValue",
    "AggregateEventsResponseDeductionValuesValueBalance",
    "AggregateEventsResponseDeductionValuesValueBalanceReset",
    "AggregateEventsResponseDeductionValuesValueFeatureType",
    "AggregateEventsResponseTotal",
    "AggregateRange",
    "AggregateTotal",
    "AttachDiscount",
    "AttachDiscountDict",
    "AttachInvoice",
    "AttachLicenseParamsEntity",
    "AttachLicenseParamsEntityDict",
    "AttachParamsCarryOverBalances",
    "AttachParamsCarryOverBalancesDict",
    "AttachParamsLicenseQuantity",
    "AttachParamsLicenseQuantityDict",
    "AttachParamsMetadata",
    "AttachParamsMetadataDict",
    "AttachResponse",
    "AutoTopup",
    "AutoTopupDict",
    "AutoTopupPurchaseLimit",
    "AutoTopupPurchaseLimitDict",
    "Balance",
    "BalanceBreakdown",
    "BalancePrice",
    "BalancePriceTier",
    "BalanceReset",
    "BalanceRollover",
    "BalancesLimitReachedData",
    "BalancesLimitReachedDataLimitType",
    "BalancesUsageAlertTriggeredData",
    "BalancesUsageAlertTriggeredDataUsageAlert",
    "BasePrice",
    "BatchTrackResponse",
    "BillingAutoTopupFailedData",
    "BillingAutoTopupFailedDataError",
    "BillingAutoTopupFailedDataReason",
    "BillingAutoTopupSucceededData",
    "BillingAutoTopupSucceededDataInvoice",
    "BillingControls",
    "BillingControlsDict",
    "BillingControlsOverageAllowed",
    "BillingControlsOverageAllowedDict",
    "BillingControlsSpendLimit",
    "BillingControlsSpendLimitDict",
    "BillingControlsSpendLimitLimitType",
    "BillingControlsUsageAlert",
    "BillingControlsUsageAlertDict",
    "BillingControlsUsageAlertThresholdType",
    "BillingControlsUsageLimit",
    "BillingControlsUsageLimitAnchor",
    "BillingControlsUsageLimitDict",
    "BillingControlsUsageLimitFilter",
    "BillingControlsUsageLimitFilterDict",
    "BillingControlsUsageLimitFilterProperties",
    "BillingControlsUsageLimitFilterPropertiesDict",
    "BillingControlsUsageLimitInterval",
    "BillingInterval",
    "BillingMethod",
    "BillingUpdatedData",
    "BillingUpdatedDataPlanChange",
    "BillingUpdatedDataPlanChangeAction",
    "BillingUpdatedDataPlanChangePlanChange",
    "BillingUpdatedDataPlanChangePlanChangeFreeTrialChange",
    "BillingUpdatedDataPlanChangePlanChangeItemChange",
    "BillingUpdatedDataPlanChangePlanChangeItemChangeAction",
    "BillingUpdatedDataPlanChangePlanChangePlan",
    "BillingUpdatedDataPlanChangePlanChangePlanBillingControls",
    "BillingUpdatedDataPlanChangePlanChangePlanBillingControlsAutoTopup",
    "BillingUpdatedDataPlanChangePlanChangePlanBillingControlsAutoTopupPurchaseLimit",
    "BillingUpdatedDataPlanChangePlanChangePlanConfig",
    "BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibility",
    "BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario",
    "BillingUpdatedDataPlanChangePlanChangePlanItem",
    "BillingUpdatedDataPlanChangePlanChangePlanItemPrice",
    "BillingUpdatedDataPlanChangePlanChangePlanItemPriceTier",
    "BillingUpdatedDataPlanChangePlanChangePlanItemProration",
    "BillingUpdatedDataPlanChangePlanChangePlanLicense",
    "BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize",
    "BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItem",
    "BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItemPrice",
    "BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem",
    "BillingUpdatedDataPlanChangePlanChangePlanPrice",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetails",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomize",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControls",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopup",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsAutoTopupPurchaseLimit",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsOverageAllowed",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsSpendLimit",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageAlert",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeBillingControlsUsageLimit",
    "BillingUpdatedDataPlanChangePlanChangePlanVariantDetailsCustomizeFreeTrial",
    "BillingUpdatedDataPlanChangePlanChangePreviousAttributes",
    "BillingUpdatedDataPlanChangePlanChangePriceChange",
    "BillingUpdatedDataPlanChangePreviousAttributes",
    "BillingUpdatedDataPlanChangePurchase",
    "BillingUpdatedDataPlanChangeSubscription",
    "BillingUpdatedDataPlanChangeSubscriptionStatus",
    "BinSize",
    "CancelAction",
    "CheckParamsLock",
    "CheckParamsLockDict",
    "CheckPreview",
    "CheckResponse",
    "CheckResponseBalances",
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
    "CreditSchemaItem",
    "CreditSchemaItemDict",
    "CustomLineItem",
    "CustomLineItemDict",
    "CustomRange",
    "CustomRangeDict",
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
    "CustomerDataConfig",
    "CustomerDataConfigDict",
    "CustomerDataDict",
    "CustomerEntity",
    "CustomerExpand",
    "CustomerFlags",
    "CustomerFlagsValue",
    "CustomerInvoicePreview",
    "CustomerLicense",
    "CustomerListItem",
    "CustomerProcessors",
    "CustomerProcessorsRevenuecat",
    "CustomerProcessorsStripe",
    "CustomerProcessorsVercel",
    "CustomerRewards",
    "Customize",
    "CustomizeDict",
    "CustomizeUpsertLicense",
    "CustomizeUpsertLicenseCustomize",
    "CustomizeUpsertLicenseCustomizeDict",
    "CustomizeUpsertLicenseDict",
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
    "Entity",
    "EntityBillingControls",
    "EntityData",
    "EntityDataBillingControls",
    "EntityDataBillingControlsDict",
    "EntityDataDict",
    "Environment",
    "Event",
    "EventsAggregateParamsAggregateOn",
    "Feature",
    "FeatureDisplay",
    "FeatureModelMarkups",
    "FeatureModelMarkupsDict",
    "FeatureModelMarkupsValue",
    "FeatureModelMarkupsValueDict",
    "FeatureProviderMarkups",
    "FeatureProviderMarkupsDict",
    "FeatureProviderMarkupsValue",
    "FeatureProviderMarkupsValueDict",
    "FeatureQuantity",
    "FeatureQuantityDict",
    "FeatureType",
    "FinalizeBalanceParamsAction",
    "FreeTrial",
    "FreeTrialDuration",
    "FreeTrialOnEnd",
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
    "Invoice",
    "InvoiceMode",
    "InvoiceModeDict",
    "InvoiceProcessorType",
    "ItemPrice",
    "ItemPriceTier",
    "ItemPriceTierAdditionalCurrency",
    "ItemPriceTierAdditionalCurrencyDict",
    "ItemReset",
    "ItemResetDict",
    "LineItem",
    "LineItemDiscount",
    "LinkRevenueCatParamsEnv",
    "LinkRevenueCatResponse",
    "ListCustomersParamsProcessor",
    "ListCustomersParamsSortOrder",
    "ListCustomersResponse",
    "ListEntitiesResponse",
    "ListEventsResponse",
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
    "MultiAttachCustomize",
    "MultiAttachCustomizeDict",
    "MultiAttachPlan",
    "MultiAttachPlanDict",
    "MultiUpdateParamsUpdate",
    "MultiUpdateParamsUpdateDict",
    "MultiUpdatePreviewResponse",
    "MultiUpdatePreviewResponseSubscription",
    "NextCycle",
    "NextCycleUsageLineItem",
    "OnDecrease",
    "OnIncrease",
    "OpenCustomerPortalResponse",
    "Plan",
    "PlanBillingControls",
    "PlanBillingControlsAutoTopup",
    "PlanConfig",
    "PlanConfigDict",
    "PlanCustomerEligibility",
    "PlanCustomerEligibilityAttachAction",
    "PlanFilter",
    "PlanFilterDict",
    "PlanItem",
    "PlanItemDetails",
    "PlanItemDetailsFeature",
    "PlanItemDetailsFeatureDisplay",
    "PlanItemDetailsFeatureDisplayDict",
    "PlanItemDetailsFeatureType",
    "PlanItemFilter",
    "PlanItemFilterDict",
    "PlanItemPrice",
    "PlanItemProration",
    "PlanItemProrationDict",
    "PlanItemRollover",
    "PlanItemRolloverDict",
    "PlanPrice",
    "PlanPriceAdditionalCurrency",
    "PlanPriceAdditionalCurrencyDict",
    "PlanSchedule",
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
    "PreviewAttachResponseTax",
    "PreviewAttachResponseTaxStatus",
    "PreviewProduct",
    "PreviewProductScenario",
    "PreviewScenario",
    "PreviewUpdateResponse",
    "PreviewUpdateResponseIntent",
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
    "ProductItemRolloverDict",
    "ProductItemType",
    "ProductProperties",
    "ProrationBehavior",
    "Purchase",
    "PurchaseLimitInterval",
    "RedeemRewardCodeResponse",
    "RedeemRewardCodeResponseEntitlementsGranted",
    "RedirectMode",
    "Referral",
    "ReferralCode",
    "ReferralRedemption",
    "ReferredCustomer",
    "RefundLastPayment",
    "RequiredAction",
    "RequiredActionCode",
    "ResetInterval",
    "RevokeKeyResponse",
    "RewardDiscount",
    "RewardDiscountDurationType",
    "RewardDiscountType",
    "RolloverConfig",
    "RolloverDuration",
    "SetupPaymentResponse",
    "Subscription",
    "SubscriptionScope",
    "SubscriptionStatus",
    "SuccessResponse",
    "SyncRevenueCatParamsEnv",
    "SyncRevenueCatResponse",
    "SyncRevenueCatResponseResult",
    "SyncRevenueCatResponseResultApp",
    "SyncRevenueCatResponseResultAppPrice",
    "SyncRevenueCatResponseResultAppProduct",
    "SyncRevenueCatResponseResultAppStorePush",
    "SyncRevenueCatResponseResultStatus",
    "TierBehavior",
    "TrackParams",
    "TrackParamsDict",
    "TrackParamsOverageBehavior",
    "TrackResponse",
    "TrackResponseDeduction",
    "TrialUsed",
    "UpdatePlanItem",
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
    "UsageModel",
    "VercelResourcesDeletedData",
    "VercelResourcesProvisionedData",
    "VercelResourcesProvisionedDataResource",
    "VercelResourcesRotateSecretsData",
    "VercelWebhooksEventData",
)
