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

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="CustomerListItem")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CustomerListItem(_NestedFields):
    id: None | str
    """ Your unique identifier for the customer. """
    name: None | str
    """ The name of the customer. """
    email: None | str
    """ The email address of the customer. """
    created_at: float
    """ Timestamp of customer creation in milliseconds since epoch. """
    fingerprint: None | str
    """ A unique identifier (eg. serial number) to de-duplicate customers across devices or browsers. For example:
    apple device ID. """
    stripe_id: None | str
    """ Stripe customer ID. """
    env: Environment
    """ The environment this customer was created in. """
    metadata: Any
    """ The metadata for the customer. """
    send_email_receipts: bool
    """ Whether to send email receipts to the customer. """
    billing_controls: BillingControls
    """ Billing controls for the customer (auto top-ups, etc.) """
    subscriptions: list[Subscription]
    """ Active and scheduled recurring plans that this customer has attached. """
    purchases: list[Purchase]
    """ One-time purchases made by the customer. """
    balances: CustomerBalances
    """ Feature balances keyed by feature ID, showing usage limits and remaining amounts. """
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

        email: None | str
        email = self.email

        created_at = self.created_at

        fingerprint: None | str
        fingerprint = self.fingerprint

        stripe_id: None | str
        stripe_id = self.stripe_id

        env = self.env.value

        metadata = self.metadata

        send_email_receipts = self.send_email_receipts

        billing_controls = self.billing_controls.to_dict()

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        purchases = []
        for purchases_item_data in self.purchases:
            purchases_item = purchases_item_data.to_dict()
            purchases.append(purchases_item)

        balances = self.balances.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "email": email,
                "created_at": created_at,
                "fingerprint": fingerprint,
                "stripe_id": stripe_id,
                "env": env,
                "metadata": metadata,
                "send_email_receipts": send_email_receipts,
                "billing_controls": billing_controls,
                "subscriptions": subscriptions,
                "purchases": purchases,
                "balances": balances,
            }
        )

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

        email: None | str = src_dict["email"]
        if not (type(email) is str or email is None):
            raise TypeError(f"email: unexpected {type(email).__name__}")

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        fingerprint: None | str = src_dict["fingerprint"]
        if not (type(fingerprint) is str or fingerprint is None):
            raise TypeError(f"fingerprint: unexpected {type(fingerprint).__name__}")

        stripe_id: None | str = src_dict["stripe_id"]
        if not (type(stripe_id) is str or stripe_id is None):
            raise TypeError(f"stripe_id: unexpected {type(stripe_id).__name__}")

        env = _Environment_VALUES.get(src_dict["env"]) or Environment(src_dict["env"])

        metadata = src_dict["metadata"]

        send_email_receipts = src_dict["send_email_receipts"]
        if not (type(send_email_receipts) is bool):
            raise TypeError(
                f"send_email_receipts: expected a boolean, not {type(send_email_receipts).__name__}"
            )

        _billing_controls = src_dict["billing_controls"]

        _subscriptions = src_dict["subscriptions"]

        _purchases = src_dict["purchases"]

        _balances = src_dict["balances"]

        customer_list_item = cls(
            id,
            name,
            email,
            created_at,
            fingerprint,
            stripe_id,
            env,
            metadata,
            send_email_receipts,
            _PENDING,
            _PENDING,
            _PENDING,
            _PENDING,
        )
        customer_list_item._src = src_dict
        del customer_list_item.billing_controls
        del customer_list_item.subscriptions
        del customer_list_item.purchases
        del customer_list_item.balances

        if len(src_dict) != 13:
            customer_list_item.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "email",
                    "created_at",
                    "fingerprint",
                    "stripe_id",
                    "env",
                    "metadata",
                    "send_email_receipts",
                    "billing_controls",
                    "subscriptions",
                    "purchases",
                    "balances",
                }
            }
        return customer_list_item

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


from ..models.billing_controls import BillingControls  # noqa: E402
from ..models.customer_balances import CustomerBalances  # noqa: E402
from ..models.purchase import Purchase  # noqa: E402
from ..models.subscription import Subscription  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_billing_controls(data: Any) -> Any:
    billing_controls = BillingControls.from_dict(data)

    return billing_controls


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


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CustomerListItem._NESTED = {
    "billing_controls": ("billing_controls", _build_billing_controls),
    "subscriptions": ("subscriptions", _build_subscriptions),
    "purchases": ("purchases", _build_purchases),
    "balances": ("balances", _build_balances),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_Environment_VALUES = cast("dict[object, Environment]", Environment._value2member_map_)
