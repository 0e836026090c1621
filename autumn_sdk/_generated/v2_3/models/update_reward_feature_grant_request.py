# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateRewardFeatureGrantRequest")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class UpdateRewardFeatureGrantRequest(_NestedFields):
    name: str | Unset = UNSET
    grants: list[UpdateRewardFeatureGrantRequestGrant] | Unset = UNSET
    """ Replaces the existing grants when provided. """
    promo_codes: list[CreateRewardFeatureGrantRequestPromoCode] | Unset = UNSET
    """ Replaces the existing promo codes when provided. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grants, Unset):
            grants = []
            for grants_item_data in self.grants:
                grants_item = grants_item_data.to_dict()
                grants.append(grants_item)

        promo_codes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promo_codes, Unset):
            promo_codes = []
            for promo_codes_item_data in self.promo_codes:
                promo_codes_item = promo_codes_item_data.to_dict()
                promo_codes.append(promo_codes_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if grants is not UNSET:
            field_dict["grants"] = grants
        if promo_codes is not UNSET:
            field_dict["promo_codes"] = promo_codes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        _grants = src_dict.get("grants", UNSET)

        _promo_codes = src_dict.get("promo_codes", UNSET)

        update_reward_feature_grant_request = cls(
            name,
            UNSET,
            UNSET,
        )
        update_reward_feature_grant_request._src = src_dict
        if _grants is not UNSET:
            del update_reward_feature_grant_request.grants
        if _promo_codes is not UNSET:
            del update_reward_feature_grant_request.promo_codes

        return update_reward_feature_grant_request


# UpdateRewardFeatureGrantRequest as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdateRewardFeatureGrantRequestDict(TypedDict, total=False):
    name: str
    grants: Sequence[UpdateRewardFeatureGrantRequestGrant | UpdateRewardFeatureGrantRequestGrantDict]
    promo_codes: Sequence[
        CreateRewardFeatureGrantRequestPromoCode | CreateRewardFeatureGrantRequestPromoCodeDict
    ]


if TYPE_CHECKING:
    from ..models.create_reward_feature_grant_request_promo_code import (
        CreateRewardFeatureGrantRequestPromoCode,
        CreateRewardFeatureGrantRequestPromoCodeDict,
    )
    from ..models.update_reward_feature_grant_request_grant import (
        UpdateRewardFeatureGrantRequestGrant,
        UpdateRewardFeatureGrantRequestGrantDict,
    )

from ..models.create_reward_feature_grant_request_promo_code import CreateRewardFeatureGrantRequestPromoCode  # noqa: E402
from ..models.update_reward_feature_grant_request_grant import UpdateRewardFeatureGrantRequestGrant  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_grants(data: Any) -> Any:
    _grants = data
    grants: list[UpdateRewardFeatureGrantRequestGrant] | Unset = UNSET
    if _grants is not UNSET:
        grants = []
        for grants_item_data in _grants:
            grants_item = UpdateRewardFeatureGrantRequestGrant.from_dict(grants_item_data)

            grants.append(grants_item)

    return grants


def _build_promo_codes(data: Any) -> Any:
    _promo_codes = data
    promo_codes: list[CreateRewardFeatureGrantRequestPromoCode] | Unset = UNSET
    if _promo_codes is not UNSET:
        promo_codes = []
        for promo_codes_item_data in _promo_codes:
            promo_codes_item = CreateRewardFeatureGrantRequestPromoCode.from_dict(promo_codes_item_data)

            promo_codes.append(promo_codes_item)

    return promo_codes


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
UpdateRewardFeatureGrantRequest._NESTED = {
    "grants": ("grants", _build_grants),
    "promo_codes": ("promo_codes", _build_promo_codes),
}
