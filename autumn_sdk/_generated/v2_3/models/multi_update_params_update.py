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

from ..models.cancel_action import CancelAction
from ..models.proration_behavior import ProrationBehavior
from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiUpdateParamsUpdate")


@_attrs_define
class MultiUpdateParamsUpdate:
    cancel_action: CancelAction
    """ Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund,
    'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation. """
    plan_id: str | Unset = UNSET
    """ The ID of the plan to update. Optional if subscription_id is provided. """
    subscription_id: str | Unset = UNSET
    """ A unique ID to identify the subscription to update. Useful when a customer has multiple products with the
    same plan. """
    entity_id: str | Unset = UNSET
    """ The ID of the entity this update targets. Overrides the top-level entity_id for this update. """
    proration_behavior: ProrationBehavior | Unset = UNSET
    """ How to handle proration when updating an existing subscription. 'prorate_immediately' charges/credits
    prorated amounts now, 'none' skips creating any charges. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_action = self.cancel_action.value

        plan_id = self.plan_id

        subscription_id = self.subscription_id

        entity_id = self.entity_id

        proration_behavior: str | Unset = UNSET
        if not isinstance(self.proration_behavior, Unset):
            proration_behavior = self.proration_behavior.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancel_action": cancel_action,
            }
        )
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if proration_behavior is not UNSET:
            field_dict["proration_behavior"] = proration_behavior

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        cancel_action = _CancelAction_VALUES.get(src_dict["cancel_action"]) or CancelAction(
            src_dict["cancel_action"]
        )

        plan_id = src_dict.get("plan_id", UNSET)
        if plan_id is not UNSET and not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        subscription_id = src_dict.get("subscription_id", UNSET)
        if subscription_id is not UNSET and not (type(subscription_id) is str):
            raise TypeError(f"subscription_id: expected a string, not {type(subscription_id).__name__}")

        entity_id = src_dict.get("entity_id", UNSET)
        if entity_id is not UNSET and not (type(entity_id) is str):
            raise TypeError(f"entity_id: expected a string, not {type(entity_id).__name__}")

        _proration_behavior = src_dict.get("proration_behavior", UNSET)
        proration_behavior: ProrationBehavior | Unset
        if isinstance(_proration_behavior, Unset):
            proration_behavior = UNSET
        else:
            proration_behavior = _ProrationBehavior_VALUES.get(_proration_behavior) or ProrationBehavior(
                _proration_behavior
            )

        multi_update_params_update = cls(
            cancel_action,
            plan_id,
            subscription_id,
            entity_id,
            proration_behavior,
        )

        if len(src_dict) != 1 + ("plan_id" in src_dict) + ("subscription_id" in src_dict) + (
            "entity_id" in src_dict
        ) + ("proration_behavior" in src_dict):
            multi_update_params_update.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "cancel_action",
                    "plan_id",
                    "subscription_id",
                    "entity_id",
                    "proration_behavior",
                }
            }
        return multi_update_params_update

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


# MultiUpdateParamsUpdate as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class MultiUpdateParamsUpdateDict(TypedDict, total=False):
    cancel_action: Required[Literal["cancel_immediately", "cancel_end_of_cycle", "uncancel"] | CancelAction]
    plan_id: str
    subscription_id: str
    entity_id: str
    proration_behavior: Literal["prorate_immediately", "none"] | ProrationBehavior


if TYPE_CHECKING:
    from ..models.cancel_action import CancelAction
    from ..models.proration_behavior import ProrationBehavior


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_CancelAction_VALUES = cast("dict[object, CancelAction]", CancelAction._value2member_map_)
_ProrationBehavior_VALUES = cast("dict[object, ProrationBehavior]", ProrationBehavior._value2member_map_)
