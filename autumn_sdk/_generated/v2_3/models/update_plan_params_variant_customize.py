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

T = TypeVar("T", bound="UpdatePlanParamsVariantCustomize")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class UpdatePlanParamsVariantCustomize(_NestedFields):
    price: None | PriceParams | Unset = UNSET
    """ Override the base price of the plan. Pass null to remove the base price. """
    add_items: list[UpdatePlanParamsVariantCustomizeAddItem] | Unset = UNSET
    """ Items to add to the plan. """
    remove_items: list[PlanItemFilter] | Unset = UNSET
    """ Filters selecting items to remove from the plan. """
    free_trial: FreeTrialParams | None | Unset = UNSET
    """ Override the plan's default free trial. Pass an object to set a custom trial, or null to remove the trial
    entirely. """
    billing_controls: UpdatePlanParamsVariantCustomizeBillingControls | Unset = UNSET
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

        free_trial: dict[str, Any] | None | Unset
        if isinstance(self.free_trial, Unset):
            free_trial = UNSET
        elif isinstance(self.free_trial, FreeTrialParams):
            free_trial = self.free_trial.to_dict()
        else:
            free_trial = self.free_trial

        billing_controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_controls, Unset):
            billing_controls = self.billing_controls.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if add_items is not UNSET:
            field_dict["add_items"] = add_items
        if remove_items is not UNSET:
            field_dict["remove_items"] = remove_items
        if free_trial is not UNSET:
            field_dict["free_trial"] = free_trial
        if billing_controls is not UNSET:
            field_dict["billing_controls"] = billing_controls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _price = src_dict.get("price", UNSET)

        _add_items = src_dict.get("add_items", UNSET)

        _remove_items = src_dict.get("remove_items", UNSET)

        _free_trial = src_dict.get("free_trial", UNSET)

        _billing_controls = src_dict.get("billing_controls", UNSET)

        update_plan_params_variant_customize = cls(
            _price if _price is None else UNSET,
            UNSET,
            UNSET,
            _free_trial if _free_trial is None else UNSET,
            UNSET,
        )
        update_plan_params_variant_customize._src = src_dict
        if _price is not None and _price is not UNSET:
            del update_plan_params_variant_customize.price
        if _add_items is not UNSET:
            del update_plan_params_variant_customize.add_items
        if _remove_items is not UNSET:
            del update_plan_params_variant_customize.remove_items
        if _free_trial is not None and _free_trial is not UNSET:
            del update_plan_params_variant_customize.free_trial
        if _billing_controls is not UNSET:
            del update_plan_params_variant_customize.billing_controls

        return update_plan_params_variant_customize


# UpdatePlanParamsVariantCustomize as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdatePlanParamsVariantCustomizeDict(TypedDict, total=False):
    price: PriceParams | PriceParamsDict | None
    add_items: Sequence[UpdatePlanParamsVariantCustomizeAddItem | UpdatePlanParamsVariantCustomizeAddItemDict]
    remove_items: Sequence[PlanItemFilter | PlanItemFilterDict]
    free_trial: FreeTrialParams | FreeTrialParamsDict | None
    billing_controls: (
        UpdatePlanParamsVariantCustomizeBillingControls | UpdatePlanParamsVariantCustomizeBillingControlsDict
    )


if TYPE_CHECKING:
    from ..models.free_trial_params import FreeTrialParams, FreeTrialParamsDict
    from ..models.plan_item_filter import PlanItemFilter, PlanItemFilterDict
    from ..models.price_params import PriceParams, PriceParamsDict
    from ..models.update_plan_params_variant_customize_add_item import (
        UpdatePlanParamsVariantCustomizeAddItem,
        UpdatePlanParamsVariantCustomizeAddItemDict,
    )
    from ..models.update_plan_params_variant_customize_billing_controls import (
        UpdatePlanParamsVariantCustomizeBillingControls,
        UpdatePlanParamsVariantCustomizeBillingControlsDict,
    )

from ..models.free_trial_params import FreeTrialParams  # noqa: E402
from ..models.plan_item_filter import PlanItemFilter  # noqa: E402
from ..models.price_params import PriceParams  # noqa: E402
from ..models.update_plan_params_variant_customize_add_item import UpdatePlanParamsVariantCustomizeAddItem  # noqa: E402
from ..models.update_plan_params_variant_customize_billing_controls import (
    UpdatePlanParamsVariantCustomizeBillingControls,  # noqa: E402
)

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


def _build_add_items(data: Any) -> Any:
    _add_items = data
    add_items: list[UpdatePlanParamsVariantCustomizeAddItem] | Unset = UNSET
    if _add_items is not UNSET:
        add_items = []
        for add_items_item_data in _add_items:
            add_items_item = UpdatePlanParamsVariantCustomizeAddItem.from_dict(add_items_item_data)

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


def _build_free_trial(data: Any) -> Any:
    _free_trial = data
    free_trial: FreeTrialParams | None | Unset
    if _free_trial is None:
        free_trial = None
    elif isinstance(_free_trial, Unset):
        free_trial = UNSET
    elif isinstance(_free_trial, dict):
        free_trial_type_0 = FreeTrialParams.from_dict(_free_trial)

        free_trial = free_trial_type_0
    else:
        raise TypeError(f"free_trial: unexpected {type(_free_trial).__name__}")

    return free_trial


def _build_billing_controls(data: Any) -> Any:
    _billing_controls = data
    billing_controls: UpdatePlanParamsVariantCustomizeBillingControls | Unset
    if isinstance(_billing_controls, Unset):
        billing_controls = UNSET
    else:
        billing_controls = UpdatePlanParamsVariantCustomizeBillingControls.from_dict(_billing_controls)

    return billing_controls


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
UpdatePlanParamsVariantCustomize._NESTED = {
    "price": ("price", _build_price),
    "add_items": ("add_items", _build_add_items),
    "remove_items": ("remove_items", _build_remove_items),
    "free_trial": ("free_trial", _build_free_trial),
    "billing_controls": ("billing_controls", _build_billing_controls),
}
