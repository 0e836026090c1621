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

from ..models.invoice_processor_type import InvoiceProcessorType

T = TypeVar("T", bound="DfuFlashParamsProcessor")


@_attrs_define
class DfuFlashParamsProcessor:
    type_: InvoiceProcessorType
    """ The billing processor that owns this invoice. """
    id: str
    """ The customer's id in that processor (Stripe customer id, or RevenueCat app_user_id). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = _InvoiceProcessorType_VALUES.get(src_dict["type"]) or InvoiceProcessorType(src_dict["type"])

        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        dfu_flash_params_processor = cls(
            type_,
            id,
        )

        if len(src_dict) != 2:
            dfu_flash_params_processor.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "type",
                    "id",
                }
            }
        return dfu_flash_params_processor

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
    def type(self) -> InvoiceProcessorType:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


# DfuFlashParamsProcessor as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class DfuFlashParamsProcessorDict(TypedDict, total=False):
    type: Required[Literal["stripe", "revenuecat"] | InvoiceProcessorType]
    id: Required[str]


if TYPE_CHECKING:
    from ..models.invoice_processor_type import InvoiceProcessorType


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_InvoiceProcessorType_VALUES = cast(
    "dict[object, InvoiceProcessorType]", InvoiceProcessorType._value2member_map_
)
