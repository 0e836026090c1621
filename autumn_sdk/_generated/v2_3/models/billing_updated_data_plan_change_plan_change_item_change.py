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

from ..models.billing_updated_data_plan_change_plan_change_item_change_action import (
    BillingUpdatedDataPlanChangePlanChangeItemChangeAction,
)

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangeItemChange")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangeItemChange(_NestedFields):
    action: BillingUpdatedDataPlanChangePlanChangeItemChangeAction
    """ Whether the item was added to or removed from the plan. """
    feature_id: str
    """ The ID of the feature that was added or removed. """
    item: BillingUpdatedDataPlanChangePlanChangePlanItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        feature_id = self.feature_id

        item = self.item.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "feature_id": feature_id,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = _BillingUpdatedDataPlanChangePlanChangeItemChangeAction_VALUES.get(
            src_dict["action"]
        ) or BillingUpdatedDataPlanChangePlanChangeItemChangeAction(src_dict["action"])

        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        _item = src_dict["item"]

        billing_updated_data_plan_change_plan_change_item_change = cls(
            action,
            feature_id,
            _PENDING,
        )
        billing_updated_data_plan_change_plan_change_item_change._src = src_dict
        del billing_updated_data_plan_change_plan_change_item_change.item

        if len(src_dict) != 3:
            billing_updated_data_plan_change_plan_change_item_change.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "action",
                    "feature_id",
                    "item",
                }
            }
        return billing_updated_data_plan_change_plan_change_item_change

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


from ..models.billing_updated_data_plan_change_plan_change_plan_item import (
    BillingUpdatedDataPlanChangePlanChangePlanItem,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_item(data: Any) -> Any:
    item = BillingUpdatedDataPlanChangePlanChangePlanItem.from_dict(data)

    return item


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangeItemChange._NESTED = {
    "item": ("item", _build_item),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingUpdatedDataPlanChangePlanChangeItemChangeAction_VALUES = cast(
    "dict[object, BillingUpdatedDataPlanChangePlanChangeItemChangeAction]",
    BillingUpdatedDataPlanChangePlanChangeItemChangeAction._value2member_map_,
)
