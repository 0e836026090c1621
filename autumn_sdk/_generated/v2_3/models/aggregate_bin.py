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

T = TypeVar("T", bound="AggregateBin")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class AggregateBin(_NestedFields):
    period: float
    """ Unix timestamp (epoch ms) for this time period """
    values: AggregateBinValues
    """ Aggregated values per feature: { [featureId]: number } """
    grouped_values: AggregateBinGroupedValues | Unset = UNSET
    """ Values broken down by group (only present when group_by is used): { [featureId]: { [groupValue]: number } }
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        values = self.values.to_dict()

        grouped_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grouped_values, Unset):
            grouped_values = self.grouped_values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "period": period,
                "values": values,
            }
        )
        if grouped_values is not UNSET:
            field_dict["grouped_values"] = grouped_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        period = src_dict["period"]
        if not (type(period) is int or type(period) is float):
            raise TypeError(f"period: expected a number, not {type(period).__name__}")

        _values = src_dict["values"]

        _grouped_values = src_dict.get("grouped_values", UNSET)

        aggregate_bin = cls(
            period,
            _PENDING,
            UNSET,
        )
        aggregate_bin._src = src_dict
        del aggregate_bin.values
        if _grouped_values is not UNSET:
            del aggregate_bin.grouped_values

        if len(src_dict) != 2 + ("grouped_values" in src_dict):
            aggregate_bin.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "period",
                    "values",
                    "grouped_values",
                }
            }
        return aggregate_bin

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


from ..models.aggregate_bin_grouped_values import AggregateBinGroupedValues  # noqa: E402
from ..models.aggregate_bin_values import AggregateBinValues  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_values(data: Any) -> Any:
    values = AggregateBinValues.from_dict(data)

    return values


def _build_grouped_values(data: Any) -> Any:
    _grouped_values = data
    grouped_values: AggregateBinGroupedValues | Unset
    if isinstance(_grouped_values, Unset):
        grouped_values = UNSET
    else:
        grouped_values = AggregateBinGroupedValues.from_dict(_grouped_values)

    return grouped_values


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
AggregateBin._NESTED = {
    "values": ("values", _build_values),
    "grouped_values": ("grouped_values", _build_grouped_values),
}
