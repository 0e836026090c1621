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

T = TypeVar("T", bound="PreviewAttachResponseIncoming")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class PreviewAttachResponseIncoming(_NestedFields):
    plan_id: str
    """ The ID of the plan affected by this preview change. """
    feature_quantities: list[PreviewAttachResponseIncomingFeatureQuantity]
    """ The feature quantity selections associated with this plan change. """
    effective_at: float | None
    """ When this change takes effect, in milliseconds since the Unix epoch, or null if it applies immediately. """
    canceled_at: float | None
    """ When this plan was canceled, in milliseconds since the Unix epoch, or null if it is not canceled. """
    expires_at: float | None
    """ When this plan expires, in milliseconds since the Unix epoch, or null if it does not expire. """
    plan: Plan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        feature_quantities = []
        for feature_quantities_item_data in self.feature_quantities:
            feature_quantities_item = feature_quantities_item_data.to_dict()
            feature_quantities.append(feature_quantities_item)

        effective_at: float | None
        effective_at = self.effective_at

        canceled_at: float | None
        canceled_at = self.canceled_at

        expires_at: float | None
        expires_at = self.expires_at

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "feature_quantities": feature_quantities,
                "effective_at": effective_at,
                "canceled_at": canceled_at,
                "expires_at": expires_at,
            }
        )
        if plan is not UNSET:
            field_dict["plan"] = plan

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        _feature_quantities = src_dict["feature_quantities"]

        effective_at: float | None = src_dict["effective_at"]
        if not (type(effective_at) is int or type(effective_at) is float or effective_at is None):
            raise TypeError(f"effective_at: unexpected {type(effective_at).__name__}")

        canceled_at: float | None = src_dict["canceled_at"]
        if not (type(canceled_at) is int or type(canceled_at) is float or canceled_at is None):
            raise TypeError(f"canceled_at: unexpected {type(canceled_at).__name__}")

        expires_at: float | None = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float or expires_at is None):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        _plan = src_dict.get("plan", UNSET)

        preview_attach_response_incoming = cls(
            plan_id,
            _PENDING,
            effective_at,
            canceled_at,
            expires_at,
            UNSET,
        )
        preview_attach_response_incoming._src = src_dict
        del preview_attach_response_incoming.feature_quantities
        if _plan is not UNSET:
            del preview_attach_response_incoming.plan

        if len(src_dict) != 5 + ("plan" in src_dict):
            preview_attach_response_incoming.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "feature_quantities",
                    "effective_at",
                    "canceled_at",
                    "expires_at",
                    "plan",
                }
            }
        return preview_attach_response_incoming

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


from ..models.plan import Plan  # noqa: E402
from ..models.preview_attach_response_incoming_feature_quantity import (
    PreviewAttachResponseIncomingFeatureQuantity,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_feature_quantities(data: Any) -> Any:
    feature_quantities = []
    _feature_quantities = data
    for feature_quantities_item_data in _feature_quantities:
        feature_quantities_item = PreviewAttachResponseIncomingFeatureQuantity.from_dict(
            feature_quantities_item_data
        )

        feature_quantities.append(feature_quantities_item)

    return feature_quantities


def _build_plan(data: Any) -> Any:
    _plan = data
    plan: Plan | Unset
    if isinstance(_plan, Unset):
        plan = UNSET
    else:
        plan = Plan.from_dict(_plan)

    return plan


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PreviewAttachResponseIncoming._NESTED = {
    "feature_quantities": ("feature_quantities", _build_feature_quantities),
    "plan": ("plan", _build_plan),
}
