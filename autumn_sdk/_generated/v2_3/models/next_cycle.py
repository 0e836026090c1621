# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NextCycle")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class NextCycle(_NestedFields):
    """Preview of the next billing cycle, if applicable. This shows what the customer will be charged in subsequent cycles."""

    starts_at: float
    """ Unix timestamp (milliseconds) when the next billing cycle starts. """
    subtotal: float
    """ The total amount before discounts and tax for the next cycle. """
    total: float
    """ The final amount after discounts and tax for the next cycle. """
    line_items: list[LineItem]
    """ List of line items for the next billing cycle. """
    usage_line_items: list[NextCycleUsageLineItem]
    """ List of line items for usage-based features in the next cycle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        starts_at = self.starts_at

        subtotal = self.subtotal

        total = self.total

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        usage_line_items = []
        for usage_line_items_item_data in self.usage_line_items:
            usage_line_items_item = usage_line_items_item_data.to_dict()
            usage_line_items.append(usage_line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "starts_at": starts_at,
                "subtotal": subtotal,
                "total": total,
                "line_items": line_items,
                "usage_line_items": usage_line_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        starts_at = src_dict["starts_at"]
        if not (type(starts_at) is int or type(starts_at) is float):
            raise TypeError(f"starts_at: expected a number, not {type(starts_at).__name__}")

        subtotal = src_dict["subtotal"]
        if not (type(subtotal) is int or type(subtotal) is float):
            raise TypeError(f"subtotal: expected a number, not {type(subtotal).__name__}")

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        _line_items = src_dict["line_items"]

        _usage_line_items = src_dict["usage_line_items"]

        next_cycle = cls(
            starts_at,
            subtotal,
            total,
            _PENDING,
            _PENDING,
        )
        next_cycle._src = src_dict
        del next_cycle.line_items
        del next_cycle.usage_line_items

        if len(src_dict) != 5:
            next_cycle.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "starts_at",
                    "subtotal",
                    "total",
                    "line_items",
                    "usage_line_items",
                }
            }
        return next_cycle

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


from ..models.line_item import LineItem  # noqa: E402
from ..models.next_cycle_usage_line_item import NextCycleUsageLineItem  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_line_items(data: Any) -> Any:
    line_items = []
    _line_items = data
    for line_items_item_data in _line_items:
        line_items_item = LineItem.from_dict(line_items_item_data)

        line_items.append(line_items_item)

    return line_items


def _build_usage_line_items(data: Any) -> Any:
    usage_line_items = []
    _usage_line_items = data
    for usage_line_items_item_data in _usage_line_items:
        usage_line_items_item = NextCycleUsageLineItem.from_dict(usage_line_items_item_data)

        usage_line_items.append(usage_line_items_item)

    return usage_line_items


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
NextCycle._NESTED = {
    "line_items": ("line_items", _build_line_items),
    "usage_line_items": ("usage_line_items", _build_usage_line_items),
}
