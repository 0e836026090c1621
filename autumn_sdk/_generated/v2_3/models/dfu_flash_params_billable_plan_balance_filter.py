# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dfu_flash_params_billable_plan_balance_filter_billing_behavior import (
    DfuFlashParamsBillablePlanBalanceFilterBillingBehavior,
)
from ..models.dfu_flash_params_billable_plan_balance_filter_interval import (
    DfuFlashParamsBillablePlanBalanceFilterInterval,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DfuFlashParamsBillablePlanBalanceFilter")


@_attrs_define
class DfuFlashParamsBillablePlanBalanceFilter:
    """Disambiguates which entitlement line to target when the feature has multiple."""

    interval: DfuFlashParamsBillablePlanBalanceFilterInterval | None | Unset = UNSET
    """ Reset interval selecting which entitlement line to target when a feature has several ('lifetime' or null =
    the non-resetting one-off line). """
    billing_behavior: DfuFlashParamsBillablePlanBalanceFilterBillingBehavior | Unset = UNSET
    """ Selects the included vs prepaid vs usage-based (pay-per-use) entitlement line when a feature has several.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval: None | str | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        elif isinstance(self.interval, DfuFlashParamsBillablePlanBalanceFilterInterval):
            interval = self.interval.value
        else:
            interval = self.interval

        billing_behavior: str | Unset = UNSET
        if not isinstance(self.billing_behavior, Unset):
            billing_behavior = self.billing_behavior.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["interval"] = interval
        if billing_behavior is not UNSET:
            field_dict["billing_behavior"] = billing_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _interval = src_dict.get("interval", UNSET)
        interval: DfuFlashParamsBillablePlanBalanceFilterInterval | None | Unset
        if _interval is None:
            interval = None
        elif isinstance(_interval, Unset):
            interval = UNSET
        elif isinstance(_interval, str):
            interval_type_0 = _DfuFlashParamsBillablePlanBalanceFilterInterval_VALUES.get(
                _interval
            ) or DfuFlashParamsBillablePlanBalanceFilterInterval(_interval)

            interval = interval_type_0
        else:
            raise TypeError(f"interval: unexpected {type(_interval).__name__}")

        _billing_behavior = src_dict.get("billing_behavior", UNSET)
        billing_behavior: DfuFlashParamsBillablePlanBalanceFilterBillingBehavior | Unset
        if isinstance(_billing_behavior, Unset):
            billing_behavior = UNSET
        else:
            billing_behavior = _DfuFlashParamsBillablePlanBalanceFilterBillingBehavior_VALUES.get(
                _billing_behavior
            ) or DfuFlashParamsBillablePlanBalanceFilterBillingBehavior(_billing_behavior)

        dfu_flash_params_billable_plan_balance_filter = cls(
            interval,
            billing_behavior,
        )

        if len(src_dict) != 0 + ("interval" in src_dict) + ("billing_behavior" in src_dict):
            dfu_flash_params_billable_plan_balance_filter.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interval",
                    "billing_behavior",
                }
            }
        return dfu_flash_params_billable_plan_balance_filter

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


# DfuFlashParamsBillablePlanBalanceFilter as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class DfuFlashParamsBillablePlanBalanceFilterDict(TypedDict, total=False):
    interval: (
        Literal["lifetime", "minute", "hour", "day", "week", "month", "quarter", "semi_annual", "year"]
        | DfuFlashParamsBillablePlanBalanceFilterInterval
        | None
    )
    billing_behavior: (
        Literal["included", "prepaid", "usage_based"] | DfuFlashParamsBillablePlanBalanceFilterBillingBehavior
    )


if TYPE_CHECKING:
    from ..models.dfu_flash_params_billable_plan_balance_filter_billing_behavior import (
        DfuFlashParamsBillablePlanBalanceFilterBillingBehavior,
    )
    from ..models.dfu_flash_params_billable_plan_balance_filter_interval import (
        DfuFlashParamsBillablePlanBalanceFilterInterval,
    )


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_DfuFlashParamsBillablePlanBalanceFilterBillingBehavior_VALUES = cast(
    "dict[object, DfuFlashParamsBillablePlanBalanceFilterBillingBehavior]",
    DfuFlashParamsBillablePlanBalanceFilterBillingBehavior._value2member_map_,
)
_DfuFlashParamsBillablePlanBalanceFilterInterval_VALUES = cast(
    "dict[object, DfuFlashParamsBillablePlanBalanceFilterInterval]",
    DfuFlashParamsBillablePlanBalanceFilterInterval._value2member_map_,
)
