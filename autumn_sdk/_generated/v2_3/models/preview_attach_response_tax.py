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

from ..models.preview_attach_response_tax_status import PreviewAttachResponseTaxStatus

T = TypeVar("T", bound="PreviewAttachResponseTax")


@_attrs_define
class PreviewAttachResponseTax:
    """Tax preview for the immediate charge. Contact us to enable the tax flag on your organisation. Shows only with flag
    enabled, a Stripe customer exists and has a location.

    """

    total: float
    """ Total tax amount in major currency units. """
    amount_inclusive: float
    """ Tax included in line item subtotals. """
    amount_exclusive: float
    """ Tax added on top of subtotals. """
    currency: str
    """ Three-letter currency code. """
    status: PreviewAttachResponseTaxStatus
    """ Calculation status ('complete' when Stripe Tax succeeds or 'incomplete' when Stripe Tax returned 0 or
    errored). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        amount_inclusive = self.amount_inclusive

        amount_exclusive = self.amount_exclusive

        currency = self.currency

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "amount_inclusive": amount_inclusive,
                "amount_exclusive": amount_exclusive,
                "currency": currency,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        amount_inclusive = src_dict["amount_inclusive"]
        if not (type(amount_inclusive) is int or type(amount_inclusive) is float):
            raise TypeError(f"amount_inclusive: expected a number, not {type(amount_inclusive).__name__}")

        amount_exclusive = src_dict["amount_exclusive"]
        if not (type(amount_exclusive) is int or type(amount_exclusive) is float):
            raise TypeError(f"amount_exclusive: expected a number, not {type(amount_exclusive).__name__}")

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        status = _PreviewAttachResponseTaxStatus_VALUES.get(
            src_dict["status"]
        ) or PreviewAttachResponseTaxStatus(src_dict["status"])

        preview_attach_response_tax = cls(
            total,
            amount_inclusive,
            amount_exclusive,
            currency,
            status,
        )

        if len(src_dict) != 5:
            preview_attach_response_tax.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "total",
                    "amount_inclusive",
                    "amount_exclusive",
                    "currency",
                    "status",
                }
            }
        return preview_attach_response_tax

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
_PreviewAttachResponseTaxStatus_VALUES = cast(
    "dict[object, PreviewAttachResponseTaxStatus]", PreviewAttachResponseTaxStatus._value2member_map_
)
