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

from ..models.create_reward_coupon_response_type import CreateRewardCouponResponseType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRewardCouponResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateRewardCouponResponse(_NestedFields):
    id: str
    """ The unique identifier for the coupon. """
    type_: CreateRewardCouponResponseType
    """ The type of discount: percentage_discount, fixed_discount, or invoice_credits. """
    value: float
    """ The discount value. A percentage for percentage_discount, or an amount for fixed_discount / invoice_credits.
    """
    duration: CreateRewardDurationResponse
    """ How long the coupon applies once redeemed. """
    plan_ids: list[str] | None
    """ The plan IDs the coupon applies to, or null when it applies to all plans. """
    promo_codes: list[CreateRewardCouponPromoCodeResponse]
    created_at: float
    """ The Unix timestamp (in milliseconds) when the coupon was created. """
    name: None | str | Unset = UNSET
    """ A human-readable name for the coupon. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        value = self.value

        duration = self.duration.to_dict()

        plan_ids: list[str] | None
        if isinstance(self.plan_ids, list):
            plan_ids = self.plan_ids

        else:
            plan_ids = self.plan_ids

        promo_codes = []
        for promo_codes_item_data in self.promo_codes:
            promo_codes_item = promo_codes_item_data.to_dict()
            promo_codes.append(promo_codes_item)

        created_at = self.created_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "value": value,
                "duration": duration,
                "plan_ids": plan_ids,
                "promo_codes": promo_codes,
                "created_at": created_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        type_ = _CreateRewardCouponResponseType_VALUES.get(
            src_dict["type"]
        ) or CreateRewardCouponResponseType(src_dict["type"])

        value = src_dict["value"]
        if not (type(value) is int or type(value) is float):
            raise TypeError(f"value: expected a number, not {type(value).__name__}")

        _duration = src_dict["duration"]

        _plan_ids = src_dict["plan_ids"]
        plan_ids: list[str] | None
        if _plan_ids is None:
            plan_ids = None
        elif isinstance(_plan_ids, list):
            plan_ids_type_0 = cast(list[str], _plan_ids)

            plan_ids = plan_ids_type_0
        else:
            raise TypeError(f"plan_ids: unexpected {type(_plan_ids).__name__}")

        _promo_codes = src_dict["promo_codes"]

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        name: None | str | Unset = src_dict.get("name", UNSET)
        if not (name is UNSET or type(name) is str or name is None):
            raise TypeError(f"name: unexpected {type(name).__name__}")

        create_reward_coupon_response = cls(
            id,
            type_,
            value,
            _PENDING,
            plan_ids,
            _PENDING,
            created_at,
            name,
        )
        create_reward_coupon_response._src = src_dict
        del create_reward_coupon_response.duration
        del create_reward_coupon_response.promo_codes

        if len(src_dict) != 7 + ("name" in src_dict):
            create_reward_coupon_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "type",
                    "value",
                    "duration",
                    "plan_ids",
                    "promo_codes",
                    "created_at",
                    "name",
                }
            }
        return create_reward_coupon_response

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
    def type(self) -> CreateRewardCouponResponseType:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


from ..models.create_reward_coupon_promo_code_response import CreateRewardCouponPromoCodeResponse  # noqa: E402
from ..models.create_reward_duration_response import CreateRewardDurationResponse  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_duration(data: Any) -> Any:
    duration = CreateRewardDurationResponse.from_dict(data)

    return duration


def _build_promo_codes(data: Any) -> Any:
    promo_codes = []
    _promo_codes = data
    for promo_codes_item_data in _promo_codes:
        promo_codes_item = CreateRewardCouponPromoCodeResponse.from_dict(promo_codes_item_data)

        promo_codes.append(promo_codes_item)

    return promo_codes


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateRewardCouponResponse._NESTED = {
    "duration": ("duration", _build_duration),
    "promo_codes": ("promo_codes", _build_promo_codes),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_CreateRewardCouponResponseType_VALUES = cast(
    "dict[object, CreateRewardCouponResponseType]", CreateRewardCouponResponseType._value2member_map_
)
