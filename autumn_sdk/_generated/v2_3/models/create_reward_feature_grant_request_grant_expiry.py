# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
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

from ..models.billing_controls_usage_limit_interval import BillingControlsUsageLimitInterval

T = TypeVar("T", bound="CreateRewardFeatureGrantRequestGrantExpiry")


@_attrs_define
class CreateRewardFeatureGrantRequestGrantExpiry:
    type_: BillingControlsUsageLimitInterval
    """ Interval for the cap, aligned to the customer's billing cycle. """
    length: int
    """ The positive integer count of periods before the grant expires. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        length = self.length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "length": length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = _BillingControlsUsageLimitInterval_VALUES.get(
            src_dict["type"]
        ) or BillingControlsUsageLimitInterval(src_dict["type"])

        length = src_dict["length"]
        if not (type(length) is int):
            raise TypeError(f"length: expected an integer, not {type(length).__name__}")

        create_reward_feature_grant_request_grant_expiry = cls(
            type_,
            length,
        )

        return create_reward_feature_grant_request_grant_expiry

    @property
    def type(self) -> BillingControlsUsageLimitInterval:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


# CreateRewardFeatureGrantRequestGrantExpiry as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateRewardFeatureGrantRequestGrantExpiryDict(TypedDict, total=False):
    type: Required[Literal["day", "week", "month", "year"] | BillingControlsUsageLimitInterval]
    length: Required[int]


if TYPE_CHECKING:
    from ..models.billing_controls_usage_limit_interval import BillingControlsUsageLimitInterval


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingControlsUsageLimitInterval_VALUES = cast(
    "dict[object, BillingControlsUsageLimitInterval]", BillingControlsUsageLimitInterval._value2member_map_
)
