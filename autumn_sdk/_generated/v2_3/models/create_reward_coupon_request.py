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

from ..models.create_reward_coupon_request_type import CreateRewardCouponRequestType

T = TypeVar("T", bound="CreateRewardCouponRequest")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateRewardCouponRequest(_NestedFields):
    """Provide exactly one of coupon or feature_grant, not both."""

    id: str
    name: str
    duration: CreateRewardCouponRequestDuration
    """ Use a positive integer length for months, and null for one_off or forever. """
    plan_ids: list[str] | None
    """ Plan IDs must be unique. """
    promo_codes: list[CreateRewardCouponRequestPromoCode]
    """ Promo code values must be unique. """
    type_: CreateRewardCouponRequestType
    value: float
    """ Percentage discounts must be at most 100; fixed discounts must be positive. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

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

        type_ = self.type_.value

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "duration": duration,
                "plan_ids": plan_ids,
                "promo_codes": promo_codes,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

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

        type_ = _CreateRewardCouponRequestType_VALUES.get(src_dict["type"]) or CreateRewardCouponRequestType(
            src_dict["type"]
        )

        value = src_dict["value"]
        if not (type(value) is int or type(value) is float):
            raise TypeError(f"value: expected a number, not {type(value).__name__}")

        create_reward_coupon_request = cls(
            id,
            name,
            _PENDING,
            plan_ids,
            _PENDING,
            type_,
            value,
        )
        create_reward_coupon_request._src = src_dict
        del create_reward_coupon_request.duration
        del create_reward_coupon_request.promo_codes

        return create_reward_coupon_request

    @property
    def type(self) -> CreateRewardCouponRequestType:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


# CreateRewardCouponRequest as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateRewardCouponRequestDict(TypedDict, total=False):
    id: Required[str]
    name: Required[str]
    duration: Required[CreateRewardCouponRequestDuration | CreateRewardCouponRequestDurationDict]
    plan_ids: Required[Sequence[str] | None]
    promo_codes: Required[
        Sequence[CreateRewardCouponRequestPromoCode | CreateRewardCouponRequestPromoCodeDict]
    ]
    type: Required[Literal["percentage_discount", "fixed_discount"] | CreateRewardCouponRequestType]
    value: Required[float]


if TYPE_CHECKING:
    from ..models.create_reward_coupon_request_duration import (
        CreateRewardCouponRequestDuration,
        CreateRewardCouponRequestDurationDict,
    )
    from ..models.create_reward_coupon_request_promo_code import (
        CreateRewardCouponRequestPromoCode,
        CreateRewardCouponRequestPromoCodeDict,
    )
    from ..models.create_reward_coupon_request_type import CreateRewardCouponRequestType

from ..models.create_reward_coupon_request_duration import CreateRewardCouponRequestDuration  # noqa: E402
from ..models.create_reward_coupon_request_promo_code import CreateRewardCouponRequestPromoCode  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_duration(data: Any) -> Any:
    duration = CreateRewardCouponRequestDuration.from_dict(data)

    return duration


def _build_promo_codes(data: Any) -> Any:
    promo_codes = []
    _promo_codes = data
    for promo_codes_item_data in _promo_codes:
        promo_codes_item = CreateRewardCouponRequestPromoCode.from_dict(promo_codes_item_data)

        promo_codes.append(promo_codes_item)

    return promo_codes


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateRewardCouponRequest._NESTED = {
    "duration": ("duration", _build_duration),
    "promo_codes": ("promo_codes", _build_promo_codes),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_CreateRewardCouponRequestType_VALUES = cast(
    "dict[object, CreateRewardCouponRequestType]", CreateRewardCouponRequestType._value2member_map_
)
