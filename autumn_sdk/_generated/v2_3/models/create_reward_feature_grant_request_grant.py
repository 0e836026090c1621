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

T = TypeVar("T", bound="CreateRewardFeatureGrantRequestGrant")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateRewardFeatureGrantRequestGrant(_NestedFields):
    feature_id: str
    included: float | None
    """ A non-negative amount to grant, or null for boolean features. """
    expiry: CreateRewardFeatureGrantRequestGrantExpiry | None

    def to_dict(self) -> dict[str, Any]:
        feature_id = self.feature_id

        included: float | None
        included = self.included

        expiry: dict[str, Any] | None
        if isinstance(self.expiry, CreateRewardFeatureGrantRequestGrantExpiry):
            expiry = self.expiry.to_dict()
        else:
            expiry = self.expiry

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "feature_id": feature_id,
                "included": included,
                "expiry": expiry,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        feature_id = src_dict["feature_id"]
        if not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        included: float | None = src_dict["included"]
        if not (type(included) is int or type(included) is float or included is None):
            raise TypeError(f"included: unexpected {type(included).__name__}")

        _expiry = src_dict["expiry"]

        create_reward_feature_grant_request_grant = cls(
            feature_id,
            included,
            _PENDING,
        )
        create_reward_feature_grant_request_grant._src = src_dict
        if _expiry is not None:
            del create_reward_feature_grant_request_grant.expiry

        return create_reward_feature_grant_request_grant


# CreateRewardFeatureGrantRequestGrant as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CreateRewardFeatureGrantRequestGrantDict(TypedDict, total=False):
    feature_id: Required[str]
    included: Required[float | None]
    expiry: Required[
        CreateRewardFeatureGrantRequestGrantExpiry | CreateRewardFeatureGrantRequestGrantExpiryDict | None
    ]


if TYPE_CHECKING:
    from ..models.create_reward_feature_grant_request_grant_expiry import (
        CreateRewardFeatureGrantRequestGrantExpiry,
        CreateRewardFeatureGrantRequestGrantExpiryDict,
    )

from ..models.create_reward_feature_grant_request_grant_expiry import (
    CreateRewardFeatureGrantRequestGrantExpiry,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_expiry(data: Any) -> Any:
    _expiry = data
    expiry: CreateRewardFeatureGrantRequestGrantExpiry | None
    if _expiry is None:
        expiry = None
    elif isinstance(_expiry, dict):
        expiry_type_0 = CreateRewardFeatureGrantRequestGrantExpiry.from_dict(_expiry)

        expiry = expiry_type_0
    else:
        raise TypeError(f"expiry: unexpected {type(_expiry).__name__}")

    return expiry


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CreateRewardFeatureGrantRequestGrant._NESTED = {
    "expiry": ("expiry", _build_expiry),
}
