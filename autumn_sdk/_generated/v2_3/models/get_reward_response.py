# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="GetRewardResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class GetRewardResponse(_NestedFields):
    coupon: CreateRewardCouponResponse | Unset = UNSET
    feature_grant: CreateRewardFeatureGrantResponse | Unset = UNSET
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        coupon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coupon, Unset):
            coupon = self.coupon.to_dict()

        feature_grant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_grant, Unset):
            feature_grant = self.feature_grant.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if feature_grant is not UNSET:
            field_dict["feature_grant"] = feature_grant

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _coupon = src_dict.get("coupon", UNSET)

        _feature_grant = src_dict.get("feature_grant", UNSET)

        get_reward_response = cls(
            UNSET,
            UNSET,
        )
        get_reward_response._src = src_dict
        if _coupon is not UNSET:
            del get_reward_response.coupon
        if _feature_grant is not UNSET:
            del get_reward_response.feature_grant

        return get_reward_response


from ..models.create_reward_coupon_response import CreateRewardCouponResponse  # noqa: E402
from ..models.create_reward_feature_grant_response import CreateRewardFeatureGrantResponse  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_coupon(data: Any) -> Any:
    _coupon = data
    coupon: CreateRewardCouponResponse | Unset
    if isinstance(_coupon, Unset):
        coupon = UNSET
    else:
        coupon = CreateRewardCouponResponse.from_dict(_coupon)

    return coupon


def _build_feature_grant(data: Any) -> Any:
    _feature_grant = data
    feature_grant: CreateRewardFeatureGrantResponse | Unset
    if isinstance(_feature_grant, Unset):
        feature_grant = UNSET
    else:
        feature_grant = CreateRewardFeatureGrantResponse.from_dict(_feature_grant)

    return feature_grant


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
GetRewardResponse._NESTED = {
    "coupon": ("coupon", _build_coupon),
    "feature_grant": ("feature_grant", _build_feature_grant),
}
