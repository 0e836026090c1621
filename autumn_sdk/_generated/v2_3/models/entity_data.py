# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntityData")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class EntityData(_NestedFields):
    feature_id: str
    """ The feature ID that this entity is associated with """
    name: str | Unset = UNSET
    """ Name of the entity """
    billing_controls: EntityDataBillingControls | Unset = UNSET
    """ Billing controls for the entity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        name = self.name

        billing_controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_controls, Unset):
            billing_controls = self.billing_controls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if billing_controls is not UNSET:
            field_dict["billing_controls"] = billing_controls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        _billing_controls = src_dict.get("billing_controls", UNSET)

        entity_data = cls(
            feature_id,
            name,
            UNSET,
        )
        entity_data._src = src_dict
        if _billing_controls is not UNSET:
            del entity_data.billing_controls

        if len(src_dict) != 1 + ("name" in src_dict) + ("billing_controls" in src_dict):
            entity_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "name",
                    "billing_controls",
                }
            }
        return entity_data

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


# EntityData as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class EntityDataDict(TypedDict, total=False):
    feature_id: Required[str]
    name: str
    billing_controls: EntityDataBillingControls | EntityDataBillingControlsDict


if TYPE_CHECKING:
    from ..models.entity_data_billing_controls import EntityDataBillingControls, EntityDataBillingControlsDict

from ..models.entity_data_billing_controls import EntityDataBillingControls  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_billing_controls(data: Any) -> Any:
    _billing_controls = data
    billing_controls: EntityDataBillingControls | Unset
    if isinstance(_billing_controls, Unset):
        billing_controls = UNSET
    else:
        billing_controls = EntityDataBillingControls.from_dict(_billing_controls)

    return billing_controls


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
EntityData._NESTED = {
    "billing_controls": ("billing_controls", _build_billing_controls),
}
