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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePreviousAttributes")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePreviousAttributes(_NestedFields):
    id: str | Unset = UNSET
    """ Unique identifier for the plan. """
    name: str | Unset = UNSET
    """ Display name of the plan. """
    description: None | str | Unset = UNSET
    """ Optional description of the plan. """
    group: None | str | Unset = UNSET
    """ Group identifier for organizing related plans. Plans in the same group are mutually exclusive. """
    add_on: bool | Unset = UNSET
    """ Whether this is an add-on plan that can be attached alongside a main plan. """
    auto_enable: bool | Unset = UNSET
    """ If true, this plan is automatically attached when a customer is created. Used for free plans. """
    config: BillingUpdatedDataPlanChangePlanChangePlanConfig | Unset = UNSET
    """ Miscellaneous plan-level configuration flags. """
    free_trial: FreeTrial | None | Unset = UNSET
    """ Previous free trial when it changed. Null when the plan had none. """
    billing_controls: BillingUpdatedDataPlanChangePlanChangePlanBillingControls | None | Unset = UNSET
    """ Previous billing controls when they changed. Null when unset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        add_on = self.add_on

        auto_enable = self.auto_enable

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        free_trial: dict[str, Any] | None | Unset
        if isinstance(self.free_trial, Unset):
            free_trial = UNSET
        elif isinstance(self.free_trial, FreeTrial):
            free_trial = self.free_trial.to_dict()
        else:
            free_trial = self.free_trial

        billing_controls: dict[str, Any] | None | Unset
        if isinstance(self.billing_controls, Unset):
            billing_controls = UNSET
        elif isinstance(self.billing_controls, BillingUpdatedDataPlanChangePlanChangePlanBillingControls):
            billing_controls = self.billing_controls.to_dict()
        else:
            billing_controls = self.billing_controls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if group is not UNSET:
            field_dict["group"] = group
        if add_on is not UNSET:
            field_dict["add_on"] = add_on
        if auto_enable is not UNSET:
            field_dict["auto_enable"] = auto_enable
        if config is not UNSET:
            field_dict["config"] = config
        if free_trial is not UNSET:
            field_dict["free_trial"] = free_trial
        if billing_controls is not UNSET:
            field_dict["billing_controls"] = billing_controls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict.get("id", UNSET)
        if id is not UNSET and not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        name = src_dict.get("name", UNSET)
        if name is not UNSET and not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        description: None | str | Unset = src_dict.get("description", UNSET)
        if not (description is UNSET or type(description) is str or description is None):
            raise TypeError(f"description: unexpected {type(description).__name__}")

        group: None | str | Unset = src_dict.get("group", UNSET)
        if not (group is UNSET or type(group) is str or group is None):
            raise TypeError(f"group: unexpected {type(group).__name__}")

        add_on = src_dict.get("add_on", UNSET)
        if add_on is not UNSET and not (type(add_on) is bool):
            raise TypeError(f"add_on: expected a boolean, not {type(add_on).__name__}")

        auto_enable = src_dict.get("auto_enable", UNSET)
        if auto_enable is not UNSET and not (type(auto_enable) is bool):
            raise TypeError(f"auto_enable: expected a boolean, not {type(auto_enable).__name__}")

        _config = src_dict.get("config", UNSET)

        _free_trial = src_dict.get("free_trial", UNSET)

        _billing_controls = src_dict.get("billing_controls", UNSET)

        billing_updated_data_plan_change_plan_change_previous_attributes = cls(
            id,
            name,
            description,
            group,
            add_on,
            auto_enable,
            UNSET,
            _free_trial if _free_trial is None else UNSET,
            _billing_controls if _billing_controls is None else UNSET,
        )
        billing_updated_data_plan_change_plan_change_previous_attributes._src = src_dict
        if _config is not UNSET:
            del billing_updated_data_plan_change_plan_change_previous_attributes.config
        if _free_trial is not None and _free_trial is not UNSET:
            del billing_updated_data_plan_change_plan_change_previous_attributes.free_trial
        if _billing_controls is not None and _billing_controls is not UNSET:
            del billing_updated_data_plan_change_plan_change_previous_attributes.billing_controls

        if len(src_dict) != 0 + ("id" in src_dict) + ("name" in src_dict) + ("description" in src_dict) + (
            "group" in src_dict
        ) + ("add_on" in src_dict) + ("auto_enable" in src_dict) + ("config" in src_dict) + (
            "free_trial" in src_dict
        ) + ("billing_controls" in src_dict):
            billing_updated_data_plan_change_plan_change_previous_attributes.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "description",
                    "group",
                    "add_on",
                    "auto_enable",
                    "config",
                    "free_trial",
                    "billing_controls",
                }
            }
        return billing_updated_data_plan_change_plan_change_previous_attributes

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


from ..models.billing_updated_data_plan_change_plan_change_plan_billing_controls import (
    BillingUpdatedDataPlanChangePlanChangePlanBillingControls,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_plan_config import (
    BillingUpdatedDataPlanChangePlanChangePlanConfig,  # noqa: E402
)
from ..models.free_trial import FreeTrial  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_config(data: Any) -> Any:
    _config = data
    config: BillingUpdatedDataPlanChangePlanChangePlanConfig | Unset
    if isinstance(_config, Unset):
        config = UNSET
    else:
        config = BillingUpdatedDataPlanChangePlanChangePlanConfig.from_dict(_config)

    return config


def _build_free_trial(data: Any) -> Any:
    _free_trial = data
    free_trial: FreeTrial | None | Unset
    if _free_trial is None:
        free_trial = None
    elif isinstance(_free_trial, Unset):
        free_trial = UNSET
    elif isinstance(_free_trial, dict):
        free_trial_type_0 = FreeTrial.from_dict(_free_trial)

        free_trial = free_trial_type_0
    else:
        raise TypeError(f"free_trial: unexpected {type(_free_trial).__name__}")

    return free_trial


def _build_billing_controls(data: Any) -> Any:
    _billing_controls = data
    billing_controls: BillingUpdatedDataPlanChangePlanChangePlanBillingControls | None | Unset
    if _billing_controls is None:
        billing_controls = None
    elif isinstance(_billing_controls, Unset):
        billing_controls = UNSET
    elif isinstance(_billing_controls, dict):
        billing_controls_type_0 = BillingUpdatedDataPlanChangePlanChangePlanBillingControls.from_dict(
            _billing_controls
        )

        billing_controls = billing_controls_type_0
    else:
        raise TypeError(f"billing_controls: unexpected {type(_billing_controls).__name__}")

    return billing_controls


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangePreviousAttributes._NESTED = {
    "config": ("config", _build_config),
    "free_trial": ("free_trial", _build_free_trial),
    "billing_controls": ("billing_controls", _build_billing_controls),
}
