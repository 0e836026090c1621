# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUpdatedData")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedData(_NestedFields):
    object_: Literal["billing.updated"]
    customer_id: str
    """ The ID of the customer whose plans changed. """
    plan_changes: list[BillingUpdatedDataPlanChange]
    """ The plans that were activated, scheduled, updated, or expired. """
    tags: list[str]
    """ Reason tags describing why this event fired (e.g. 'trial_ended', 'phase_changed'). Always present; empty
    when no specific reason applies. """
    entity_id: None | str | Unset = UNSET
    """ The ID of the entity, if the changes are scoped to a specific entity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        customer_id = self.customer_id

        plan_changes = []
        for plan_changes_item_data in self.plan_changes:
            plan_changes_item = plan_changes_item_data.to_dict()
            plan_changes.append(plan_changes_item)

        tags = self.tags

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "customer_id": customer_id,
                "plan_changes": plan_changes,
                "tags": tags,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        object_ = cast(Literal["billing.updated"], src_dict["object"])
        if object_ != "billing.updated":
            raise ValueError(f"object must match const 'billing.updated', got '{object_}'")

        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        _plan_changes = src_dict["plan_changes"]

        tags = cast(list[str], src_dict["tags"])

        entity_id: None | str | Unset = src_dict.get("entity_id", UNSET)
        if not (entity_id is UNSET or type(entity_id) is str or entity_id is None):
            raise TypeError(f"entity_id: unexpected {type(entity_id).__name__}")

        billing_updated_data = cls(
            object_,
            customer_id,
            _PENDING,
            tags,
            entity_id,
        )
        billing_updated_data._src = src_dict
        del billing_updated_data.plan_changes

        if len(src_dict) != 4 + ("entity_id" in src_dict):
            billing_updated_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "object",
                    "customer_id",
                    "plan_changes",
                    "tags",
                    "entity_id",
                }
            }
        return billing_updated_data

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
    def object(self) -> Literal["billing.updated"]:
        """The field as Autumn's SDK names it (also ``object_``: keyword arguments keep the ``_``)."""
        return self.object_


from ..models.billing_updated_data_plan_change import BillingUpdatedDataPlanChange  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_plan_changes(data: Any) -> Any:
    plan_changes = []
    _plan_changes = data
    for plan_changes_item_data in _plan_changes:
        plan_changes_item = BillingUpdatedDataPlanChange.from_dict(plan_changes_item_data)

        plan_changes.append(plan_changes_item)

    return plan_changes


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedData._NESTED = {
    "plan_changes": ("plan_changes", _build_plan_changes),
}
