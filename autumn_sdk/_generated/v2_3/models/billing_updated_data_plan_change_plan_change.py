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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChange")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChange(_NestedFields):
    """Content-level change to the plan definition for this customer plan (items, base price, free trial)."""

    previous_attributes: BillingUpdatedDataPlanChangePlanChangePreviousAttributes | None
    """ Sparse map of scalar plan fields that changed, holding their previous values. Null when the plan is new. """
    item_changes: list[BillingUpdatedDataPlanChangePlanChangeItemChange]
    """ Feature items added to or removed from the plan. """
    plan: BillingUpdatedDataPlanChangePlanChangePlan | Unset = UNSET
    """ The plan after the change. Omitted unless the caller expands it. """
    price_change: BillingUpdatedDataPlanChangePlanChangePriceChange | Unset = UNSET
    """ Present when the plan's price changed. """
    free_trial_change: BillingUpdatedDataPlanChangePlanChangeFreeTrialChange | Unset = UNSET
    """ Present when the plan's free trial changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previous_attributes: dict[str, Any] | None
        if isinstance(self.previous_attributes, BillingUpdatedDataPlanChangePlanChangePreviousAttributes):
            previous_attributes = self.previous_attributes.to_dict()
        else:
            previous_attributes = self.previous_attributes

        item_changes = []
        for item_changes_item_data in self.item_changes:
            item_changes_item = item_changes_item_data.to_dict()
            item_changes.append(item_changes_item)

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        price_change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price_change, Unset):
            price_change = self.price_change.to_dict()

        free_trial_change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_trial_change, Unset):
            free_trial_change = self.free_trial_change.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "previous_attributes": previous_attributes,
                "item_changes": item_changes,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan
        if price_change is not UNSET:
            field_dict["price_change"] = price_change
        if free_trial_change is not UNSET:
            field_dict["free_trial_change"] = free_trial_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _previous_attributes = src_dict["previous_attributes"]

        _item_changes = src_dict["item_changes"]

        _plan = src_dict.get("plan", UNSET)

        _price_change = src_dict.get("price_change", UNSET)

        _free_trial_change = src_dict.get("free_trial_change", UNSET)

        billing_updated_data_plan_change_plan_change = cls(
            _PENDING,
            _PENDING,
            UNSET,
            UNSET,
            UNSET,
        )
        billing_updated_data_plan_change_plan_change._src = src_dict
        if _previous_attributes is not None:
            del billing_updated_data_plan_change_plan_change.previous_attributes
        del billing_updated_data_plan_change_plan_change.item_changes
        if _plan is not UNSET:
            del billing_updated_data_plan_change_plan_change.plan
        if _price_change is not UNSET:
            del billing_updated_data_plan_change_plan_change.price_change
        if _free_trial_change is not UNSET:
            del billing_updated_data_plan_change_plan_change.free_trial_change

        if len(src_dict) != 2 + ("plan" in src_dict) + ("price_change" in src_dict) + (
            "free_trial_change" in src_dict
        ):
            billing_updated_data_plan_change_plan_change.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "previous_attributes",
                    "item_changes",
                    "plan",
                    "price_change",
                    "free_trial_change",
                }
            }
        return billing_updated_data_plan_change_plan_change

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


from ..models.billing_updated_data_plan_change_plan_change_free_trial_change import (
    BillingUpdatedDataPlanChangePlanChangeFreeTrialChange,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_item_change import (
    BillingUpdatedDataPlanChangePlanChangeItemChange,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_plan import (
    BillingUpdatedDataPlanChangePlanChangePlan,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_previous_attributes import (
    BillingUpdatedDataPlanChangePlanChangePreviousAttributes,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_price_change import (
    BillingUpdatedDataPlanChangePlanChangePriceChange,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_previous_attributes(data: Any) -> Any:
    _previous_attributes = data
    previous_attributes: BillingUpdatedDataPlanChangePlanChangePreviousAttributes | None
    if _previous_attributes is None:
        previous_attributes = None
    elif isinstance(_previous_attributes, dict):
        previous_attributes_type_0 = BillingUpdatedDataPlanChangePlanChangePreviousAttributes.from_dict(
            _previous_attributes
        )

        previous_attributes = previous_attributes_type_0
    else:
        raise TypeError(f"previous_attributes: unexpected {type(_previous_attributes).__name__}")

    return previous_attributes


def _build_item_changes(data: Any) -> Any:
    item_changes = []
    _item_changes = data
    for item_changes_item_data in _item_changes:
        item_changes_item = BillingUpdatedDataPlanChangePlanChangeItemChange.from_dict(item_changes_item_data)

        item_changes.append(item_changes_item)

    return item_changes


def _build_plan(data: Any) -> Any:
    _plan = data
    plan: BillingUpdatedDataPlanChangePlanChangePlan | Unset
    if isinstance(_plan, Unset):
        plan = UNSET
    else:
        plan = BillingUpdatedDataPlanChangePlanChangePlan.from_dict(_plan)

    return plan


def _build_price_change(data: Any) -> Any:
    _price_change = data
    price_change: BillingUpdatedDataPlanChangePlanChangePriceChange | Unset
    if isinstance(_price_change, Unset):
        price_change = UNSET
    else:
        price_change = BillingUpdatedDataPlanChangePlanChangePriceChange.from_dict(_price_change)

    return price_change


def _build_free_trial_change(data: Any) -> Any:
    _free_trial_change = data
    free_trial_change: BillingUpdatedDataPlanChangePlanChangeFreeTrialChange | Unset
    if isinstance(_free_trial_change, Unset):
        free_trial_change = UNSET
    else:
        free_trial_change = BillingUpdatedDataPlanChangePlanChangeFreeTrialChange.from_dict(
            _free_trial_change
        )

    return free_trial_change


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChange._NESTED = {
    "previous_attributes": ("previous_attributes", _build_previous_attributes),
    "item_changes": ("item_changes", _build_item_changes),
    "plan": ("plan", _build_plan),
    "price_change": ("price_change", _build_price_change),
    "free_trial_change": ("free_trial_change", _build_free_trial_change),
}
