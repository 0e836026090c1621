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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="TrackResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class TrackResponse(_NestedFields):
    customer_id: str
    """ The ID of the customer whose usage was tracked. """
    value: float
    """ The amount of usage that was recorded. """
    balance: Balance | None
    """ The updated balance for the tracked feature. Null if tracking by event_name that affects multiple features.
    """
    entity_id: str | Unset = UNSET
    """ The ID of the entity, if entity-scoped tracking was performed. """
    event_name: str | Unset = UNSET
    """ The event name that was tracked, if event_name was used instead of feature_id. """
    balances: CheckResponseBalances | Unset = UNSET
    """ Map of feature_id to balance for the checked feature and any related features (e.g. linked credit systems).
    """
    deductions: list[TrackResponseDeduction] | Unset = UNSET
    """ Per-balance breakdown of what this event deducted. A single event can consume from multiple balance rows
    when credit systems or rollovers are involved; this surfaces each one so callers can build per-feature usage
    views without polling. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    failed_open: bool = _attrs_field(default=False, kw_only=True)
    """ True when the API was unreachable and Autumn(fail_open=True) answered in its place (not from the API). """
    accepted: bool = _attrs_field(default=False, kw_only=True)
    """ True when the API answered 202: it accepted the call and applies it on its side (a success). """
    already_applied: bool = _attrs_field(default=False, kw_only=True)
    """ True when this call's answer was lost and its retry found it applied: the SDK answers in its place. """
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        value = self.value

        balance: dict[str, Any] | None
        if isinstance(self.balance, Balance):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        entity_id = self.entity_id

        event_name = self.event_name

        balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = self.balances.to_dict()

        deductions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deductions, Unset):
            deductions = []
            for deductions_item_data in self.deductions:
                deductions_item = deductions_item_data.to_dict()
                deductions.append(deductions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "value": value,
                "balance": balance,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if balances is not UNSET:
            field_dict["balances"] = balances
        if deductions is not UNSET:
            field_dict["deductions"] = deductions

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()        with the SDK's markers (failed_open, accepted, already_applied)."""
        data = self.to_dict()
        data.update(
            failed_open=self.failed_open, accepted=self.accepted, already_applied=self.already_applied
        )
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        value = src_dict["value"]
        if not (type(value) is int or type(value) is float):
            raise TypeError(f"value: expected a number, not {type(value).__name__}")

        _balance = src_dict["balance"]

        entity_id = src_dict.get("entity_id", UNSET)
        if entity_id is not UNSET and not (type(entity_id) is str):
            raise TypeError(f"entity_id: expected a string, not {type(entity_id).__name__}")

        event_name = src_dict.get("event_name", UNSET)
        if event_name is not UNSET and not (type(event_name) is str):
            raise TypeError(f"event_name: expected a string, not {type(event_name).__name__}")

        _balances = src_dict.get("balances", UNSET)

        _deductions = src_dict.get("deductions", UNSET)

        track_response = cls(
            customer_id,
            value,
            _PENDING,
            entity_id,
            event_name,
            UNSET,
            UNSET,
        )
        track_response._src = src_dict
        if _balance is not None:
            del track_response.balance
        if _balances is not UNSET:
            del track_response.balances
        if _deductions is not UNSET:
            del track_response.deductions

        if len(src_dict) != 3 + ("entity_id" in src_dict) + ("event_name" in src_dict) + (
            "balances" in src_dict
        ) + ("deductions" in src_dict):
            track_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "value",
                    "balance",
                    "entity_id",
                    "event_name",
                    "balances",
                    "deductions",
                }
            }
        return track_response

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


from ..models.balance import Balance  # noqa: E402
from ..models.check_response_balances import CheckResponseBalances  # noqa: E402
from ..models.track_response_deduction import TrackResponseDeduction  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_balance(data: Any) -> Any:
    _balance = data
    balance: Balance | None
    if _balance is None:
        balance = None
    elif isinstance(_balance, dict):
        balance_type_0 = Balance.from_dict(_balance)

        balance = balance_type_0
    else:
        raise TypeError(f"balance: unexpected {type(_balance).__name__}")

    return balance


def _build_balances(data: Any) -> Any:
    _balances = data
    balances: CheckResponseBalances | Unset
    if isinstance(_balances, Unset):
        balances = UNSET
    else:
        balances = CheckResponseBalances.from_dict(_balances)

    return balances


def _build_deductions(data: Any) -> Any:
    _deductions = data
    deductions: list[TrackResponseDeduction] | Unset = UNSET
    if _deductions is not UNSET:
        deductions = []
        for deductions_item_data in _deductions:
            deductions_item = TrackResponseDeduction.from_dict(deductions_item_data)

            deductions.append(deductions_item)

    return deductions


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
TrackResponse._NESTED = {
    "balance": ("balance", _build_balance),
    "balances": ("balances", _build_balances),
    "deductions": ("deductions", _build_deductions),
}
