# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_interval import BillingInterval
from ..models.billing_method import BillingMethod
from ..models.tier_behavior import TierBehavior
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateScheduleParamsPhasePlanCustomizeItemPrice")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateScheduleParamsPhasePlanCustomizeItemPrice(_NestedFields):
    """Pricing for usage beyond included units. Omit for free features."""

    interval: BillingInterval
    """ Billing interval (e.g. 'month', 'year'). """
    billing_method: BillingMethod
    """ 'prepaid' for features like seats where customers pay upfront, 'usage_based' for pay-as-you-go after
    included usage. """
    amount: float | Unset = UNSET
    """ Price per billing_units after included usage. Either 'amount' or 'tiers' is required. """
    additional_currencies: list[CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency] | Unset = (
        UNSET
    )
    """ Amounts in additional currencies for this flat price. The base 'amount' is in the org's default currency.
    Only valid with 'amount', not 'tiers'. """
    tiers: list[CreateScheduleParamsPhasePlanCustomizeItemPriceTier] | Unset = UNSET
    """ Tiered pricing.  Either 'amount' or 'tiers' is required. """
    tier_behavior: TierBehavior | Unset = UNSET
    interval_count: float | Unset = 1.0
    """ Number of intervals per billing cycle. Defaults to 1. """
    billing_units: float | Unset = 1.0
    """ Units per price increment. Usage is rounded UP when billed (e.g. billing_units=100 means 101 rounds to 200).
    """
    max_purchase: float | None | Unset = UNSET
    """ Max units purchasable beyond included. E.g. included=100, max_purchase=300 allows 400 total. Null for no
    limit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval.value

        billing_method = self.billing_method.value

        amount = self.amount

        additional_currencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_currencies, Unset):
            additional_currencies = []
            for additional_currencies_item_data in self.additional_currencies:
                additional_currencies_item = additional_currencies_item_data.to_dict()
                additional_currencies.append(additional_currencies_item)

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)

        tier_behavior: str | Unset = UNSET
        if not isinstance(self.tier_behavior, Unset):
            tier_behavior = self.tier_behavior.value

        interval_count = self.interval_count

        billing_units = self.billing_units

        max_purchase: float | None | Unset
        if isinstance(self.max_purchase, Unset):
            max_purchase = UNSET
        else:
            max_purchase = self.max_purchase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interval": interval,
                "billing_method": billing_method,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if additional_currencies is not UNSET:
            field_dict["additional_currencies"] = additional_currencies
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if tier_behavior is not UNSET:
            field_dict["tier_behavior"] = tier_behavior
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if billing_units is not UNSET:
            field_dict["billing_units"] = billing_units
        if max_purchase is not UNSET:
            field_dict["max_purchase"] = max_purchase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        interval = _BillingInterval_VALUES.get(src_dict["interval"]) or BillingInterval(src_dict["interval"])

        billing_method = _BillingMethod_VALUES.get(src_dict["billing_method"]) or BillingMethod(
            src_dict["billing_method"]
        )

        amount = src_dict.get("amount", UNSET)
        if amount is not UNSET and not (type(amount) is int or type(amount) is float):
            raise TypeError(f"amount: expected a number, not {type(amount).__name__}")

        _additional_currencies = src_dict.get("additional_currencies", UNSET)

        _tiers = src_dict.get("tiers", UNSET)

        _tier_behavior = src_dict.get("tier_behavior", UNSET)
        tier_behavior: TierBehavior | Unset
        if isinstance(_tier_behavior, Unset):
            tier_behavior = UNSET
        else:
            tier_behavior = _TierBehavior_VALUES.get(_tier_behavior) or TierBehavior(_tier_behavior)

        interval_count = src_dict.get("interval_count", UNSET)
        if interval_count is not UNSET and not (type(interval_count) is int or type(interval_count) is float):
            raise TypeError(f"interval_count: expected a number, not {type(interval_count).__name__}")

        billing_units = src_dict.get("billing_units", UNSET)
        if billing_units is not UNSET and not (type(billing_units) is int or type(billing_units) is float):
            raise TypeError(f"billing_units: expected a number, not {type(billing_units).__name__}")

        max_purchase: float | None | Unset = src_dict.get("max_purchase", UNSET)
        if not (
            max_purchase is UNSET
            or type(max_purchase) is int
            or type(max_purchase) is float
            or max_purchase is None
        ):
            raise TypeError(f"max_purchase: unexpected {type(max_purchase).__name__}")

        create_schedule_params_phase_plan_customize_item_price = cls(
            interval,
            billing_method,
            amount,
            UNSET,
            UNSET,
            tier_behavior,
            interval_count,
            billing_units,
            max_purchase,
        )
        create_schedule_params_phase_plan_customize_item_price._src = src_dict
        if _additional_currencies is not UNSET:
            del create_schedule_params_phase_plan_customize_item_price.additional_currencies
        if _tiers is not UNSET:
            del create_schedule_params_phase_plan_customize_item_price.tiers

        if len(src_dict) != 2 + ("amount" in src_dict) + ("additional_currencies" in src_dict) + (
            "tiers" in src_dict
        ) + ("tier_behavior" in src_dict) + ("interval_count" in src_dict) + ("billing_units" in src_dict) + (
            "max_purchase" in src_dict
        ):
            create_schedule_params_phase_plan_customize_item_price.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "billing_method",
                    "amount",
                    "additional_currencies",
                    "tiers",
                    "tier_behavior",
                    "interval_count",
                    "billing_units",
                    "max_purchase",
                }
            }
        return create_schedule_params_phase_plan_customize_item_price

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# CreateScheduleParamsPhasePlanCustomizeItemPrice as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateScheduleParamsPhasePlanCustomizeItemPriceDict(TypedDict, total=False):
    interval: Required[
        Literal["one_off", "week", "month", "quarter", "semi_annual", "year"] | BillingInterval
    ]
    billing_method: Required[Literal["prepaid", "usage_based"] | BillingMethod]
    amount: float
    additional_currencies: Sequence[
        CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency
        | CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrencyDict
    ]
    tiers: Sequence[
        CreateScheduleParamsPhasePlanCustomizeItemPriceTier
        | CreateScheduleParamsPhasePlanCustomizeItemPriceTierDict
    ]
    tier_behavior: Literal["graduated", "volume"] | TierBehavior
    interval_count: float
    billing_units: float
    max_purchase: float | None


if TYPE_CHECKING:
    from ..models.billing_interval import BillingInterval
    from ..models.billing_method import BillingMethod
    from ..models.create_schedule_params_phase_plan_customize_item_price_additional_currency import (
        CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency,
        CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrencyDict,
    )
    from ..models.create_schedule_params_phase_plan_customize_item_price_tier import (
        CreateScheduleParamsPhasePlanCustomizeItemPriceTier,
        CreateScheduleParamsPhasePlanCustomizeItemPriceTierDict,
    )
    from ..models.tier_behavior import TierBehavior

from ..models.create_schedule_params_phase_plan_customize_item_price_additional_currency import (
    CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency,  # noqa: E402
)
from ..models.create_schedule_params_phase_plan_customize_item_price_tier import (
    CreateScheduleParamsPhasePlanCustomizeItemPriceTier,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_additional_currencies(data: Any) -> Any:
    _additional_currencies = data
    additional_currencies: list[CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency] | Unset = (
        UNSET
    )
    if _additional_currencies is not UNSET:
        additional_currencies = []
        for additional_currencies_item_data in _additional_currencies:
            additional_currencies_item = (
                CreateScheduleParamsPhasePlanCustomizeItemPriceAdditionalCurrency.from_dict(
                    additional_currencies_item_data
                )
            )

            additional_currencies.append(additional_currencies_item)

    return additional_currencies


def _build_tiers(data: Any) -> Any:
    _tiers = data
    tiers: list[CreateScheduleParamsPhasePlanCustomizeItemPriceTier] | Unset = UNSET
    if _tiers is not UNSET:
        tiers = []
        for tiers_item_data in _tiers:
            tiers_item = CreateScheduleParamsPhasePlanCustomizeItemPriceTier.from_dict(tiers_item_data)

            tiers.append(tiers_item)

    return tiers


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateScheduleParamsPhasePlanCustomizeItemPrice._NESTED = {
    "additional_currencies": ("additional_currencies", _build_additional_currencies),
    "tiers": ("tiers", _build_tiers),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingInterval_VALUES = cast("dict[object, BillingInterval]", BillingInterval._value2member_map_)
_BillingMethod_VALUES = cast("dict[object, BillingMethod]", BillingMethod._value2member_map_)
_TierBehavior_VALUES = cast("dict[object, TierBehavior]", TierBehavior._value2member_map_)
