# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_referral_program_params_received_by import CreateReferralProgramParamsReceivedBy
from ..models.create_referral_program_params_redeem_on import CreateReferralProgramParamsRedeemOn
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="CreateReferralProgramResponse")


@_attrs_define
class CreateReferralProgramResponse:
    id: str
    """ The unique identifier for the referral program. """
    reward_id: str
    """ The ID of the reward granted when a code is redeemed. """
    redeem_on: CreateReferralProgramParamsRedeemOn
    """ When the reward is granted: on redemption, or when the redeemer checks out. """
    received_by: CreateReferralProgramParamsReceivedBy
    """ Who receives the reward: the referrer only, or both parties. """
    created_at: float
    """ The Unix timestamp (in milliseconds) when the referral program was created. """
    max_redemptions: float | None | Unset = UNSET
    """ The maximum number of times a referral code can be redeemed. """
    plan_ids: list[str] | None | Unset = UNSET
    """ The plans whose checkout triggers the reward. Only used when redeem_on is checkout. """
    exclude_trial: bool | None | Unset = UNSET
    """ Whether checkouts that start a trial should skip granting the reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reward_id = self.reward_id

        redeem_on = self.redeem_on.value

        received_by = self.received_by.value

        created_at = self.created_at

        max_redemptions: float | None | Unset
        if isinstance(self.max_redemptions, Unset):
            max_redemptions = UNSET
        else:
            max_redemptions = self.max_redemptions

        plan_ids: list[str] | None | Unset
        if isinstance(self.plan_ids, Unset):
            plan_ids = UNSET
        elif isinstance(self.plan_ids, list):
            plan_ids = self.plan_ids

        else:
            plan_ids = self.plan_ids

        exclude_trial: bool | None | Unset
        if isinstance(self.exclude_trial, Unset):
            exclude_trial = UNSET
        else:
            exclude_trial = self.exclude_trial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "reward_id": reward_id,
                "redeem_on": redeem_on,
                "received_by": received_by,
                "created_at": created_at,
            }
        )
        if max_redemptions is not UNSET:
            field_dict["max_redemptions"] = max_redemptions
        if plan_ids is not UNSET:
            field_dict["plan_ids"] = plan_ids
        if exclude_trial is not UNSET:
            field_dict["exclude_trial"] = exclude_trial

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        reward_id = src_dict["reward_id"]
        if not (type(reward_id) is str):
            raise TypeError(f"reward_id: expected a string, not {type(reward_id).__name__}")

        redeem_on = _CreateReferralProgramParamsRedeemOn_VALUES.get(
            src_dict["redeem_on"]
        ) or CreateReferralProgramParamsRedeemOn(src_dict["redeem_on"])

        received_by = _CreateReferralProgramParamsReceivedBy_VALUES.get(
            src_dict["received_by"]
        ) or CreateReferralProgramParamsReceivedBy(src_dict["received_by"])

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        max_redemptions: float | None | Unset = src_dict.get("max_redemptions", UNSET)
        if not (
            max_redemptions is UNSET
            or type(max_redemptions) is int
            or type(max_redemptions) is float
            or max_redemptions is None
        ):
            raise TypeError(f"max_redemptions: unexpected {type(max_redemptions).__name__}")

        _plan_ids = src_dict.get("plan_ids", UNSET)
        plan_ids: list[str] | None | Unset
        if _plan_ids is None:
            plan_ids = None
        elif isinstance(_plan_ids, Unset):
            plan_ids = UNSET
        elif isinstance(_plan_ids, list):
            plan_ids_type_0 = cast(list[str], _plan_ids)

            plan_ids = plan_ids_type_0
        else:
            raise TypeError(f"plan_ids: unexpected {type(_plan_ids).__name__}")

        exclude_trial: bool | None | Unset = src_dict.get("exclude_trial", UNSET)
        if not (exclude_trial is UNSET or type(exclude_trial) is bool or exclude_trial is None):
            raise TypeError(f"exclude_trial: unexpected {type(exclude_trial).__name__}")

        create_referral_program_response = cls(
            id,
            reward_id,
            redeem_on,
            received_by,
            created_at,
            max_redemptions,
            plan_ids,
            exclude_trial,
        )

        if len(src_dict) != 5 + ("max_redemptions" in src_dict) + ("plan_ids" in src_dict) + (
            "exclude_trial" in src_dict
        ):
            create_referral_program_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "reward_id",
                    "redeem_on",
                    "received_by",
                    "created_at",
                    "max_redemptions",
                    "plan_ids",
                    "exclude_trial",
                }
            }
        return create_referral_program_response

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


# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_CreateReferralProgramParamsReceivedBy_VALUES = cast(
    "dict[object, CreateReferralProgramParamsReceivedBy]",
    CreateReferralProgramParamsReceivedBy._value2member_map_,
)
_CreateReferralProgramParamsRedeemOn_VALUES = cast(
    "dict[object, CreateReferralProgramParamsRedeemOn]",
    CreateReferralProgramParamsRedeemOn._value2member_map_,
)
