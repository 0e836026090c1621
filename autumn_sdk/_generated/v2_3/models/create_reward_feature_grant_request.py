# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateRewardFeatureGrantRequest")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateRewardFeatureGrantRequest(_NestedFields):
    """Provide exactly one of coupon or feature_grant, not both."""

    id: str
    name: str
    grants: list[CreateRewardFeatureGrantRequestGrant]
    """ Feature IDs must be unique. """
    promo_codes: list[CreateRewardFeatureGrantRequestPromoCode]
    """ Promo code values must be unique. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

        promo_codes = []
        for promo_codes_item_data in self.promo_codes:
            promo_codes_item = promo_codes_item_data.to_dict()
            promo_codes.append(promo_codes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "grants": grants,
                "promo_codes": promo_codes,
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

        _grants = src_dict["grants"]

        _promo_codes = src_dict["promo_codes"]

        create_reward_feature_grant_request = cls(
            id,
            name,
            _PENDING,
            _PENDING,
        )
        create_reward_feature_grant_request._src = src_dict
        del create_reward_feature_grant_request.grants
        del create_reward_feature_grant_request.promo_codes

        return create_reward_feature_grant_request


# CreateRewardFeatureGrantRequest as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateRewardFeatureGrantRequestDict(TypedDict, total=False):
    id: Required[str]
    name: Required[str]
    grants: Required[
        Sequence[CreateRewardFeatureGrantRequestGrant | CreateRewardFeatureGrantRequestGrantDict]
    ]
    promo_codes: Required[
        Sequence[CreateRewardFeatureGrantRequestPromoCode | CreateRewardFeatureGrantRequestPromoCodeDict]
    ]


if TYPE_CHECKING:
    from ..models.create_reward_feature_grant_request_grant import (
        CreateRewardFeatureGrantRequestGrant,
        CreateRewardFeatureGrantRequestGrantDict,
    )
    from ..models.create_reward_feature_grant_request_promo_code import (
        CreateRewardFeatureGrantRequestPromoCode,
        CreateRewardFeatureGrantRequestPromoCodeDict,
    )

from ..models.create_reward_feature_grant_request_grant import CreateRewardFeatureGrantRequestGrant  # noqa: E402
from ..models.create_reward_feature_grant_request_promo_code import CreateRewardFeatureGrantRequestPromoCode  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_grants(data: Any) -> Any:
    grants = []
    _grants = data
    for grants_item_data in _grants:
        grants_item = CreateRewardFeatureGrantRequestGrant.from_dict(grants_item_data)

        grants.append(grants_item)

    return grants


def _build_promo_codes(data: Any) -> Any:
    promo_codes = []
    _promo_codes = data
    for promo_codes_item_data in _promo_codes:
        promo_codes_item = CreateRewardFeatureGrantRequestPromoCode.from_dict(promo_codes_item_data)

        promo_codes.append(promo_codes_item)

    return promo_codes


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateRewardFeatureGrantRequest._NESTED = {
    "grants": ("grants", _build_grants),
    "promo_codes": ("promo_codes", _build_promo_codes),
}
