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

T = TypeVar("T", bound="CustomerProcessors")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CustomerProcessors(_NestedFields):
    """Payment processors this customer is connected to (Stripe, Vercel, RevenueCat). Omitted entirely when the customer
    has not been created in any processor.

    """

    stripe: CustomerProcessorsStripe | Unset = UNSET
    """ Stripe processor connection for the customer. """
    vercel: CustomerProcessorsVercel | Unset = UNSET
    """ Vercel processor connection for the customer (public-safe subset). """
    revenuecat: CustomerProcessorsRevenuecat | Unset = UNSET
    """ RevenueCat processor connection for the customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stripe: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stripe, Unset):
            stripe = self.stripe.to_dict()

        vercel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vercel, Unset):
            vercel = self.vercel.to_dict()

        revenuecat: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenuecat, Unset):
            revenuecat = self.revenuecat.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stripe is not UNSET:
            field_dict["stripe"] = stripe
        if vercel is not UNSET:
            field_dict["vercel"] = vercel
        if revenuecat is not UNSET:
            field_dict["revenuecat"] = revenuecat

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _stripe = src_dict.get("stripe", UNSET)

        _vercel = src_dict.get("vercel", UNSET)

        _revenuecat = src_dict.get("revenuecat", UNSET)

        customer_processors = cls(
            UNSET,
            UNSET,
            UNSET,
        )
        customer_processors._src = src_dict
        if _stripe is not UNSET:
            del customer_processors.stripe
        if _vercel is not UNSET:
            del customer_processors.vercel
        if _revenuecat is not UNSET:
            del customer_processors.revenuecat

        if len(src_dict) != 0 + ("stripe" in src_dict) + ("vercel" in src_dict) + ("revenuecat" in src_dict):
            customer_processors.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stripe",
                    "vercel",
                    "revenuecat",
                }
            }
        return customer_processors

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


from ..models.customer_processors_revenuecat import CustomerProcessorsRevenuecat  # noqa: E402
from ..models.customer_processors_stripe import CustomerProcessorsStripe  # noqa: E402
from ..models.customer_processors_vercel import CustomerProcessorsVercel  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_stripe(data: Any) -> Any:
    _stripe = data
    stripe: CustomerProcessorsStripe | Unset
    if isinstance(_stripe, Unset):
        stripe = UNSET
    else:
        stripe = CustomerProcessorsStripe.from_dict(_stripe)

    return stripe


def _build_vercel(data: Any) -> Any:
    _vercel = data
    vercel: CustomerProcessorsVercel | Unset
    if isinstance(_vercel, Unset):
        vercel = UNSET
    else:
        vercel = CustomerProcessorsVercel.from_dict(_vercel)

    return vercel


def _build_revenuecat(data: Any) -> Any:
    _revenuecat = data
    revenuecat: CustomerProcessorsRevenuecat | Unset
    if isinstance(_revenuecat, Unset):
        revenuecat = UNSET
    else:
        revenuecat = CustomerProcessorsRevenuecat.from_dict(_revenuecat)

    return revenuecat


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
CustomerProcessors._NESTED = {
    "stripe": ("stripe", _build_stripe),
    "vercel": ("vercel", _build_vercel),
    "revenuecat": ("revenuecat", _build_revenuecat),
}
