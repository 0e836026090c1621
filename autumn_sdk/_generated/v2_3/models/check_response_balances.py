# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CheckResponseBalances")


@_attrs_define
class CheckResponseBalances:
    """Map of feature_id to balance for the checked feature and any related features (e.g. linked credit systems)."""

    additional_properties: dict[str, Balance | None] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, Balance):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        check_response_balances = cls()

        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            _additional_property = prop_dict
            additional_property: Balance | None
            if _additional_property is None:
                additional_property = None
            elif isinstance(_additional_property, dict):
                additional_property_type_0 = Balance.from_dict(_additional_property)

                additional_property = additional_property_type_0
            else:
                raise TypeError(f"AdditionalProperty: unexpected {type(_additional_property).__name__}")

            additional_properties[prop_name] = additional_property

        check_response_balances.additional_properties = additional_properties
        return check_response_balances

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Balance | None:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Balance | None) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.balance import Balance  # noqa: E402
