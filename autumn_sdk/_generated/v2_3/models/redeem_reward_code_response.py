# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="RedeemRewardCodeResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class RedeemRewardCodeResponse(_NestedFields):
    reward_id: str
    """ The ID of the redeemed reward """
    entitlements_granted: list[RedeemRewardCodeResponseEntitlementsGranted]
    """ The feature balances granted to the customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        reward_id = self.reward_id

        entitlements_granted = []
        for entitlements_granted_item_data in self.entitlements_granted:
            entitlements_granted_item = entitlements_granted_item_data.to_dict()
            entitlements_granted.append(entitlements_granted_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reward_id": reward_id,
                "entitlements_granted": entitlements_granted,
            }
        )

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        reward_id = src_dict["reward_id"]
        if not (type(reward_id) is str):
            raise TypeError(f"reward_id: expected a string, not {type(reward_id).__name__}")

        _entitlements_granted = src_dict["entitlements_granted"]

        redeem_reward_code_response = cls(
            reward_id,
            _PENDING,
        )
        redeem_reward_code_response._src = src_dict
        del redeem_reward_code_response.entitlements_granted

        if len(src_dict) != 2:
            redeem_reward_code_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "reward_id",
                    "entitlements_granted",
                }
            }
        return redeem_reward_code_response

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


from ..models.redeem_reward_code_response_entitlements_granted import (
    RedeemRewardCodeResponseEntitlementsGranted,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_entitlements_granted(data: Any) -> Any:
    entitlements_granted = []
    _entitlements_granted = data
    for entitlements_granted_item_data in _entitlements_granted:
        entitlements_granted_item = RedeemRewardCodeResponseEntitlementsGranted.from_dict(
            entitlements_granted_item_data
        )

        entitlements_granted.append(entitlements_granted_item)

    return entitlements_granted


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
RedeemRewardCodeResponse._NESTED = {
    "entitlements_granted": ("entitlements_granted", _build_entitlements_granted),
}
