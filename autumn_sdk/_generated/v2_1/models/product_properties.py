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

T = TypeVar("T", bound="ProductProperties")


@_attrs_define
class ProductProperties:
    is_free: bool
    """ True if the product has no base price or usage prices """
    is_one_off: bool
    """ True if the product only contains a one-time price """
    interval_group: None | str | Unset = UNSET
    """ The billing interval group for recurring products (e.g., 'monthly', 'yearly') """
    has_trial: bool | None | Unset = UNSET
    """ True if the product includes a free trial """
    updateable: bool | None | Unset = UNSET
    """ True if the product can be updated after creation (only applicable if there are prepaid recurring prices)
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_free = self.is_free

        is_one_off = self.is_one_off

        interval_group: None | str | Unset
        if isinstance(self.interval_group, Unset):
            interval_group = UNSET
        else:
            interval_group = self.interval_group

        has_trial: bool | None | Unset
        if isinstance(self.has_trial, Unset):
            has_trial = UNSET
        else:
            has_trial = self.has_trial

        updateable: bool | None | Unset
        if isinstance(self.updateable, Unset):
            updateable = UNSET
        else:
            updateable = self.updateable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_free": is_free,
                "is_one_off": is_one_off,
            }
        )
        if interval_group is not UNSET:
            field_dict["interval_group"] = interval_group
        if has_trial is not UNSET:
            field_dict["has_trial"] = has_trial
        if updateable is not UNSET:
            field_dict["updateable"] = updateable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        is_free = src_dict["is_free"]
        if not (type(is_free) is bool):
            raise TypeError(f"is_free: expected a boolean, not {type(is_free).__name__}")

        is_one_off = src_dict["is_one_off"]
        if not (type(is_one_off) is bool):
            raise TypeError(f"is_one_off: expected a boolean, not {type(is_one_off).__name__}")

        interval_group: None | str | Unset = src_dict.get("interval_group", UNSET)
        if not (interval_group is UNSET or type(interval_group) is str or interval_group is None):
            raise TypeError(f"interval_group: unexpected {type(interval_group).__name__}")

        has_trial: bool | None | Unset = src_dict.get("has_trial", UNSET)
        if not (has_trial is UNSET or type(has_trial) is bool or has_trial is None):
            raise TypeError(f"has_trial: unexpected {type(has_trial).__name__}")

        updateable: bool | None | Unset = src_dict.get("updateable", UNSET)
        if not (updateable is UNSET or type(updateable) is bool or updateable is None):
            raise TypeError(f"updateable: unexpected {type(updateable).__name__}")

        product_properties = cls(
            is_free,
            is_one_off,
            interval_group,
            has_trial,
            updateable,
        )

        if len(src_dict) != 2 + ("interval_group" in src_dict) + ("has_trial" in src_dict) + (
            "updateable" in src_dict
        ):
            product_properties.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "is_free",
                    "is_one_off",
                    "interval_group",
                    "has_trial",
                    "updateable",
                }
            }
        return product_properties

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
