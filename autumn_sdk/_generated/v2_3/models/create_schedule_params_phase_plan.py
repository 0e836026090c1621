# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    Required,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateScheduleParamsPhasePlan")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateScheduleParamsPhasePlan(_NestedFields):
    plan_id: str
    """ The ID of the plan to schedule in this phase. """
    entity_id: None | str | Unset = UNSET
    """ The immediate plan scope. Omit to inherit the request entity, pass null for customer-level, or pass an
    entity ID. """
    feature_quantities: list[FeatureQuantity] | Unset = UNSET
    """ Optional prepaid feature quantities for this phase's plan. """
    version: float | Unset = UNSET
    """ Optional explicit plan version to schedule. """
    customize: CreateScheduleParamsPhasePlanCustomize | Unset = UNSET
    """ Customize the plan to schedule. Can override price, replace items, or patch items with add_items and
    remove_items. """
    subscription_id: str | Unset = UNSET
    """ A unique ID to identify this subscription. Useful when scheduling the same plan multiple times. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        feature_quantities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature_quantities, Unset):
            feature_quantities = []
            for feature_quantities_item_data in self.feature_quantities:
                feature_quantities_item = feature_quantities_item_data.to_dict()
                feature_quantities.append(feature_quantities_item)

        version = self.version

        customize: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customize, Unset):
            customize = self.customize.to_dict()

        subscription_id = self.subscription_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if feature_quantities is not UNSET:
            field_dict["feature_quantities"] = feature_quantities
        if version is not UNSET:
            field_dict["version"] = version
        if customize is not UNSET:
            field_dict["customize"] = customize
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        entity_id: None | str | Unset = src_dict.get("entity_id", UNSET)
        if not (entity_id is UNSET or type(entity_id) is str or entity_id is None):
            raise TypeError(f"entity_id: unexpected {type(entity_id).__name__}")

        _feature_quantities = src_dict.get("feature_quantities", UNSET)

        version = src_dict.get("version", UNSET)
        if version is not UNSET and not (type(version) is int or type(version) is float):
            raise TypeError(f"version: expected a number, not {type(version).__name__}")

        _customize = src_dict.get("customize", UNSET)

        subscription_id = src_dict.get("subscription_id", UNSET)
        if subscription_id is not UNSET and not (type(subscription_id) is str):
            raise TypeError(f"subscription_id: expected a string, not {type(subscription_id).__name__}")

        create_schedule_params_phase_plan = cls(
            plan_id,
            entity_id,
            UNSET,
            version,
            UNSET,
            subscription_id,
        )
        create_schedule_params_phase_plan._src = src_dict
        if _feature_quantities is not UNSET:
            del create_schedule_params_phase_plan.feature_quantities
        if _customize is not UNSET:
            del create_schedule_params_phase_plan.customize

        if len(src_dict) != 1 + ("entity_id" in src_dict) + ("feature_quantities" in src_dict) + (
            "version" in src_dict
        ) + ("customize" in src_dict) + ("subscription_id" in src_dict):
            create_schedule_params_phase_plan.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "entity_id",
                    "feature_quantities",
                    "version",
                    "customize",
                    "subscription_id",
                }
            }
        return create_schedule_params_phase_plan

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


# CreateScheduleParamsPhasePlan as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateScheduleParamsPhasePlanDict(TypedDict, total=False):
    plan_id: Required[str]
    entity_id: str | None
    feature_quantities: Sequence[FeatureQuantity | FeatureQuantityDict]
    version: float
    customize: CreateScheduleParamsPhasePlanCustomize | CreateScheduleParamsPhasePlanCustomizeDict
    subscription_id: str


if TYPE_CHECKING:
    from ..models.create_schedule_params_phase_plan_customize import (
        CreateScheduleParamsPhasePlanCustomize,
        CreateScheduleParamsPhasePlanCustomizeDict,
    )
    from ..models.feature_quantity import FeatureQuantity, FeatureQuantityDict

from ..models.create_schedule_params_phase_plan_customize import CreateScheduleParamsPhasePlanCustomize  # noqa: E402
from ..models.feature_quantity import FeatureQuantity  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_feature_quantities(data: Any) -> Any:
    _feature_quantities = data
    feature_quantities: list[FeatureQuantity] | Unset = UNSET
    if _feature_quantities is not UNSET:
        feature_quantities = []
        for feature_quantities_item_data in _feature_quantities:
            feature_quantities_item = FeatureQuantity.from_dict(feature_quantities_item_data)

            feature_quantities.append(feature_quantities_item)

    return feature_quantities


def _build_customize(data: Any) -> Any:
    _customize = data
    customize: CreateScheduleParamsPhasePlanCustomize | Unset
    if isinstance(_customize, Unset):
        customize = UNSET
    else:
        customize = CreateScheduleParamsPhasePlanCustomize.from_dict(_customize)

    return customize


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateScheduleParamsPhasePlan._NESTED = {
    "feature_quantities": ("feature_quantities", _build_feature_quantities),
    "customize": ("customize", _build_customize),
}
