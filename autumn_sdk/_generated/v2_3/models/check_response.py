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


T = TypeVar("T", bound="CheckResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CheckResponse(_NestedFields):
    allowed: bool
    """ Whether the customer is allowed to use the feature. True if they have sufficient balance or the feature is
    unlimited/boolean. """
    customer_id: str
    """ The ID of the customer that was checked. """
    balance: Balance | None
    """ The customer's balance for this feature. Null if the customer has no balance for this feature. """
    flag: CustomerFlagsValue | None
    """ The flag associated with this check, if any. """
    entity_id: None | str | Unset = UNSET
    """ The ID of the entity, if an entity-scoped check was performed. """
    required_balance: float | Unset = UNSET
    """ The required balance that was checked against. """
    balances: CheckResponseBalances | Unset = UNSET
    """ Map of feature_id to balance for the checked feature and any related features (e.g. linked credit systems).
    """
    preview: CheckPreview | Unset = UNSET
    """ Upgrade/upsell information when access is denied. Only present if with_preview was true and allowed is
    false. """
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
        allowed = self.allowed

        customer_id = self.customer_id

        balance: dict[str, Any] | None
        if isinstance(self.balance, Balance):
            balance = self.balance.to_dict()
        else:
            balance = self.balance

        flag: dict[str, Any] | None
        if isinstance(self.flag, CustomerFlagsValue):
            flag = self.flag.to_dict()
        else:
            flag = self.flag

        entity_id: None | str | Unset
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        required_balance = self.required_balance

        balances: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = self.balances.to_dict()

        preview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preview, Unset):
            preview = self.preview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "allowed": allowed,
                "customer_id": customer_id,
                "balance": balance,
                "flag": flag,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if required_balance is not UNSET:
            field_dict["required_balance"] = required_balance
        if balances is not UNSET:
            field_dict["balances"] = balances
        if preview is not UNSET:
            field_dict["preview"] = preview

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
        allowed = src_dict["allowed"]
        if not (type(allowed) is bool):
            raise TypeError(f"allowed: expected a boolean, not {type(allowed).__name__}")

        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        _balance = src_dict["balance"]

        _flag = src_dict["flag"]

        entity_id: None | str | Unset = src_dict.get("entity_id", UNSET)
        if not (entity_id is UNSET or type(entity_id) is str or entity_id is None):
            raise TypeError(f"entity_id: unexpected {type(entity_id).__name__}")

        required_balance = src_dict.get("required_balance", UNSET)
        if required_balance is not UNSET and not (
            type(required_balance) is int or type(required_balance) is float
        ):
            raise TypeError(f"required_balance: expected a number, not {type(required_balance).__name__}")

        _balances = src_dict.get("balances", UNSET)

        _preview = src_dict.get("preview", UNSET)

        check_response = cls(
            allowed,
            customer_id,
            _PENDING,
            _PENDING,
            entity_id,
            required_balance,
            UNSET,
            UNSET,
        )
        check_response._src = src_dict
        if _balance is not None:
            del check_response.balance
        if _flag is not None:
            del check_response.flag
        if _balances is not UNSET:
            del check_response.balances
        if _preview is not UNSET:
            del check_response.preview

        if len(src_dict) != 4 + ("entity_id" in src_dict) + ("required_balance" in src_dict) + (
            "balances" in src_dict
        ) + ("preview" in src_dict):
            check_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "allowed",
                    "customer_id",
                    "balance",
                    "flag",
                    "entity_id",
                    "required_balance",
                    "balances",
                    "preview",
                }
            }
        return check_response

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
from ..models.check_preview import CheckPreview  # noqa: E402
from ..models.check_response_balances import CheckResponseBalances  # noqa: E402
from ..models.customer_flags_value import CustomerFlagsValue  # noqa: E402

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


def _build_flag(data: Any) -> Any:
    _flag = data
    flag: CustomerFlagsValue | None
    if _flag is None:
        flag = None
    elif isinstance(_flag, dict):
        flag_type_0 = CustomerFlagsValue.from_dict(_flag)

        flag = flag_type_0
    else:
        raise TypeError(f"flag: unexpected {type(_flag).__name__}")

    return flag


def _build_balances(data: Any) -> Any:
    _balances = data
    balances: CheckResponseBalances | Unset
    if isinstance(_balances, Unset):
        balances = UNSET
    else:
        balances = CheckResponseBalances.from_dict(_balances)

    return balances


def _build_preview(data: Any) -> Any:
    _preview = data
    preview: CheckPreview | Unset
    if isinstance(_preview, Unset):
        preview = UNSET
    else:
        preview = CheckPreview.from_dict(_preview)

    return preview


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CheckResponse._NESTED = {
    "balance": ("balance", _build_balance),
    "flag": ("flag", _build_flag),
    "balances": ("balances", _build_balances),
    "preview": ("preview", _build_preview),
}
