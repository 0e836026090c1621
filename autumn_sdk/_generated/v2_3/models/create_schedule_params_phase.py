# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
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

from ..models.create_schedule_params_phase_billing_cycle_anchor import (
    CreateScheduleParamsPhaseBillingCycleAnchor,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateScheduleParamsPhase")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateScheduleParamsPhase(_NestedFields):
    plans: list[CreateScheduleParamsPhasePlan]
    """ Plans to materialize for this phase. """
    starts_at: float | Literal["now"] | Unset = UNSET
    """ When this phase should start, in epoch milliseconds, or 'now' for the immediate phase. """
    starting_after: CreateScheduleParamsPhaseStartingAfter | Unset = UNSET
    """ Relative start offset from the previous resolved schedule phase. """
    billing_cycle_anchor: CreateScheduleParamsPhaseBillingCycleAnchor | Unset = UNSET
    """ Pass 'phase_start' to reset the Stripe billing cycle anchor when this phase starts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plans = []
        for plans_item_data in self.plans:
            plans_item = plans_item_data.to_dict()
            plans.append(plans_item)

        starts_at: float | Literal["now"] | Unset
        if isinstance(self.starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = self.starts_at

        starting_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.starting_after, Unset):
            starting_after = self.starting_after.to_dict()

        billing_cycle_anchor: str | Unset = UNSET
        if not isinstance(self.billing_cycle_anchor, Unset):
            billing_cycle_anchor = self.billing_cycle_anchor.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plans": plans,
            }
        )
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if starting_after is not UNSET:
            field_dict["starting_after"] = starting_after
        if billing_cycle_anchor is not UNSET:
            field_dict["billing_cycle_anchor"] = billing_cycle_anchor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _plans = src_dict["plans"]

        _starts_at = src_dict.get("starts_at", UNSET)
        starts_at: float | Literal["now"] | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        elif _starts_at == "now":
            starts_at_type_1 = cast(Literal["now"], _starts_at)
            if starts_at_type_1 != "now":
                raise ValueError(f"starts_at_type_1 must match const 'now', got '{starts_at_type_1}'")
            starts_at = starts_at_type_1
        else:
            starts_at = _starts_at

        _starting_after = src_dict.get("starting_after", UNSET)

        _billing_cycle_anchor = src_dict.get("billing_cycle_anchor", UNSET)
        billing_cycle_anchor: CreateScheduleParamsPhaseBillingCycleAnchor | Unset
        if isinstance(_billing_cycle_anchor, Unset):
            billing_cycle_anchor = UNSET
        else:
            billing_cycle_anchor = _CreateScheduleParamsPhaseBillingCycleAnchor_VALUES.get(
                _billing_cycle_anchor
            ) or CreateScheduleParamsPhaseBillingCycleAnchor(_billing_cycle_anchor)

        create_schedule_params_phase = cls(
            _PENDING,
            starts_at,
            UNSET,
            billing_cycle_anchor,
        )
        create_schedule_params_phase._src = src_dict
        del create_schedule_params_phase.plans
        if _starting_after is not UNSET:
            del create_schedule_params_phase.starting_after

        if len(src_dict) != 1 + ("starts_at" in src_dict) + ("starting_after" in src_dict) + (
            "billing_cycle_anchor" in src_dict
        ):
            create_schedule_params_phase.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plans",
                    "starts_at",
                    "starting_after",
                    "billing_cycle_anchor",
                }
            }
        return create_schedule_params_phase

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


# CreateScheduleParamsPhase as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateScheduleParamsPhaseDict(TypedDict, total=False):
    plans: Required[Sequence[CreateScheduleParamsPhasePlan | CreateScheduleParamsPhasePlanDict]]
    starts_at: float | Literal["now"]
    starting_after: CreateScheduleParamsPhaseStartingAfter | CreateScheduleParamsPhaseStartingAfterDict
    billing_cycle_anchor: Literal["phase_start"] | CreateScheduleParamsPhaseBillingCycleAnchor


if TYPE_CHECKING:
    from ..models.create_schedule_params_phase_billing_cycle_anchor import (
        CreateScheduleParamsPhaseBillingCycleAnchor,
    )
    from ..models.create_schedule_params_phase_plan import (
        CreateScheduleParamsPhasePlan,
        CreateScheduleParamsPhasePlanDict,
    )
    from ..models.create_schedule_params_phase_starting_after import (
        CreateScheduleParamsPhaseStartingAfter,
        CreateScheduleParamsPhaseStartingAfterDict,
    )

from ..models.create_schedule_params_phase_plan import CreateScheduleParamsPhasePlan  # noqa: E402
from ..models.create_schedule_params_phase_starting_after import CreateScheduleParamsPhaseStartingAfter  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_plans(data: Any) -> Any:
    plans = []
    _plans = data
    for plans_item_data in _plans:
        plans_item = CreateScheduleParamsPhasePlan.from_dict(plans_item_data)

        plans.append(plans_item)

    return plans


def _build_starting_after(data: Any) -> Any:
    _starting_after = data
    starting_after: CreateScheduleParamsPhaseStartingAfter | Unset
    if isinstance(_starting_after, Unset):
        starting_after = UNSET
    else:
        starting_after = CreateScheduleParamsPhaseStartingAfter.from_dict(_starting_after)

    return starting_after


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateScheduleParamsPhase._NESTED = {
    "plans": ("plans", _build_plans),
    "starting_after": ("starting_after", _build_starting_after),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_CreateScheduleParamsPhaseBillingCycleAnchor_VALUES = cast(
    "dict[object, CreateScheduleParamsPhaseBillingCycleAnchor]",
    CreateScheduleParamsPhaseBillingCycleAnchor._value2member_map_,
)
