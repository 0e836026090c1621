# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reward_discount_duration_type import RewardDiscountDurationType
from ..models.reward_discount_type import RewardDiscountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RewardDiscount")


@_attrs_define
class RewardDiscount:
    id: str
    """ The unique identifier for this discount """
    name: str
    """ The name of the discount or coupon """
    type_: RewardDiscountType
    """ The type of reward """
    discount_value: float
    """ The discount value (percentage or fixed amount) """
    duration_type: RewardDiscountDurationType
    """ How long the discount lasts """
    duration_value: float | None | Unset = UNSET
    """ Number of billing periods the discount applies for repeating durations """
    currency: None | str | Unset = UNSET
    """ The currency code for fixed amount discounts """
    start: float | None | Unset = UNSET
    """ Timestamp when the discount becomes active """
    end: float | None | Unset = UNSET
    """ Timestamp when the discount expires """
    subscription_id: None | str | Unset = UNSET
    """ The Stripe subscription ID this discount is applied to """
    total_discount_amount: float | None | Unset = UNSET
    """ Total amount saved from this discount """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        discount_value = self.discount_value

        duration_type = self.duration_type.value

        duration_value: float | None | Unset
        if isinstance(self.duration_value, Unset):
            duration_value = UNSET
        else:
            duration_value = self.duration_value

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        start: float | None | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        else:
            start = self.start

        end: float | None | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        subscription_id: None | str | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = self.subscription_id

        total_discount_amount: float | None | Unset
        if isinstance(self.total_discount_amount, Unset):
            total_discount_amount = UNSET
        else:
            total_discount_amount = self.total_discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "discount_value": discount_value,
                "duration_type": duration_type,
            }
        )
        if duration_value is not UNSET:
            field_dict["duration_value"] = duration_value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if total_discount_amount is not UNSET:
            field_dict["total_discount_amount"] = total_discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        type_ = _RewardDiscountType_VALUES.get(src_dict["type"]) or RewardDiscountType(src_dict["type"])

        discount_value = src_dict["discount_value"]
        if not (type(discount_value) is int or type(discount_value) is float):
            raise TypeError(f"discount_value: expected a number, not {type(discount_value).__name__}")

        duration_type = _RewardDiscountDurationType_VALUES.get(
            src_dict["duration_type"]
        ) or RewardDiscountDurationType(src_dict["duration_type"])

        duration_value: float | None | Unset = src_dict.get("duration_value", UNSET)
        if not (
            duration_value is UNSET
            or type(duration_value) is int
            or type(duration_value) is float
            or duration_value is None
        ):
            raise TypeError(f"duration_value: unexpected {type(duration_value).__name__}")

        currency: None | str | Unset = src_dict.get("currency", UNSET)
        if not (currency is UNSET or type(currency) is str or currency is None):
            raise TypeError(f"currency: unexpected {type(currency).__name__}")

        start: float | None | Unset = src_dict.get("start", UNSET)
        if not (start is UNSET or type(start) is int or type(start) is float or start is None):
            raise TypeError(f"start: unexpected {type(start).__name__}")

        end: float | None | Unset = src_dict.get("end", UNSET)
        if not (end is UNSET or type(end) is int or type(end) is float or end is None):
            raise TypeError(f"end: unexpected {type(end).__name__}")

        subscription_id: None | str | Unset = src_dict.get("subscription_id", UNSET)
        if not (subscription_id is UNSET or type(subscription_id) is str or subscription_id is None):
            raise TypeError(f"subscription_id: unexpected {type(subscription_id).__name__}")

        total_discount_amount: float | None | Unset = src_dict.get("total_discount_amount", UNSET)
        if not (
            total_discount_amount is UNSET
            or type(total_discount_amount) is int
            or type(total_discount_amount) is float
            or total_discount_amount is None
        ):
            raise TypeError(f"total_discount_amount: unexpected {type(total_discount_amount).__name__}")

        reward_discount = cls(
            id,
            name,
            type_,
            discount_value,
            duration_type,
            duration_value,
            currency,
            start,
            end,
            subscription_id,
            total_discount_amount,
        )

        if len(src_dict) != 5 + ("duration_value" in src_dict) + ("currency" in src_dict) + (
            "start" in src_dict
        ) + ("end" in src_dict) + ("subscription_id" in src_dict) + ("total_discount_amount" in src_dict):
            reward_discount.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "type",
                    "discount_value",
                    "duration_type",
                    "duration_value",
                    "currency",
                    "start",
                    "end",
                    "subscription_id",
                    "total_discount_amount",
                }
            }
        return reward_discount

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

    @property
    def type(self) -> RewardDiscountType:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_RewardDiscountDurationType_VALUES = cast(
    "dict[object, RewardDiscountDurationType]", RewardDiscountDurationType._value2member_map_
)
_RewardDiscountType_VALUES = cast("dict[object, RewardDiscountType]", RewardDiscountType._value2member_map_)
