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

T = TypeVar("T", bound="ListPlansResponseListVariantDetails")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class ListPlansResponseListVariantDetails(_NestedFields):
    """Details about how this variant relates to its latest base plan."""

    base_plan_id: str
    """ The ID of the base plan this variant was derived from. """
    customize: ListPlansResponseListVariantDetailsCustomize | Unset = UNSET
    """ The customization that transforms the base plan into this variant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_plan_id = self.base_plan_id

        customize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customize, Unset):
            customize = self.customize.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_plan_id": base_plan_id,
            }
        )
        if customize is not UNSET:
            field_dict["customize"] = customize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        base_plan_id = src_dict["base_plan_id"]
        if not (type(base_plan_id) is str):
            raise TypeError(f"base_plan_id: expected a string, not {type(base_plan_id).__name__}")

        _customize = src_dict.get("customize", UNSET)

        list_plans_response_list_variant_details = cls(
            base_plan_id,
            UNSET,
        )
        list_plans_response_list_variant_details._src = src_dict
        if _customize is not UNSET:
            del list_plans_response_list_variant_details.customize

        if len(src_dict) != 1 + ("customize" in src_dict):
            list_plans_response_list_variant_details.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "base_plan_id",
                    "customize",
                }
            }
        return list_plans_response_list_variant_details

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


from ..models.list_plans_response_list_variant_details_customize import (
    ListPlansResponseListVariantDetailsCustomize,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_customize(data: Any) -> Any:
    _customize = data
    customize: ListPlansResponseListVariantDetailsCustomize | Unset
    if isinstance(_customize, Unset):
        customize = UNSET
    else:
        customize = ListPlansResponseListVariantDetailsCustomize.from_dict(_customize)

    return customize


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
ListPlansResponseListVariantDetails._NESTED = {
    "customize": ("customize", _build_customize),
}
