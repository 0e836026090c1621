# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerData")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CustomerData(_NestedFields):
    """Customer details to set when creating a customer"""

    name: None | str | Unset = UNSET
    """ Customer's name """
    email: None | str | Unset = UNSET
    """ Customer's email address """
    fingerprint: None | str | Unset = UNSET
    """ Unique identifier (eg, serial number) to detect duplicate customers and prevent free trial abuse """
    metadata: Any | None | Unset = UNSET
    """ Additional metadata for the customer """
    stripe_id: None | str | Unset = UNSET
    """ Stripe customer ID if you already have one """
    create_in_stripe: bool | Unset = UNSET
    """ Whether to create the customer in Stripe """
    auto_enable_plan_id: str | Unset = UNSET
    """ The ID of the free plan to auto-enable for the customer """
    send_email_receipts: bool | Unset = UNSET
    """ Whether to send email receipts to this customer """
    currency: None | str | Unset = UNSET
    """ Currency to bill this customer in (e.g. usd, eur). Defaults to the organization's default currency. """
    billing_controls: BillingControls | Unset = UNSET
    """ Billing controls for the customer (auto top-ups, etc.) """
    config: CustomerDataConfig | Unset = UNSET
    """ Miscellaneous configurations for the customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        stripe_id: None | str | Unset
        if isinstance(self.stripe_id, Unset):
            stripe_id = UNSET
        else:
            stripe_id = self.stripe_id

        create_in_stripe = self.create_in_stripe

        auto_enable_plan_id = self.auto_enable_plan_id

        send_email_receipts = self.send_email_receipts

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        billing_controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_controls, Unset):
            billing_controls = self.billing_controls.to_dict()

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if stripe_id is not UNSET:
            field_dict["stripe_id"] = stripe_id
        if create_in_stripe is not UNSET:
            field_dict["create_in_stripe"] = create_in_stripe
        if auto_enable_plan_id is not UNSET:
            field_dict["auto_enable_plan_id"] = auto_enable_plan_id
        if send_email_receipts is not UNSET:
            field_dict["send_email_receipts"] = send_email_receipts
        if currency is not UNSET:
            field_dict["currency"] = currency
        if billing_controls is not UNSET:
            field_dict["billing_controls"] = billing_controls
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        name: None | str | Unset = src_dict.get("name", UNSET)
        if not (name is UNSET or type(name) is str or name is None):
            raise TypeError(f"name: unexpected {type(name).__name__}")

        email: None | str | Unset = src_dict.get("email", UNSET)
        if not (email is UNSET or type(email) is str or email is None):
            raise TypeError(f"email: unexpected {type(email).__name__}")

        fingerprint: None | str | Unset = src_dict.get("fingerprint", UNSET)
        if not (fingerprint is UNSET or type(fingerprint) is str or fingerprint is None):
            raise TypeError(f"fingerprint: unexpected {type(fingerprint).__name__}")

        metadata: Any | None | Unset = src_dict.get("metadata", UNSET)

        stripe_id: None | str | Unset = src_dict.get("stripe_id", UNSET)
        if not (stripe_id is UNSET or type(stripe_id) is str or stripe_id is None):
            raise TypeError(f"stripe_id: unexpected {type(stripe_id).__name__}")

        create_in_stripe = src_dict.get("create_in_stripe", UNSET)
        if create_in_stripe is not UNSET and not (type(create_in_stripe) is bool):
            raise TypeError(f"create_in_stripe: expected a boolean, not {type(create_in_stripe).__name__}")

        auto_enable_plan_id = src_dict.get("auto_enable_plan_id", UNSET)
        if auto_enable_plan_id is not UNSET and not (type(auto_enable_plan_id) is str):
            raise TypeError(
                f"auto_enable_plan_id: expected a string, not {type(auto_enable_plan_id).__name__}"
            )

        send_email_receipts = src_dict.get("send_email_receipts", UNSET)
        if send_email_receipts is not UNSET and not (type(send_email_receipts) is bool):
            raise TypeError(
                f"send_email_receipts: expected a boolean, not {type(send_email_receipts).__name__}"
            )

        currency: None | str | Unset = src_dict.get("currency", UNSET)
        if not (currency is UNSET or type(currency) is str or currency is None):
            raise TypeError(f"currency: unexpected {type(currency).__name__}")

        _billing_controls = src_dict.get("billing_controls", UNSET)

        _config = src_dict.get("config", UNSET)

        customer_data = cls(
            name,
            email,
            fingerprint,
            metadata,
            stripe_id,
            create_in_stripe,
            auto_enable_plan_id,
            send_email_receipts,
            currency,
            UNSET,
            UNSET,
        )
        customer_data._src = src_dict
        if _billing_controls is not UNSET:
            del customer_data.billing_controls
        if _config is not UNSET:
            del customer_data.config

        if len(src_dict) != 0 + ("name" in src_dict) + ("email" in src_dict) + ("fingerprint" in src_dict) + (
            "metadata" in src_dict
        ) + ("stripe_id" in src_dict) + ("create_in_stripe" in src_dict) + (
            "auto_enable_plan_id" in src_dict
        ) + ("send_email_receipts" in src_dict) + ("currency" in src_dict) + (
            "billing_controls" in src_dict
        ) + ("config" in src_dict):
            customer_data.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "name",
                    "email",
                    "fingerprint",
                    "metadata",
                    "stripe_id",
                    "create_in_stripe",
                    "auto_enable_plan_id",
                    "send_email_receipts",
                    "currency",
                    "billing_controls",
                    "config",
                }
            }
        return customer_data

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


# CustomerData as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CustomerDataDict(TypedDict, total=False):
    name: str | None
    email: str | None
    fingerprint: str | None
    metadata: Any | None
    stripe_id: str | None
    create_in_stripe: bool
    auto_enable_plan_id: str
    send_email_receipts: bool
    currency: str | None
    billing_controls: BillingControls | BillingControlsDict
    config: CustomerDataConfig | CustomerDataConfigDict


if TYPE_CHECKING:
    from ..models.billing_controls import BillingControls, BillingControlsDict
    from ..models.customer_data_config import CustomerDataConfig, CustomerDataConfigDict

from ..models.billing_controls import BillingControls  # noqa: E402
from ..models.customer_data_config import CustomerDataConfig  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_billing_controls(data: Any) -> Any:
    _billing_controls = data
    billing_controls: BillingControls | Unset
    if isinstance(_billing_controls, Unset):
        billing_controls = UNSET
    else:
        billing_controls = BillingControls.from_dict(_billing_controls)

    return billing_controls


def _build_config(data: Any) -> Any:
    _config = data
    config: CustomerDataConfig | Unset
    if isinstance(_config, Unset):
        config = UNSET
    else:
        config = CustomerDataConfig.from_dict(_config)

    return config


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CustomerData._NESTED = {
    "billing_controls": ("billing_controls", _build_billing_controls),
    "config": ("config", _build_config),
}
