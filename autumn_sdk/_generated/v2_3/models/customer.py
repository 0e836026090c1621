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


T = TypeVar("T", bound="Customer")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Customer(_NestedFields):
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
    billing_controls: CustomerBillingControls
    """ Billing controls for the customer (auto top-ups, etc.) """
    subscriptions: list[Subscription]
    """ Active and scheduled recurring plans that this customer has attached. """
    purchases: list[Purchase]
    """ One-time purchases made by the customer. """
    licenses: list[CustomerLicense]
    """ License seat pools granted by the customer's plans, with seat counts. """
    balances: CustomerBalances
    """ Feature balances keyed by feature ID, showing usage limits and remaining amounts. """
    flags: CustomerFlags
    """ Boolean feature flags keyed by feature ID, showing enabled access for on/off features. """
    config: CustomerDataConfig | Unset = UNSET
    """ Miscellaneous configurations for the customer. """
    processors: CustomerProcessors | Unset = UNSET
    """ Payment processors this customer is connected to (Stripe, Vercel, RevenueCat). Omitted entirely when the
    customer has not been created in any processor. """
    invoices: list[Invoice] | Unset = UNSET
    """ Invoices for this customer. """
    invoice_previews: list[CustomerInvoicePreview] | Unset = UNSET
    """ Upcoming invoice for each of this customer's Stripe subscriptions. """
    entities: list[CustomerEntity] | Unset = UNSET
    """ Entities associated with this customer. """
    trials_used: list[TrialUsed] | Unset = UNSET
    """ Trial usage history for this customer. """
    rewards: CustomerRewards | None | Unset = UNSET
    """ Rewards earned or applied for this customer. """
    referrals: list[Referral] | Unset = UNSET
    """ Referral records for this customer. """
    payment_method: Any | None | Unset = UNSET
    """ The customer's default payment method. """
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

        licenses = []
        for licenses_item_data in self.licenses:
            licenses_item = licenses_item_data.to_dict()
            licenses.append(licenses_item)

        balances = self.balances.to_dict()

        flags = self.flags.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        processors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.processors, Unset):
            processors = self.processors.to_dict()

        invoices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoices, Unset):
            invoices = []
            for invoices_item_data in self.invoices:
                invoices_item = invoices_item_data.to_dict()
                invoices.append(invoices_item)

        invoice_previews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_previews, Unset):
            invoice_previews = []
            for invoice_previews_item_data in self.invoice_previews:
                invoice_previews_item = invoice_previews_item_data.to_dict()
                invoice_previews.append(invoice_previews_item)

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        trials_used: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trials_used, Unset):
            trials_used = []
            for trials_used_item_data in self.trials_used:
                trials_used_item = trials_used_item_data.to_dict()
                trials_used.append(trials_used_item)

        rewards: dict[str, Any] | None | Unset
        if isinstance(self.rewards, Unset):
            rewards = UNSET
        elif isinstance(self.rewards, CustomerRewards):
            rewards = self.rewards.to_dict()
        else:
            rewards = self.rewards

        referrals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referrals, Unset):
            referrals = []
            for referrals_item_data in self.referrals:
                referrals_item = referrals_item_data.to_dict()
                referrals.append(referrals_item)

        payment_method: Any | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = self.payment_method

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
                "licenses": licenses,
                "balances": balances,
                "flags": flags,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if processors is not UNSET:
            field_dict["processors"] = processors
        if invoices is not UNSET:
            field_dict["invoices"] = invoices
        if invoice_previews is not UNSET:
            field_dict["invoice_previews"] = invoice_previews
        if entities is not UNSET:
            field_dict["entities"] = entities
        if trials_used is not UNSET:
            field_dict["trials_used"] = trials_used
        if rewards is not UNSET:
            field_dict["rewards"] = rewards
        if referrals is not UNSET:
            field_dict["referrals"] = referrals
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method

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

        _licenses = src_dict["licenses"]

        _balances = src_dict["balances"]

        _flags = src_dict["flags"]

        _config = src_dict.get("config", UNSET)

        _processors = src_dict.get("processors", UNSET)

        _invoices = src_dict.get("invoices", UNSET)

        _invoice_previews = src_dict.get("invoice_previews", UNSET)

        _entities = src_dict.get("entities", UNSET)

        _trials_used = src_dict.get("trials_used", UNSET)

        _rewards = src_dict.get("rewards", UNSET)

        _referrals = src_dict.get("referrals", UNSET)

        payment_method: Any | None | Unset = src_dict.get("payment_method", UNSET)

        customer = cls(
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
            _PENDING,
            _PENDING,
            UNSET,
            UNSET,
            UNSET,
            UNSET,
            UNSET,
            UNSET,
            _rewards if _rewards is None else UNSET,
            UNSET,
            payment_method,
        )
        customer._src = src_dict
        del customer.billing_controls
        del customer.subscriptions
        del customer.purchases
        del customer.licenses
        del customer.balances
        del customer.flags
        if _config is not UNSET:
            del customer.config
        if _processors is not UNSET:
            del customer.processors
        if _invoices is not UNSET:
            del customer.invoices
        if _invoice_previews is not UNSET:
            del customer.invoice_previews
        if _entities is not UNSET:
            del customer.entities
        if _trials_used is not UNSET:
            del customer.trials_used
        if _rewards is not None and _rewards is not UNSET:
            del customer.rewards
        if _referrals is not UNSET:
            del customer.referrals

        if len(src_dict) != 15 + ("config" in src_dict) + ("processors" in src_dict) + (
            "invoices" in src_dict
        ) + ("invoice_previews" in src_dict) + ("entities" in src_dict) + ("trials_used" in src_dict) + (
            "rewards" in src_dict
        ) + ("referrals" in src_dict) + ("payment_method" in src_dict):
            customer.additional_properties = {
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
                    "licenses",
                    "balances",
                    "flags",
                    "config",
                    "processors",
                    "invoices",
                    "invoice_previews",
                    "entities",
                    "trials_used",
                    "rewards",
                    "referrals",
                    "payment_method",
                }
            }
        return customer

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
from ..models.customer_billing_controls import CustomerBillingControls  # noqa: E402
from ..models.customer_data_config import CustomerDataConfig  # noqa: E402
from ..models.customer_entity import CustomerEntity  # noqa: E402
from ..models.customer_flags import CustomerFlags  # noqa: E402
from ..models.customer_invoice_preview import CustomerInvoicePreview  # noqa: E402
from ..models.customer_license import CustomerLicense  # noqa: E402
from ..models.customer_processors import CustomerProcessors  # noqa: E402
from ..models.customer_rewards import CustomerRewards  # noqa: E402
from ..models.invoice import Invoice  # noqa: E402
from ..models.purchase import Purchase  # noqa: E402
from ..models.referral import Referral  # noqa: E402
from ..models.subscription import Subscription  # noqa: E402
from ..models.trial_used import TrialUsed  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_billing_controls(data: Any) -> Any:
    billing_controls = CustomerBillingControls.from_dict(data)

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


