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

from ..models.billing_controls_spend_limit_limit_type import BillingControlsSpendLimitLimitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingControlsSpendLimit")


@_attrs_define
class BillingControlsSpendLimit:
    feature_id: str | Unset = UNSET
    """ Optional feature ID this spend limit applies to. """
    enabled: bool | Unset = False
    """ Whether the overage spend limit is enabled. """
    limit_type: BillingControlsSpendLimitLimitType | Unset = UNSET
    """ How overage_limit is interpreted: an absolute overage cap (default) or a percentage of the main-plan
    allowance. """
    overage_limit: float | Unset = UNSET
    """ Overage cap for the feature: absolute units, or a percent (e.g. 120) when limit_type is usage_percentage.
    """
    skip_overage_billing: bool | Unset = UNSET
    """ When true, overage for this feature is not posted to Stripe. Usage tracking and balance resets still behave
    normally. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        enabled = self.enabled

        limit_type: str | Unset = UNSET
        if not isinstance(self.limit_type, Unset):
            limit_type = self.limit_type.value

        overage_limit = self.overage_limit

        skip_overage_billing = self.skip_overage_billing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if limit_type is not UNSET:
            field_dict["limit_type"] = limit_type
        if overage_limit is not UNSET:
            field_dict["overage_limit"] = overage_limit
        if skip_overage_billing is not UNSET:
            field_dict["skip_overage_billing"] = skip_overage_billing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict.get("feature_id", UNSET)
        if feature_id is not UNSET and not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        enabled = src_dict.get("enabled", UNSET)
        if enabled is not UNSET and not (type(enabled) is bool):
            raise TypeError(f"enabled: expected a boolean, not {type(enabled).__name__}")

        _limit_type = src_dict.get("limit_type", UNSET)
        limit_type: BillingControlsSpendLimitLimitType | Unset
        if isinstance(_limit_type, Unset):
            limit_type = UNSET
        else:
            limit_type = _BillingControlsSpendLimitLimitType_VALUES.get(
                _limit_type
            ) or BillingControlsSpendLimitLimitType(_limit_type)

        overage_limit = src_dict.get("overage_limit", UNSET)
        if overage_limit is not UNSET and not (type(overage_limit) is int or type(overage_limit) is float):
            raise TypeError(f"overage_limit: expected a number, not {type(overage_limit).__name__}")

        skip_overage_billing = src_dict.get("skip_overage_billing", UNSET)
        if skip_overage_billing is not UNSET and not (type(skip_overage_billing) is bool):
            raise TypeError(
                f"skip_overage_billing: expected a boolean, not {type(skip_overage_billing).__name__}"
            )

        billing_controls_spend_limit = cls(
            feature_id,
            enabled,
            limit_type,
            overage_limit,
            skip_overage_billing,
        )

        if len(src_dict) != 0 + ("feature_id" in src_dict) + ("enabled" in src_dict) + (
            "limit_type" in src_dict
        ) + ("overage_limit" in src_dict) + ("skip_overage_billing" in src_dict):
            billing_controls_spend_limit.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "enabled",
                    "limit_type",
                    "overage_limit",
                    "skip_overage_billing",
                }
            }
        return billing_controls_spend_limit

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


# BillingControlsSpendLimit as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class BillingControlsSpendLimitDict(TypedDict, total=False):
    feature_id: str
    enabled: bool
    limit_type: Literal["absolute", "usage_percentage"] | BillingControlsSpendLimitLimitType
    overage_limit: float
    skip_overage_billing: bool


if TYPE_CHECKING:
    from ..models.billing_controls_spend_limit_limit_type import BillingControlsSpendLimitLimitType


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingControlsSpendLimitLimitType_VALUES = cast(
    "dict[object, BillingControlsSpendLimitLimitType]", BillingControlsSpendLimitLimitType._value2member_map_
)
