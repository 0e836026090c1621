# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateRewardGrantResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateRewardGrantResponse(_NestedFields):
    feature_id: str
    """ The feature ID this grant applies to. """
    included: float | None
    """ The amount of the feature granted, or null for boolean features. """
    expiry: CreateRewardGrantResponseExpiry | None
    """ How long the granted amount lasts before expiring, or null for a permanent grant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        included: float | None
        included = self.included

        expiry: dict[str, Any] | None
        if isinstance(self.expiry, CreateRewardGrantResponseExpiry):
            expiry = self.expiry.to_dict()
        else:
            expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
                "included": included,
                "expiry": expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        included: float | None = src_dict["included"]
        if not (type(included) is int or type(included) is float or included is None):
            raise TypeError(f"included: unexpected {type(included).__name__}")

        _expiry = src_dict["expiry"]

        create_reward_grant_response = cls(
            feature_id,
            included,
            _PENDING,
        )
        create_reward_grant_response._src = src_dict
        if _expiry is not None:
            del create_reward_grant_response.expiry

        if len(src_dict) != 3:
            create_reward_grant_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "included",
                    "expiry",
                }
            }
        return create_reward_grant_response

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


from ..models.create_reward_grant_response_expiry import CreateRewardGrantResponseExpiry  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_expiry(data: Any) -> Any:
    _expiry = data
    expiry: CreateRewardGrantResponseExpiry | None
    if _expiry is None:
        expiry = None
    elif isinstance(_expiry, dict):
        expiry_type_0 = CreateRewardGrantResponseExpiry.from_dict(_expiry)

        expiry = expiry_type_0
    else:
        raise TypeError(f"expiry: unexpected {type(_expiry).__name__}")

    return expiry


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateRewardGrantResponse._NESTED = {
    "expiry": ("expiry", _build_expiry),
}
