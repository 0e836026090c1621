# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRewardFeatureGrantResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateRewardFeatureGrantResponse(_NestedFields):
    id: str
    """ The unique identifier for the feature grant. """
    grants: list[CreateRewardGrantResponse]
    promo_codes: list[CreateRewardFeatureGrantPromoCodeResponse]
    created_at: float
    """ The Unix timestamp (in milliseconds) when the feature grant was created. """
    name: None | str | Unset = UNSET
    """ A human-readable name for the feature grant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        grants = []
        for grants_item_data in self.grants:
            grants_item = grants_item_data.to_dict()
            grants.append(grants_item)

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
                "grants": grants,
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

        _grants = src_dict["grants"]

        _promo_codes = src_dict["promo_codes"]

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        name: None | str | Unset = src_dict.get("name", UNSET)
        if not (name is UNSET or type(name) is str or name is None):
            raise TypeError(f"name: unexpected {type(name).__name__}")

        create_reward_feature_grant_response = cls(
            id,
            _PENDING,
            _PENDING,
            created_at,
            name,
        )
        create_reward_feature_grant_response._src = src_dict
        del create_reward_feature_grant_response.grants
        del create_reward_feature_grant_response.promo_codes

        if len(src_dict) != 4 + ("name" in src_dict):
            create_reward_feature_grant_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "grants",
                    "promo_codes",
                    "created_at",
                    "name",
                }
            }
        return create_reward_feature_grant_response

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


from ..models.create_reward_feature_grant_promo_code_response import CreateRewardFeatureGrantPromoCodeResponse  # noqa: E402
from ..models.create_reward_grant_response import CreateRewardGrantResponse  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_grants(data: Any) -> Any:
    grants = []
    _grants = data
    for grants_item_data in _grants:
        grants_item = CreateRewardGrantResponse.from_dict(grants_item_data)

        grants.append(grants_item)

    return grants


def _build_promo_codes(data: Any) -> Any:
    promo_codes = []
    _promo_codes = data
    for promo_codes_item_data in _promo_codes:
        promo_codes_item = CreateRewardFeatureGrantPromoCodeResponse.from_dict(promo_codes_item_data)

        promo_codes.append(promo_codes_item)

    return promo_codes


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateRewardFeatureGrantResponse._NESTED = {
    "grants": ("grants", _build_grants),
    "promo_codes": ("promo_codes", _build_promo_codes),
}
