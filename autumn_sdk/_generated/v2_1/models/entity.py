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

from ..models.environment import Environment
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="Entity")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Entity(_NestedFields):
    id: None | str
    """ The unique identifier of the entity """
    name: None | str
    """ The name of the entity """
    created_at: float
    """ Unix timestamp when the entity was created """
    env: Environment
    """ The environment this customer was created in. """
    subscriptions: list[Subscription]
    purchases: list[Purchase]
    balances: CustomerBalances
    """ Feature balances keyed by feature ID, showing usage limits and remaining amounts. """
    autumn_id: str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    """ The customer ID this entity belongs to """
    feature_id: None | str | Unset = UNSET
    """ The feature ID this entity belongs to """
    invoices: list[Invoice] | Unset = UNSET
    """ Invoices for this entity (only included when expand=invoices) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        name: None | str
        name = self.name

        created_at = self.created_at

        env = self.env.value

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)

        balances = self.balances.to_dict()

        autumn_id = self.autumn_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        feature_id: None | str | Unset
        if isinstance(self.feature_id, Unset):
            feature_id = UNSET
        else:
            feature_id = self.feature_id

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "env": env,
                "subscriptions": subscriptions,
                "purchases": purchases,
                "balances": balances,
            }
        )
        if autumn_id is not UNSET:
            field_dict["autumn_id"] = autumn_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if invoices is not UNSET:
            field_dict["invoices"] = invoices

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id: None | str = src_dict["id"]
        if not (type(id) is str or id is None):
            raise TypeError(f"id: unexpected {type(id).__name__}")

        name: None | str = src_dict["name"]
        if not (type(name) is str or name is None):
            raise TypeError(f"name: unexpected {type(name).__name__}")

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        env = _Environment_VALUES.get(src_dict["env"]) or Environment(src_dict["env"])

        _subscriptions = src_dict["subscriptions"]

        _purchases = src_dict["purchases"]

        _balances = src_dict["balances"]

        autumn_id = src_dict.get("autumn_id", UNSET)
        if autumn_id is not UNSET and not (type(autumn_id) is str):
            raise TypeError(f"autumn_id: expected a string, not {type(autumn_id).__name__}")

        customer_id: None | str | Unset = src_dict.get("customer_id", UNSET)
        if not (customer_id is UNSET or type(customer_id) is str or customer_id is None):
            raise TypeError(f"customer_id: unexpected {type(customer_id).__name__}")

        feature_id: None | str | Unset = src_dict.get("feature_id", UNSET)
        if not (feature_id is UNSET or type(feature_id) is str or feature_id is None):
            raise TypeError(f"feature_id: unexpected {type(feature_id).__name__}")

        _invoices = src_dict.get("invoices", UNSET)

        entity = cls(
            id,
            name,
            created_at,
            env,
            _PENDING,
            _PENDING,
            _PENDING,
            autumn_id,
            customer_id,
            feature_id,
            UNSET,
        )
        entity._src = src_dict
        del entity.subscriptions
        del entity.purchases
        del entity.balances
        if _invoices is not UNSET:
            del entity.invoices

        if len(src_dict) != 7 + ("autumn_id" in src_dict) + ("customer_id" in src_dict) + (
            "feature_id" in src_dict
        ) + ("invoices" in src_dict):
            entity.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "created_at",
                    "env",
                    "subscriptions",
                    "purchases",
                    "balances",
                    "autumn_id",
                    "customer_id",
                    "feature_id",
                    "invoices",
                }
            }
        return entity

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


from ..models.customer_balances import CustomerBalances  # noqa: E402
from ..models.invoice import Invoice  # noqa: E402
from ..models.purchase import Purchase  # noqa: E402
from ..models.subscription import Subscription  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_subscriptions(data: Any) -> Any:
    subscriptions = []
    _subscriptions = data
    for subscriptions_item_data in _subscriptions:
        subscriptions_item = Subscription.from_dict(subscriptions_item_data)

        subscriptions.append(subscriptions_item)

    return subscriptions


def _build_purchases(data: Any) -> Any:
    purchases = []
    _purchases = data
    for purchases_item_data in _purchases:
        purchases_item = Purchase.from_dict(purchases_item_data)

        purchases.append(purchases_item)

    return purchases


def _build_balances(data: Any) -> Any:
    balances = CustomerBalances.from_dict(data)

    return balances


def _build_invoices(data: Any) -> Any:
    _invoices = data
    invoices: list[Invoice] | Unset = UNSET
    if _invoices is not UNSET:
        invoices = []
        for invoices_item_data in _invoices:
            invoices_item = Invoice.from_dict(invoices_item_data)

            invoices.append(invoices_item)

    return invoices


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Entity._NESTED = {
    "subscriptions": ("subscriptions", _build_subscriptions),
    "purchases": ("purchases", _build_purchases),
    "balances": ("balances", _build_balances),
    "invoices": ("invoices", _build_invoices),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_Environment_VALUES = cast("dict[object, Environment]", Environment._value2member_map_)
