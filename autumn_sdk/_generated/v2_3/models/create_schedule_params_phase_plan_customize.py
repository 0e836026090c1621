# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateScheduleParamsPhasePlanCustomize")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateScheduleParamsPhasePlanCustomize(_NestedFields):
    """Customize the plan to schedule. Can override price, replace items, or patch items with add_items and remove_items."""

    price: None | PriceParams | Unset = UNSET
    """ Override the base price of the plan. Pass null to remove the base price. """
    items: list[CreateScheduleParamsPhasePlanCustomizeItem] | Unset = UNSET
    """ Override the items in the plan (PUT-style — replaces all existing items). Mutually exclusive with add_items
    / remove_items / deprecated update_items. """
    add_items: list[CreateScheduleParamsPhasePlanCustomizeItem] | Unset = UNSET
    """ Items to add to the plan. """
    remove_items: list[PlanItemFilter] | Unset = UNSET
    """ Filters selecting items to remove from the plan. """
    billing_controls: CreateScheduleParamsPhasePlanCustomizeBillingControls | Unset = UNSET
    """ Override the plan's billing controls (auto top-ups, spend limits, usage limits, usage alerts, overage
    allowed) for this customer. """

    def to_dict(self) -> dict[str, Any]:
        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, PriceParams):
            price = self.price.to_dict()
        else:
            price = self.price

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        add_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_items, Unset):
            add_items = []
            for add_items_item_data in self.add_items:
                add_items_item = add_items_item_data.to_dict()
                add_items.append(add_items_item)

        remove_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remove_items, Unset):
            remove_items = []
            for remove_items_item_data in self.remove_items:
                remove_items_item = remove_items_item_data.to_dict()
                remove_items.append(remove_items_item)

        billing_controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_controls, Unset):
            billing_controls = self.billing_controls.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if items is not UNSET:
            field_dict["items"] = items
        if add_items is not UNSET:
            field_dict["add_items"] = add_items
        if remove_items is not UNSET:
            field_dict["remove_items"] = remove_items
        if billing_controls is not UNSET:
            field_dict["billing_controls"] = billing_controls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _price = src_dict.get("price", UNSET)

        _items = src_dict.get("items", UNSET)

        _add_items = src_dict.get("add_items", UNSET)

        _remove_items = src_dict.get("remove_items", UNSET)

        _billing_controls = src_dict.get("billing_controls", UNSET)

        create_schedule_params_phase_plan_customize = cls(
            _price if _price is None else UNSET,
            UNSET,
            UNSET,
            UNSET,
            UNSET,
        )
        create_schedule_params_phase_plan_customize._src = src_dict
        if _price is not None and _price is not UNSET:
            del create_schedule_params_phase_plan_customize.price
        if _items is not UNSET:
            del create_schedule_params_phase_plan_customize.items
        if _add_items is not UNSET:
            del create_schedule_params_phase_plan_customize.add_items
        if _remove_items is not UNSET:
            del create_schedule_params_phase_plan_customize.remove_items
        if _billing_controls is not UNSET:
            del create_schedule_params_phase_plan_customize.billing_controls

        return create_schedule_params_phase_plan_customize


# CreateScheduleParamsPhasePlanCustomize as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateScheduleParamsPhasePlanCustomizeDict(TypedDict, total=False):
    price: PriceParams | PriceParamsDict | None
    items: Sequence[
        CreateScheduleParamsPhasePlanCustomizeItem | CreateScheduleParamsPhasePlanCustomizeItemDict
    ]
    add_items: Sequence[
        CreateScheduleParamsPhasePlanCustomizeItem | CreateScheduleParamsPhasePlanCustomizeItemDict
    ]
    remove_items: Sequence[PlanItemFilter | PlanItemFilterDict]
    billing_controls: (
        CreateScheduleParamsPhasePlanCustomizeBillingControls
        | CreateScheduleParamsPhasePlanCustomizeBillingControlsDict
    )


if TYPE_CHECKING:
    from ..models.create_schedule_params_phase_plan_customize_billing_controls import (
        CreateScheduleParamsPhasePlanCustomizeBillingControls,
        CreateScheduleParamsPhasePlanCustomizeBillingControlsDict,
    )
    from ..models.create_schedule_params_phase_plan_customize_item import (
        CreateScheduleParamsPhasePlanCustomizeItem,
        CreateScheduleParamsPhasePlanCustomizeItemDict,
    )
    from ..models.plan_item_filter import PlanItemFilter, PlanItemFilterDict
    from ..models.price_params import PriceParams, PriceParamsDict

from ..models.create_schedule_params_phase_plan_customize_billing_controls import (
    CreateScheduleParamsPhasePlanCustomizeBillingControls,  # noqa: E402
)
from ..models.create_schedule_params_phase_plan_customize_item import (
    CreateScheduleParamsPhasePlanCustomizeItem,  # noqa: E402
)
from ..models.plan_item_filter import PlanItemFilter  # noqa: E402
from ..models.price_params import PriceParams  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_price(data: Any) -> Any:
    _price = data
    price: None | PriceParams | Unset
    if _price is None:
        price = None
    elif isinstance(_price, Unset):
        price = UNSET
    elif isinstance(_price, dict):
        price_type_0 = PriceParams.from_dict(_price)

        price = price_type_0
    else:
        raise TypeError(f"price: unexpected {type(_price).__name__}")

    return price


def _build_items(data: Any) -> Any:
    _items = data
    items: list[CreateScheduleParamsPhasePlanCustomizeItem] | Unset = UNSET
    if _items is not UNSET:
        items = []
        for items_item_data in _items:
            items_item = CreateScheduleParamsPhasePlanCustomizeItem.from_dict(items_item_data)

            items.append(items_item)

    return items


def _build_add_items(data: Any) -> Any:
    _add_items = data
    add_items: list[CreateScheduleParamsPhasePlanCustomizeItem] | Unset = UNSET
    if _add_items is not UNSET:
        add_items = []
        for add_items_item_data in _add_items:
            add_items_item = CreateScheduleParamsPhasePlanCustomizeItem.from_dict(add_items_item_data)

            add_items.append(add_items_item)

    return add_items


def _build_remove_items(data: Any) -> Any:
    _remove_items = data
    remove_items: list[PlanItemFilter] | Unset = UNSET
    if _remove_items is not UNSET:
        remove_items = []
        for remove_items_item_data in _remove_items:
            remove_items_item = PlanItemFilter.from_dict(remove_items_item_data)

            remove_items.append(remove_items_item)

    return remove_items


def _build_billing_controls(data: Any) -> Any:
    _billing_controls = data
    billing_controls: CreateScheduleParamsPhasePlanCustomizeBillingControls | Unset
    if isinstance(_billing_controls, Unset):
        billing_controls = UNSET
    else:
        billing_controls = CreateScheduleParamsPhasePlanCustomizeBillingControls.from_dict(_billing_controls)

    return billing_controls


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateScheduleParamsPhasePlanCustomize._NESTED = {
    "price": ("price", _build_price),
    "items": ("items", _build_items),
    "add_items": ("add_items", _build_add_items),
    "remove_items": ("remove_items", _build_remove_items),
    "billing_controls": ("billing_controls", _build_billing_controls),
}
