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

T = TypeVar("T", bound="BillingAutoTopupFailedDataError")


@_attrs_define
class BillingAutoTopupFailedDataError:
    code: None | str | Unset = UNSET
    """ Machine-readable error code when one is available (for example, a Stripe or Autumn error code). """
    message: None | str | Unset = UNSET
    """ Sanitized error message with details about why the auto top-up failed. """
    type_: None | str | Unset = UNSET
    """ Provider error type when one is available. """
    decline_code: None | str | Unset = UNSET
    """ Stripe decline code when the failure came from a card decline. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        decline_code: None | str | Unset
        if isinstance(self.decline_code, Unset):
            decline_code = UNSET
        else:
            decline_code = self.decline_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if decline_code is not UNSET:
            field_dict["decline_code"] = decline_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code: None | str | Unset = src_dict.get("code", UNSET)
        if not (code is UNSET or type(code) is str or code is None):
            raise TypeError(f"code: unexpected {type(code).__name__}")

        message: None | str | Unset = src_dict.get("message", UNSET)
        if not (message is UNSET or type(message) is str or message is None):
            raise TypeError(f"message: unexpected {type(message).__name__}")

        type_: None | str | Unset = src_dict.get("type", UNSET)
        if not (type_ is UNSET or type(type_) is str or type_ is None):
            raise TypeError(f"type: unexpected {type(type_).__name__}")

        decline_code: None | str | Unset = src_dict.get("decline_code", UNSET)
        if not (decline_code is UNSET or type(decline_code) is str or decline_code is None):
            raise TypeError(f"decline_code: unexpected {type(decline_code).__name__}")

        billing_auto_topup_failed_data_error = cls(
            code,
            message,
            type_,
            decline_code,
        )

        if len(src_dict) != 0 + ("code" in src_dict) + ("message" in src_dict) + ("type" in src_dict) + (
            "decline_code" in src_dict
        ):
            billing_auto_topup_failed_data_error.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "code",
                    "message",
                    "type",
                    "decline_code",
                }
            }
        return billing_auto_topup_failed_data_error

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

    @property
    def type(self) -> None | str | Unset:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_
