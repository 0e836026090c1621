# generated from openapi.yaml — do not edit
"""The data models of the Autumn API. Each one is imported on first use."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .balance import Balance
    from .balance_breakdown import BalanceBreakdown
    from .balance_feature import BalanceFeature
    from .balance_price import BalancePrice
    from .balance_reset import BalanceReset
    from .balance_rollover import BalanceRollover
    from .billing_method import BillingMethod
    from .check_params import CheckParams
    from .check_params_properties import CheckParamsProperties
    from .check_preview import CheckPreview
    from .check_response import CheckResponse
    from .credit_schema_item import CreditSchemaItem
    from .environment import Environment
    from .error_body import ErrorBody
    from .feature_display import FeatureDisplay
    from .feature_type import FeatureType
    from .free_trial import FreeTrial
    from .free_trial_duration import FreeTrialDuration
    from .on_decrease import OnDecrease
    from .on_increase import OnIncrease
    from .preview_product import PreviewProduct
    from .preview_scenario import PreviewScenario
    from .product_item import ProductItem
    from .product_item_config import ProductItemConfig
    from .product_item_display import ProductItemDisplay
    from .product_item_feature_type import ProductItemFeatureType
    from .product_item_interval import ProductItemInterval
    from .product_item_type import ProductItemType
    from .product_properties import ProductProperties
    from .product_scenario import ProductScenario
    from .reset_interval import ResetInterval
    from .rollover_config import RolloverConfig
    from .rollover_duration import RolloverDuration
    from .tier_behavior import TierBehavior
    from .track_params import TrackParams
    from .track_params_properties import TrackParamsProperties
    from .track_response import TrackResponse
    from .track_response_balances import TrackResponseBalances
    from .usage_model import UsageModel

_MODULES = {
    "Balance": "balance",
    "BalanceBreakdown": "balance_breakdown",
    "BalanceFeature": "balance_feature",
    "BalancePrice": "balance_price",
    "BalanceReset": "balance_reset",
    "BalanceRollover": "balance_rollover",
    "BillingMethod": "billing_method",
    "CheckParams": "check_params",
    "CheckParamsProperties": "check_params_properties",
    "CheckPreview": "check_preview",
    "CheckResponse": "check_response",
    "CreditSchemaItem": "credit_schema_item",
    "Environment": "environment",
    "ErrorBody": "error_body",
    "FeatureDisplay": "feature_display",
    "FeatureType": "feature_type",
    "FreeTrial": "free_trial",
    "FreeTrialDuration": "free_trial_duration",
    "OnDecrease": "on_decrease",
    "OnIncrease": "on_increase",
    "PreviewProduct": "preview_product",
    "PreviewScenario": "preview_scenario",
    "ProductItem": "product_item",
    "ProductItemConfig": "product_item_config",
    "ProductItemDisplay": "product_item_display",
    "ProductItemFeatureType": "product_item_feature_type",
    "ProductItemInterval": "product_item_interval",
    "ProductItemType": "product_item_type",
    "ProductProperties": "product_properties",
    "ProductScenario": "product_scenario",
    "ResetInterval": "reset_interval",
    "RolloverConfig": "rollover_config",
    "RolloverDuration": "rollover_duration",
    "TierBehavior": "tier_behavior",
    "TrackParams": "track_params",
    "TrackParamsProperties": "track_params_properties",
    "TrackResponse": "track_response",
    "TrackResponseBalances": "track_response_balances",
    "UsageModel": "usage_model",
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
    "Balance",
    "BalanceBreakdown",
    "BalanceFeature",
    "BalancePrice",
    "BalanceReset",
    "BalanceRollover",
    "BillingMethod",
    "CheckParams",
    "CheckParamsProperties",
    "CheckPreview",
    "CheckResponse",
    "CreditSchemaItem",
    "Environment",
    "ErrorBody",
    "FeatureDisplay",
    "FeatureType",
    "FreeTrial",
    "FreeTrialDuration",
    "OnDecrease",
    "OnIncrease",
    "PreviewProduct",
    "PreviewScenario",
    "ProductItem",
    "ProductItemConfig",
    "ProductItemDisplay",
    "ProductItemFeatureType",
    "ProductItemInterval",
    "ProductItemType",
    "ProductProperties",
    "ProductScenario",
    "ResetInterval",
    "RolloverConfig",
    "RolloverDuration",
    "TierBehavior",
    "TrackParams",
    "TrackParamsProperties",
    "TrackResponse",
    "TrackResponseBalances",
    "UsageModel",
)
