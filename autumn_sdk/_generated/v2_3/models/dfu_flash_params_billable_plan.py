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

from ..models.dfu_flash_params_billable_plan_status import DfuFlashParamsBillablePlanStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DfuFlashParamsBillablePlan")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class DfuFlashParamsBillablePlan(_NestedFields):
    """The single plan on this billable (provide either plan or phases, not both)."""

    plan_id: str
    """ The Autumn plan to attach to the customer. """
    version: float | Unset = UNSET
    """ Specific plan version to attach; defaults to the latest. """
    status: DfuFlashParamsBillablePlanStatus | Unset = UNSET
    """ Set the status of the plan to be flashed. Active if undefined. """
    started_at: float | Unset = UNSET
    """ When the plan started (Unix ms). Defaults to the linked subscription's start, else the import time. Set this
    for one-off purchases to record the real purchase date. """
    quantity: float | Unset = UNSET
    """ Seat/unit quantity for the plan. """
    feature_quantities: list[PreviewAttachResponseIncomingFeatureQuantity] | Unset = UNSET
    """ Purchased prepaid quantities per feature. """
    balances: list[DfuFlashParamsBillablePlanBalance] | Unset = UNSET
    """ Per-feature balances to image onto the plan. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        version = self.version

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        started_at = self.started_at

        quantity = self.quantity

        feature_quantities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.feature_quantities, Unset):
            feature_quantities = []
            for feature_quantities_item_data in self.feature_quantities:
                feature_quantities_item = feature_quantities_item_data.to_dict()
                feature_quantities.append(feature_quantities_item)

        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if feature_quantities is not UNSET:
            field_dict["feature_quantities"] = feature_quantities
        if balances is not UNSET:
            field_dict["balances"] = balances

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        version = src_dict.get("version", UNSET)
        if version is not UNSET and not (type(version) is int or type(version) is float):
            raise TypeError(f"version: expected a number, not {type(version).__name__}")

        _status = src_dict.get("status", UNSET)
        status: DfuFlashParamsBillablePlanStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = _DfuFlashParamsBillablePlanStatus_VALUES.get(
                _status
            ) or DfuFlashParamsBillablePlanStatus(_status)

        started_at = src_dict.get("started_at", UNSET)
        if started_at is not UNSET and not (type(started_at) is int or type(started_at) is float):
            raise TypeError(f"started_at: expected a number, not {type(started_at).__name__}")

        quantity = src_dict.get("quantity", UNSET)
        if quantity is not UNSET and not (type(quantity) is int or type(quantity) is float):
            raise TypeError(f"quantity: expected a number, not {type(quantity).__name__}")

        _feature_quantities = src_dict.get("feature_quantities", UNSET)

        _balances = src_dict.get("balances", UNSET)

        dfu_flash_params_billable_plan = cls(
            plan_id,
            version,
            status,
            started_at,
            quantity,
            UNSET,
            UNSET,
        )
        dfu_flash_params_billable_plan._src = src_dict
        if _feature_quantities is not UNSET:
            del dfu_flash_params_billable_plan.feature_quantities
        if _balances is not UNSET:
            del dfu_flash_params_billable_plan.balances

        if len(src_dict) != 1 + ("version" in src_dict) + ("status" in src_dict) + (
            "started_at" in src_dict
        ) + ("quantity" in src_dict) + ("feature_quantities" in src_dict) + ("balances" in src_dict):
            dfu_flash_params_billable_plan.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "version",
                    "status",
                    "started_at",
                    "quantity",
                    "feature_quantities",
                    "balances",
                }
            }
        return dfu_flash_params_billable_plan

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


# DfuFlashParamsBillablePlan as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class DfuFlashParamsBillablePlanDict(TypedDict, total=False):
    plan_id: Required[str]
    version: float
    status: (
        Literal["active", "trialing", "past_due", "canceled", "expired"] | DfuFlashParamsBillablePlanStatus
    )
    started_at: float
    quantity: float
    feature_quantities: Sequence[
        PreviewAttachResponseIncomingFeatureQuantity | PreviewAttachResponseIncomingFeatureQuantityDict
    ]
    balances: Sequence[DfuFlashParamsBillablePlanBalance | DfuFlashParamsBillablePlanBalanceDict]


if TYPE_CHECKING:
    from ..models.dfu_flash_params_billable_plan_balance import (
        DfuFlashParamsBillablePlanBalance,
        DfuFlashParamsBillablePlanBalanceDict,
    )
    from ..models.dfu_flash_params_billable_plan_status import DfuFlashParamsBillablePlanStatus
    from ..models.preview_attach_response_incoming_feature_quantity import (
        PreviewAttachResponseIncomingFeatureQuantity,
        PreviewAttachResponseIncomingFeatureQuantityDict,
    )

from ..models.dfu_flash_params_billable_plan_balance import DfuFlashParamsBillablePlanBalance  # noqa: E402
from ..models.preview_attach_response_incoming_feature_quantity import (
    PreviewAttachResponseIncomingFeatureQuantity,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_feature_quantities(data: Any) -> Any:
    _feature_quantities = data
    feature_quantities: list[PreviewAttachResponseIncomingFeatureQuantity] | Unset = UNSET
    if _feature_quantities is not UNSET:
        feature_quantities = []
        for feature_quantities_item_data in _feature_quantities:
            feature_quantities_item = PreviewAttachResponseIncomingFeatureQuantity.from_dict(
                feature_quantities_item_data
            )

            feature_quantities.append(feature_quantities_item)

    return feature_quantities


def _build_balances(data: Any) -> Any:
    _balances = data
    balances: list[DfuFlashParamsBillablePlanBalance] | Unset = UNSET
    if _balances is not UNSET:
        balances = []
        for balances_item_data in _balances:
            balances_item = DfuFlashParamsBillablePlanBalance.from_dict(balances_item_data)

            balances.append(balances_item)

    return balances


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
DfuFlashParamsBillablePlan._NESTED = {
    "feature_quantities": ("feature_quantities", _build_feature_quantities),
    "balances": ("balances", _build_balances),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_DfuFlashParamsBillablePlanStatus_VALUES = cast(
    "dict[object, DfuFlashParamsBillablePlanStatus]", DfuFlashParamsBillablePlanStatus._value2member_map_
)
