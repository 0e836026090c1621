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

from ..models.on_decrease import OnDecrease
from ..models.on_increase import OnIncrease
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductItemConfig")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class ProductItemConfig(_NestedFields):
    rollover: None | ProductItemRollover | Unset = UNSET
    on_increase: None | OnIncrease | Unset = UNSET
    on_decrease: None | OnDecrease | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rollover: dict[str, Any] | None | Unset
        if isinstance(self.rollover, Unset):
            rollover = UNSET
        elif isinstance(self.rollover, ProductItemRollover):
            rollover = self.rollover.to_dict()
        else:
            rollover = self.rollover

        on_increase: None | str | Unset
        if isinstance(self.on_increase, Unset):
            on_increase = UNSET
        elif isinstance(self.on_increase, OnIncrease):
            on_increase = self.on_increase.value
        else:
            on_increase = self.on_increase

        on_decrease: None | str | Unset
        if isinstance(self.on_decrease, Unset):
            on_decrease = UNSET
        elif isinstance(self.on_decrease, OnDecrease):
            on_decrease = self.on_decrease.value
        else:
            on_decrease = self.on_decrease

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rollover is not UNSET:
            field_dict["rollover"] = rollover
        if on_increase is not UNSET:
            field_dict["on_increase"] = on_increase
        if on_decrease is not UNSET:
            field_dict["on_decrease"] = on_decrease

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _rollover = src_dict.get("rollover", UNSET)

        _on_increase = src_dict.get("on_increase", UNSET)
        on_increase: None | OnIncrease | Unset
        if _on_increase is None:
            on_increase = None
        elif isinstance(_on_increase, Unset):
            on_increase = UNSET
        elif isinstance(_on_increase, str):
            on_increase_type_0 = _OnIncrease_VALUES.get(_on_increase) or OnIncrease(_on_increase)

            on_increase = on_increase_type_0
        else:
            raise TypeError(f"on_increase: unexpected {type(_on_increase).__name__}")

        _on_decrease = src_dict.get("on_decrease", UNSET)
        on_decrease: None | OnDecrease | Unset
        if _on_decrease is None:
            on_decrease = None
        elif isinstance(_on_decrease, Unset):
            on_decrease = UNSET
        elif isinstance(_on_decrease, str):
            on_decrease_type_0 = _OnDecrease_VALUES.get(_on_decrease) or OnDecrease(_on_decrease)

            on_decrease = on_decrease_type_0
        else:
            raise TypeError(f"on_decrease: unexpected {type(_on_decrease).__name__}")

        product_item_config = cls(
            _rollover if _rollover is None else UNSET,
            on_increase,
            on_decrease,
        )
        product_item_config._src = src_dict
        if _rollover is not None and _rollover is not UNSET:
            del product_item_config.rollover

        if len(src_dict) != 0 + ("rollover" in src_dict) + ("on_increase" in src_dict) + (
            "on_decrease" in src_dict
        ):
            product_item_config.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "rollover",
                    "on_increase",
                    "on_decrease",
                }
            }
        return product_item_config

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


from ..models.product_item_rollover import ProductItemRollover  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_rollover(data: Any) -> Any:
    _rollover = data
    rollover: None | ProductItemRollover | Unset
    if _rollover is None:
        rollover = None
    elif isinstance(_rollover, Unset):
        rollover = UNSET
    elif isinstance(_rollover, dict):
        rollover_type_0 = ProductItemRollover.from_dict(_rollover)

        rollover = rollover_type_0
    else:
        raise TypeError(f"rollover: unexpected {type(_rollover).__name__}")

    return rollover


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
ProductItemConfig._NESTED = {
    "rollover": ("rollover", _build_rollover),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_OnDecrease_VALUES = cast("dict[object, OnDecrease]", OnDecrease._value2member_map_)
_OnIncrease_VALUES = cast("dict[object, OnIncrease]", OnIncrease._value2member_map_)
