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

from ..models.required_action_code import RequiredActionCode

T = TypeVar("T", bound="RequiredAction")


@_attrs_define
class RequiredAction:
    """Details about any action required to complete the payment. Present when the payment could not be processed
    automatically.

    """

    code: RequiredActionCode
    """ The type of action required to complete the payment. """
    reason: str
    """ A human-readable explanation of why this action is required. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = _RequiredActionCode_VALUES.get(src_dict["code"]) or RequiredActionCode(src_dict["code"])

        reason = src_dict["reason"]
        if not (type(reason) is str):
            raise TypeError(f"reason: expected a string, not {type(reason).__name__}")

        required_action = cls(
            code,
            reason,
        )

        if len(src_dict) != 2:
            required_action.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "code",
                    "reason",
                }
            }
        return required_action

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
_RequiredActionCode_VALUES = cast("dict[object, RequiredActionCode]", RequiredActionCode._value2member_map_)
