# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_processor_type import InvoiceProcessorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DfuFlashParamsBillable")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class DfuFlashParamsBillable(_NestedFields):
    processor: InvoiceProcessorType | Unset = UNSET
    """ The billing processor that owns this invoice. """
    link: DfuFlashParamsBillableLink | Unset = UNSET
    """ Existing processor billing object this billable is adopted from; omit for paid one-offs. """
    billing_cycle_anchor: float | Unset = UNSET
    """ Unix ms billing anchor shared by co-billed plans on this billable. """
    plan: DfuFlashParamsBillablePlan | Unset = UNSET
    """ The single plan on this billable (provide either plan or phases, not both). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        processor: str | Unset = UNSET
        if not isinstance(self.processor, Unset):
            processor = self.processor.value

        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        billing_cycle_anchor = self.billing_cycle_anchor

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if processor is not UNSET:
            field_dict["processor"] = processor
        if link is not UNSET:
            field_dict["link"] = link
        if billing_cycle_anchor is not UNSET:
            field_dict["billing_cycle_anchor"] = billing_cycle_anchor
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _processor = src_dict.get("processor", UNSET)
        processor: InvoiceProcessorType | Unset
        if isinstance(_processor, Unset):
            processor = UNSET
        else:
            processor = _InvoiceProcessorType_VALUES.get(_processor) or InvoiceProcessorType(_processor)

        _link = src_dict.get("link", UNSET)

        billing_cycle_anchor = src_dict.get("billing_cycle_anchor", UNSET)
        if billing_cycle_anchor is not UNSET and not (
            type(billing_cycle_anchor) is int or type(billing_cycle_anchor) is float
        ):
            raise TypeError(
                f"billing_cycle_anchor: expected a number, not {type(billing_cycle_anchor).__name__}"
            )

        _plan = src_dict.get("plan", UNSET)

        dfu_flash_params_billable = cls(
            processor,
            UNSET,
            billing_cycle_anchor,
            UNSET,
        )
        dfu_flash_params_billable._src = src_dict
        if _link is not UNSET:
            del dfu_flash_params_billable.link
        if _plan is not UNSET:
            del dfu_flash_params_billable.plan

        if len(src_dict) != 0 + ("processor" in src_dict) + ("link" in src_dict) + (
            "billing_cycle_anchor" in src_dict
        ) + ("plan" in src_dict):
            dfu_flash_params_billable.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "processor",
                    "link",
                    "billing_cycle_anchor",
                    "plan",
                }
            }
        return dfu_flash_params_billable

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


# DfuFlashParamsBillable as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class DfuFlashParamsBillableDict(TypedDict, total=False):
    processor: Literal["stripe", "revenuecat"] | InvoiceProcessorType
    link: DfuFlashParamsBillableLink | DfuFlashParamsBillableLinkDict
    billing_cycle_anchor: float
    plan: DfuFlashParamsBillablePlan | DfuFlashParamsBillablePlanDict


if TYPE_CHECKING:
    from ..models.dfu_flash_params_billable_link import (
        DfuFlashParamsBillableLink,
        DfuFlashParamsBillableLinkDict,
    )
    from ..models.dfu_flash_params_billable_plan import (
        DfuFlashParamsBillablePlan,
        DfuFlashParamsBillablePlanDict,
    )
    from ..models.invoice_processor_type import InvoiceProcessorType

from ..models.dfu_flash_params_billable_link import DfuFlashParamsBillableLink  # noqa: E402
from ..models.dfu_flash_params_billable_plan import DfuFlashParamsBillablePlan  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_link(data: Any) -> Any:
    _link = data
    link: DfuFlashParamsBillableLink | Unset
    if isinstance(_link, Unset):
        link = UNSET
    else:
        link = DfuFlashParamsBillableLink.from_dict(_link)

    return link


def _build_plan(data: Any) -> Any:
    _plan = data
    plan: DfuFlashParamsBillablePlan | Unset
    if isinstance(_plan, Unset):
        plan = UNSET
    else:
        plan = DfuFlashParamsBillablePlan.from_dict(_plan)

    return plan


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
DfuFlashParamsBillable._NESTED = {
    "link": ("link", _build_link),
    "plan": ("plan", _build_plan),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_InvoiceProcessorType_VALUES = cast(
    "dict[object, InvoiceProcessorType]", InvoiceProcessorType._value2member_map_
)
