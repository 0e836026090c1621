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

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="ListRewardsResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class ListRewardsResponse(_NestedFields):
    coupons: list[CreateRewardCouponResponse]
    """ The list of coupons configured for the organization. """
    feature_grants: list[CreateRewardFeatureGrantResponse]
    """ The list of feature grants configured for the organization. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        coupons = []
        for coupons_item_data in self.coupons:
            coupons_item = coupons_item_data.to_dict()
            coupons.append(coupons_item)

        feature_grants = []
        for feature_grants_item_data in self.feature_grants:
            feature_grants_item = feature_grants_item_data.to_dict()
            feature_grants.append(feature_grants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupons": coupons,
                "feature_grants": feature_grants,
            }
        )

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _coupons = src_dict["coupons"]

        _feature_grants = src_dict["feature_grants"]

        list_rewards_response = cls(
            _PENDING,
            _PENDING,
        )
        list_rewards_response._src = src_dict
        del list_rewards_response.coupons
        del list_rewards_response.feature_grants

        if len(src_dict) != 2:
            list_rewards_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "coupons",
                    "feature_grants",
                }
            }
        return list_rewards_response

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


from ..models.create_reward_coupon_response import CreateRewardCouponResponse  # noqa: E402
from ..models.create_reward_feature_grant_response import CreateRewardFeatureGrantResponse  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_coupons(data: Any) -> Any:
    coupons = []
    _coupons = data
    for coupons_item_data in _coupons:
        coupons_item = CreateRewardCouponResponse.from_dict(coupons_item_data)

        coupons.append(coupons_item)

    return coupons


def _build_feature_grants(data: Any) -> Any:
    feature_grants = []
    _feature_grants = data
    for feature_grants_item_data in _feature_grants:
        feature_grants_item = CreateRewardFeatureGrantResponse.from_dict(feature_grants_item_data)

        feature_grants.append(feature_grants_item)

    return feature_grants


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
ListRewardsResponse._NESTED = {
    "coupons": ("coupons", _build_coupons),
    "feature_grants": ("feature_grants", _build_feature_grants),
}
