# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingControls")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingControls(_NestedFields):
    """Billing controls for the customer (auto top-ups, etc.)"""

    auto_topups: list[AutoTopup] | Unset = UNSET
    """ List of auto top-up configurations per feature. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_topups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auto_topups, Unset):
            auto_topups = []
            for auto_topups_item_data in self.auto_topups:
                auto_topups_item = auto_topups_item_data.to_dict()
                auto_topups.append(auto_topups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_topups is not UNSET:
            field_dict["auto_topups"] = auto_topups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _auto_topups = src_dict.get("auto_topups", UNSET)

        billing_controls = cls(
            UNSET,
        )
        billing_controls._src = src_dict
        if _auto_topups is not UNSET:
            del billing_controls.auto_topups

        if len(src_dict) != 0 + ("auto_topups" in src_dict):
            billing_controls.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "auto_topups",
                }
            }
        return billing_controls

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


# BillingControls as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class BillingControlsDict(TypedDict, total=False):
    auto_topups: Sequence[AutoTopup | AutoTopupDict]


if TYPE_CHECKING:
    from ..models.auto_topup import AutoTopup, AutoTopupDict

from ..models.auto_topup import AutoTopup  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_auto_topups(data: Any) -> Any:
    _auto_topups = data
    auto_topups: list[AutoTopup] | Unset = UNSET
    if _auto_topups is not UNSET:
        auto_topups = []
        for auto_topups_item_data in _auto_topups:
            auto_topups_item = AutoTopup.from_dict(auto_topups_item_data)

            auto_topups.append(auto_topups_item)

    return auto_topups


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingControls._NESTED = {
    "auto_topups": ("auto_topups", _build_auto_topups),
}
