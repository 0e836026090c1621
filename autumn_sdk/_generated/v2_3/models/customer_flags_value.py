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

T = TypeVar("T", bound="CustomerFlagsValue")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CustomerFlagsValue(_NestedFields):
    id: str
    """ The unique identifier for this flag. """
    plan_id: None | str
    """ The plan ID this flag originates from, or null for standalone flags. """
    expires_at: float | None
    """ Timestamp when this flag expires, or null for no expiration. """
    feature_id: str
    """ The feature ID this flag is for. """
    feature: Feature | Unset = UNSET
    """ The full feature object if expanded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        plan_id: None | str
        plan_id = self.plan_id

        expires_at: float | None
        expires_at = self.expires_at

        feature_id = self.feature_id

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "plan_id": plan_id,
                "expires_at": expires_at,
                "feature_id": feature_id,
            }
        )
        if feature is not UNSET:
            field_dict["feature"] = feature

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        plan_id: None | str = src_dict["plan_id"]
        if not (type(plan_id) is str or plan_id is None):
            raise TypeError(f"plan_id: unexpected {type(plan_id).__name__}")

        expires_at: float | None = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float or expires_at is None):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        _feature = src_dict.get("feature", UNSET)

        customer_flags_value = cls(
            id,
            plan_id,
            expires_at,
            feature_id,
            UNSET,
        )
        customer_flags_value._src = src_dict
        if _feature is not UNSET:
            del customer_flags_value.feature

        if len(src_dict) != 4 + ("feature" in src_dict):
            customer_flags_value.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "plan_id",
                    "expires_at",
                    "feature_id",
                    "feature",
                }
            }
        return customer_flags_value

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


from ..models.feature import Feature  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_feature(data: Any) -> Any:
    _feature = data
    feature: Feature | Unset
    if isinstance(_feature, Unset):
        feature = UNSET
    else:
        feature = Feature.from_dict(_feature)

    return feature


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CustomerFlagsValue._NESTED = {
    "feature": ("feature", _build_feature),
}
