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

from ..models.environment import Environment
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerEntity")


@_attrs_define
class CustomerEntity:
    id: None | str
    """ The unique identifier of the entity """
    name: None | str
    """ The name of the entity """
    created_at: float
    """ Unix timestamp when the entity was created """
    env: Environment
    """ The environment this customer was created in. """
    customer_id: None | str | Unset = UNSET
    """ The customer ID this entity belongs to """
    feature_id: None | str | Unset = UNSET
    """ The feature ID this entity belongs to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        name: None | str
        name = self.name

        created_at = self.created_at

        env = self.env.value

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "env": env,
            }
        )
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: None | str = src_dict["id"]
        if not (type(id) is str or id is None):
            raise TypeError(f"id: unexpected {type(id).__name__}")

        name: None | str = src_dict["name"]
        if not (type(name) is str or name is None):
            raise TypeError(f"name: unexpected {type(name).__name__}")

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        env = _Environment_VALUES.get(src_dict["env"]) or Environment(src_dict["env"])

        customer_id: None | str | Unset = src_dict.get("customer_id", UNSET)
        if not (customer_id is UNSET or type(customer_id) is str or customer_id is None):
            raise TypeError(f"customer_id: unexpected {type(customer_id).__name__}")

        feature_id: None | str | Unset = src_dict.get("feature_id", UNSET)
        if not (feature_id is UNSET or type(feature_id) is str or feature_id is None):
            raise TypeError(f"feature_id: unexpected {type(feature_id).__name__}")

        customer_entity = cls(
            id,
            name,
            created_at,
            env,
            customer_id,
            feature_id,
        )

        if len(src_dict) != 4 + ("customer_id" in src_dict) + ("feature_id" in src_dict):
            customer_entity.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "created_at",
                    "env",
                    "customer_id",
                    "feature_id",
                }
            }
        return customer_entity

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


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_Environment_VALUES = cast("dict[object, Environment]", Environment._value2member_map_)