def _build_licenses(data: Any) -> Any:
    licenses = []
    _licenses = data
    for licenses_item_data in _licenses:
        licenses_item = CustomerLicense.from_dict(licenses_item_data)

        licenses.append(licenses_item)

    return licenses


def _build_balances(data: Any) -> Any:
    balances = CustomerBalances.from_dict(data)

    return balances


def _build_flags(data: Any) -> Any:
    flags = CustomerFlags.from_dict(data)

    return flags


def _build_config(data: Any) -> Any:
    _config = data
    config: CustomerDataConfig | Unset
    if isinstance(_config, Unset):
        config = UNSET
    else:
        config = CustomerDataConfig.from_dict(_config)

    return config


def _build_processors(data: Any) -> Any:
    _processors = data
    processors: CustomerProcessors | Unset
    if isinstance(_processors, Unset):
        processors = UNSET
    else:
        processors = CustomerProcessors.from_dict(_processors)

    return processors


def _build_invoices(data: Any) -> Any:
    _invoices = data
    invoices: list[Invoice] | Unset = UNSET
    if _invoices is not UNSET:
        invoices = []
        for invoices_item_data in _invoices:
            invoices_item = Invoice.from_dict(invoices_item_data)

            invoices.append(invoices_item)

    return invoices


def _build_invoice_previews(data: Any) -> Any:
    _invoice_previews = data
    invoice_previews: list[CustomerInvoicePreview] | Unset = UNSET
    if _invoice_previews is not UNSET:
        invoice_previews = []
        for invoice_previews_item_data in _invoice_previews:
            invoice_previews_item = CustomerInvoicePreview.from_dict(invoice_previews_item_data)

            invoice_previews.append(invoice_previews_item)

    return invoice_previews


def _build_entities(data: Any) -> Any:
    _entities = data
    entities: list[CustomerEntity] | Unset = UNSET
    if _entities is not UNSET:
        entities = []
        for entities_item_data in _entities:
            entities_item = CustomerEntity.from_dict(entities_item_data)

            entities.append(entities_item)

    return entities


def _build_trials_used(data: Any) -> Any:
    _trials_used = data
    trials_used: list[TrialUsed] | Unset = UNSET
    if _trials_used is not UNSET:
        trials_used = []
        for trials_used_item_data in _trials_used:
            trials_used_item = TrialUsed.from_dict(trials_used_item_data)

            trials_used.append(trials_used_item)

    return trials_used


def _build_rewards(data: Any) -> Any:
    _rewards = data
    rewards: CustomerRewards | None | Unset
    if _rewards is None:
        rewards = None
    elif isinstance(_rewards, Unset):
        rewards = UNSET
    elif isinstance(_rewards, dict):
        rewards_type_0 = CustomerRewards.from_dict(_rewards)

        rewards = rewards_type_0
    else:
        raise TypeError(f"rewards: unexpected {type(_rewards).__name__}")

    return rewards


def _build_referrals(data: Any) -> Any:
    _referrals = data
    referrals: list[Referral] | Unset = UNSET
    if _referrals is not UNSET:
        referrals = []
        for referrals_item_data in _referrals:
            referrals_item = Referral.from_dict(referrals_item_data)

            referrals.append(referrals_item)

    return referrals


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Customer._NESTED = {
    "billing_controls": ("billing_controls", _build_billing_controls),
    "subscriptions": ("subscriptions", _build_subscriptions),
    "purchases": ("purchases", _build_purchases),
    "licenses": ("licenses", _build_licenses),
    "balances": ("balances", _build_balances),
    "flags": ("flags", _build_flags),
    "config": ("config", _build_config),
    "processors": ("processors", _build_processors),
    "invoices": ("invoices", _build_invoices),
    "invoice_previews": ("invoice_previews", _build_invoice_previews),
    "entities": ("entities", _build_entities),
    "trials_used": ("trials_used", _build_trials_used),
    "rewards": ("rewards", _build_rewards),
    "referrals": ("referrals", _build_referrals),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_Environment_VALUES = cast("dict[object, Environment]", Environment._value2member_map_)
