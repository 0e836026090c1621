# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.on_decrease import OnDecrease
from ..models.on_increase import OnIncrease

T = TypeVar("T", bound="PlanItemProration")


@_attrs_define
class PlanItemProration:
    """Proration settings for prepaid features. Controls mid-cycle quantity change billing."""

    on_increase: OnIncrease
    """ Billing behavior when quantity increases mid-cycle. """
    on_decrease: OnDecrease
    """ Credit behavior when quantity decreases mid-cycle. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        on_increase = self.on_increase.value

        on_decrease = self.on_decrease.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "on_increase": on_increase,
                "on_decrease": on_decrease,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        on_increase = _OnIncrease_VALUES.get(src_dict["on_increase"]) or OnIncrease(src_dict["on_increase"])

        on_decrease = _OnDecrease_VALUES.get(src_dict["on_decrease"]) or OnDecrease(src_dict["on_decrease"])

        plan_item_proration = cls(
            on_increase,
            on_decrease,
        )

        if len(src_dict) != 2:
            plan_item_proration.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "on_increase",
                    "on_decrease",
                }
            }
        return plan_item_proration

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


# PlanItemProration as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class PlanItemProrationDict(TypedDict, total=False):
    on_increase: Required[
        Literal["bill_immediately", "prorate_immediately", "prorate_next_cycle", "bill_next_cycle"]
        | OnIncrease
    ]
    on_decrease: Required[
        Literal["prorate", "prorate_immediately", "prorate_next_cycle", "none", "no_prorations"] | OnDecrease
    ]


if TYPE_CHECKING:
    from ..models.on_decrease import OnDecrease
    from ..models.on_increase import OnIncrease


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_OnDecrease_VALUES = cast("dict[object, OnDecrease]", OnDecrease._value2member_map_)
_OnIncrease_VALUES = cast("dict[object, OnIncrease]", OnIncrease._value2member_map_)
