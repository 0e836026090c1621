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

from ..models.billing_updated_data_plan_change_plan_change_plan_customer_eligibility_scenario import (
    BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario,
)
from ..models.plan_customer_eligibility_attach_action import PlanCustomerEligibilityAttachAction
from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibility")


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibility:
    attach_action: PlanCustomerEligibilityAttachAction
    """ The action that would occur if this plan were attached to the customer. """
    object_: Literal["customer_eligibility"] | Unset = UNSET
    trial_available: bool | Unset = UNSET
    """ Whether the trial on this plan is available to this customer. For example, if the customer used the trial in
    the past, this will be false. """
    status: SubscriptionStatus | Unset = UNSET
    """ Current status of the subscription. """
    canceling: bool | Unset = UNSET
    """ Whether the customer's active instance of this plan is set to cancel. """
    trialing: bool | Unset = UNSET
    """ Whether the customer is currently on a free trial of this plan. """
    scenario: BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario | Unset = UNSET
    """ Legacy attach scenario. Internal use only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attach_action = self.attach_action.value

        object_ = self.object_

        trial_available = self.trial_available

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        canceling = self.canceling

        trialing = self.trialing

        scenario: str | Unset = UNSET
        if not isinstance(self.scenario, Unset):
            scenario = self.scenario.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attach_action": attach_action,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if trial_available is not UNSET:
            field_dict["trial_available"] = trial_available
        if status is not UNSET:
            field_dict["status"] = status
        if canceling is not UNSET:
            field_dict["canceling"] = canceling
        if trialing is not UNSET:
            field_dict["trialing"] = trialing
        if scenario is not UNSET:
            field_dict["scenario"] = scenario

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        attach_action = _PlanCustomerEligibilityAttachAction_VALUES.get(
            src_dict["attach_action"]
        ) or PlanCustomerEligibilityAttachAction(src_dict["attach_action"])

        object_ = cast(Literal["customer_eligibility"] | Unset, src_dict.get("object", UNSET))
        if object_ != "customer_eligibility" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'customer_eligibility', got '{object_}'")

        trial_available = src_dict.get("trial_available", UNSET)
        if trial_available is not UNSET and not (type(trial_available) is bool):
            raise TypeError(f"trial_available: expected a boolean, not {type(trial_available).__name__}")

        _status = src_dict.get("status", UNSET)
        status: SubscriptionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _SubscriptionStatus_VALUES.get(_status) or SubscriptionStatus(_status)

        canceling = src_dict.get("canceling", UNSET)
        if canceling is not UNSET and not (type(canceling) is bool):
            raise TypeError(f"canceling: expected a boolean, not {type(canceling).__name__}")

        trialing = src_dict.get("trialing", UNSET)
        if trialing is not UNSET and not (type(trialing) is bool):
            raise TypeError(f"trialing: expected a boolean, not {type(trialing).__name__}")

        _scenario = src_dict.get("scenario", UNSET)
        scenario: BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario | Unset
        if isinstance(_scenario, Unset):
            scenario = UNSET
        else:
            scenario = _BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario_VALUES.get(
                _scenario
            ) or BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario(_scenario)

        billing_updated_data_plan_change_plan_change_plan_customer_eligibility = cls(
            attach_action,
            object_,
            trial_available,
            status,
            canceling,
            trialing,
            scenario,
        )

        if len(src_dict) != 1 + ("object" in src_dict) + ("trial_available" in src_dict) + (
            "status" in src_dict
        ) + ("canceling" in src_dict) + ("trialing" in src_dict) + ("scenario" in src_dict):
            billing_updated_data_plan_change_plan_change_plan_customer_eligibility.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "attach_action",
                    "object",
                    "trial_available",
                    "status",
                    "canceling",
                    "trialing",
                    "scenario",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_customer_eligibility

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
    def object(self) -> Literal["customer_eligibility"] | Unset:
        """The field as Autumn's SDK names it (also ``object_``: keyword arguments keep the ``_``)."""
        return self.object_


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario_VALUES = cast(
    "dict[object, BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario]",
    BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario._value2member_map_,
)
_PlanCustomerEligibilityAttachAction_VALUES = cast(
    "dict[object, PlanCustomerEligibilityAttachAction]",
    PlanCustomerEligibilityAttachAction._value2member_map_,
)
_SubscriptionStatus_VALUES = cast("dict[object, SubscriptionStatus]", SubscriptionStatus._value2member_map_)
