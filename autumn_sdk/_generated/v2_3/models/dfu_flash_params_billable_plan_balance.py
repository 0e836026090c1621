# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
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

T = TypeVar("T", bound="DfuFlashParamsBillablePlanBalance")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class DfuFlashParamsBillablePlanBalance(_NestedFields):
    feature_id: str
    """ The feature whose balance is being set. """
    filter_: DfuFlashParamsBillablePlanBalanceFilter | Unset = UNSET
    """ Disambiguates which entitlement line to target when the feature has multiple. """
    usage: float | Unset = UNSET
    """ Units already consumed; remaining balance is derived from the plan allowance minus this. """
    balance: float | Unset = UNSET
    """ Explicit remaining balance override (mutually exclusive with usage). """
    next_reset_at: float | Unset = UNSET
    """ Unix ms timestamp of this line's next reset. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        usage = self.usage

        balance = self.balance

        next_reset_at = self.next_reset_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feature_id": feature_id,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if usage is not UNSET:
            field_dict["usage"] = usage
        if balance is not UNSET:
            field_dict["balance"] = balance
        if next_reset_at is not UNSET:
            field_dict["next_reset_at"] = next_reset_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        _filter_ = src_dict.get("filter", UNSET)

        usage = src_dict.get("usage", UNSET)
        if usage is not UNSET and not (type(usage) is int or type(usage) is float):
            raise TypeError(f"usage: expected a number, not {type(usage).__name__}")

        balance = src_dict.get("balance", UNSET)
        if balance is not UNSET and not (type(balance) is int or type(balance) is float):
            raise TypeError(f"balance: expected a number, not {type(balance).__name__}")

        next_reset_at = src_dict.get("next_reset_at", UNSET)
        if next_reset_at is not UNSET and not (type(next_reset_at) is int or type(next_reset_at) is float):
            raise TypeError(f"next_reset_at: expected a number, not {type(next_reset_at).__name__}")

        dfu_flash_params_billable_plan_balance = cls(
            feature_id,
            UNSET,
            usage,
            balance,
            next_reset_at,
        )
        dfu_flash_params_billable_plan_balance._src = src_dict
        if _filter_ is not UNSET:
            del dfu_flash_params_billable_plan_balance.filter_

        if len(src_dict) != 1 + ("filter" in src_dict) + ("usage" in src_dict) + ("balance" in src_dict) + (
            "next_reset_at" in src_dict
        ):
            dfu_flash_params_billable_plan_balance.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "feature_id",
                    "filter",
                    "usage",
                    "balance",
                    "next_reset_at",
                }
            }
        return dfu_flash_params_billable_plan_balance

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
    def filter(self) -> DfuFlashParamsBillablePlanBalanceFilter | Unset:
        """The field as Autumn's SDK names it (also ``filter_``: keyword arguments keep the ``_``)."""
        return self.filter_


# DfuFlashParamsBillablePlanBalance as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class DfuFlashParamsBillablePlanBalanceDict(TypedDict, total=False):
    feature_id: Required[str]
    filter: DfuFlashParamsBillablePlanBalanceFilter | DfuFlashParamsBillablePlanBalanceFilterDict
    usage: float
    balance: float
    next_reset_at: float


if TYPE_CHECKING:
    from ..models.dfu_flash_params_billable_plan_balance_filter import (
        DfuFlashParamsBillablePlanBalanceFilter,
        DfuFlashParamsBillablePlanBalanceFilterDict,
    )

from ..models.dfu_flash_params_billable_plan_balance_filter import DfuFlashParamsBillablePlanBalanceFilter  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_filter_(data: Any) -> Any:
    _filter_ = data
    filter_: DfuFlashParamsBillablePlanBalanceFilter | Unset
    if isinstance(_filter_, Unset):
        filter_ = UNSET
    else:
        filter_ = DfuFlashParamsBillablePlanBalanceFilter.from_dict(_filter_)

    return filter_


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
DfuFlashParamsBillablePlanBalance._NESTED = {
    "filter_": ("filter", _build_filter_),
}
