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

from ..models.billing_updated_data_plan_change_action import BillingUpdatedDataPlanChangeAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUpdatedDataPlanChange")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChange(_NestedFields):
    action: BillingUpdatedDataPlanChangeAction
    """ The lifecycle action applied to this plan: activated (newly active on the customer), scheduled (queued for a
    future start), updated (mutated in place), or expired (ended). """
    previous_attributes: BillingUpdatedDataPlanChangePreviousAttributes | None
    """ Sparse map of lifecycle scalar fields whose values changed, holding their previous values. Null when the
    plan is newly activated or scheduled, or when no lifecycle field changed. """
    item_changes: list[BillingUpdatedDataPlanChangePlanChangeItemChange]
    """ Deprecated — use plan_change.item_changes. Features that were added to or removed from this plan. """
    subscription: BillingUpdatedDataPlanChangeSubscription | Unset = UNSET
    """ The subscription as it stands after this change. Present when the plan is billed as a recurring
    subscription. """
    purchase: BillingUpdatedDataPlanChangePurchase | Unset = UNSET
    """ The purchase as it stands after this change. Present when the plan is a one-off purchase. """
    plan_change: BillingUpdatedDataPlanChangePlanChange | Unset = UNSET
    """ Content-level change to the plan definition for this customer plan (items, base price, free trial). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        previous_attributes: dict[str, Any] | None
        if isinstance(self.previous_attributes, BillingUpdatedDataPlanChangePreviousAttributes):
            previous_attributes = self.previous_attributes.to_dict()
        else:
            previous_attributes = self.previous_attributes

        item_changes = []
        for item_changes_item_data in self.item_changes:
            item_changes_item = item_changes_item_data.to_dict()
            item_changes.append(item_changes_item)

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        purchase: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purchase, Unset):
            purchase = self.purchase.to_dict()

        plan_change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan_change, Unset):
            plan_change = self.plan_change.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "previous_attributes": previous_attributes,
                "item_changes": item_changes,
            }
        )
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if purchase is not UNSET:
            field_dict["purchase"] = purchase
        if plan_change is not UNSET:
            field_dict["plan_change"] = plan_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = _BillingUpdatedDataPlanChangeAction_VALUES.get(
            src_dict["action"]
        ) or BillingUpdatedDataPlanChangeAction(src_dict["action"])

        _previous_attributes = src_dict["previous_attributes"]

        _item_changes = src_dict["item_changes"]

        _subscription = src_dict.get("subscription", UNSET)

        _purchase = src_dict.get("purchase", UNSET)

        _plan_change = src_dict.get("plan_change", UNSET)

        billing_updated_data_plan_change = cls(
            action,
            _PENDING,
            _PENDING,
            UNSET,
            UNSET,
            UNSET,
        )
        billing_updated_data_plan_change._src = src_dict
        if _previous_attributes is not None:
            del billing_updated_data_plan_change.previous_attributes
        del billing_updated_data_plan_change.item_changes
        if _subscription is not UNSET:
            del billing_updated_data_plan_change.subscription
        if _purchase is not UNSET:
            del billing_updated_data_plan_change.purchase
        if _plan_change is not UNSET:
            del billing_updated_data_plan_change.plan_change

        if len(src_dict) != 3 + ("subscription" in src_dict) + ("purchase" in src_dict) + (
            "plan_change" in src_dict
        ):
            billing_updated_data_plan_change.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "action",
                    "previous_attributes",
                    "item_changes",
                    "subscription",
                    "purchase",
                    "plan_change",
                }
            }
        return billing_updated_data_plan_change

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


from ..models.billing_updated_data_plan_change_plan_change import BillingUpdatedDataPlanChangePlanChange  # noqa: E402
from ..models.billing_updated_data_plan_change_plan_change_item_change import (
    BillingUpdatedDataPlanChangePlanChangeItemChange,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_previous_attributes import (
    BillingUpdatedDataPlanChangePreviousAttributes,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_purchase import BillingUpdatedDataPlanChangePurchase  # noqa: E402
from ..models.billing_updated_data_plan_change_subscription import BillingUpdatedDataPlanChangeSubscription  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_previous_attributes(data: Any) -> Any:
    _previous_attributes = data
    previous_attributes: BillingUpdatedDataPlanChangePreviousAttributes | None
    if _previous_attributes is None:
        previous_attributes = None
    elif isinstance(_previous_attributes, dict):
        previous_attributes_type_0 = BillingUpdatedDataPlanChangePreviousAttributes.from_dict(
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


def _build_subscription(data: Any) -> Any:
    _subscription = data
    subscription: BillingUpdatedDataPlanChangeSubscription | Unset
    if isinstance(_subscription, Unset):
        subscription = UNSET
    else:
        subscription = BillingUpdatedDataPlanChangeSubscription.from_dict(_subscription)

    return subscription


def _build_purchase(data: Any) -> Any:
    _purchase = data
    purchase: BillingUpdatedDataPlanChangePurchase | Unset
    if isinstance(_purchase, Unset):
        purchase = UNSET
    else:
        purchase = BillingUpdatedDataPlanChangePurchase.from_dict(_purchase)

    return purchase


def _build_plan_change(data: Any) -> Any:
    _plan_change = data
    plan_change: BillingUpdatedDataPlanChangePlanChange | Unset
    if isinstance(_plan_change, Unset):
        plan_change = UNSET
    else:
        plan_change = BillingUpdatedDataPlanChangePlanChange.from_dict(_plan_change)

    return plan_change


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChange._NESTED = {
    "previous_attributes": ("previous_attributes", _build_previous_attributes),
    "item_changes": ("item_changes", _build_item_changes),
    "subscription": ("subscription", _build_subscription),
    "purchase": ("purchase", _build_purchase),
    "plan_change": ("plan_change", _build_plan_change),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingUpdatedDataPlanChangeAction_VALUES = cast(
    "dict[object, BillingUpdatedDataPlanChangeAction]", BillingUpdatedDataPlanChangeAction._value2member_map_
)
