# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerLicense")


@_attrs_define
class CustomerLicense:
    license_plan_id: str
    """ The plan offered as an assignable license. """
    parent_plan_id: str
    """ The plan that offers this license. """
    license_plan_name: str
    """ Display name of the license plan. """
    granted: float
    """ Total seats the customer has for this license, included plus paid. """
    usage: float
    """ Seats currently assigned to entities. """
    remaining: float
    """ Seats still available to assign. """
    paid_quantity: float
    """ Paid seats purchased on top of the plan's included amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_plan_id = self.license_plan_id

        parent_plan_id = self.parent_plan_id

        license_plan_name = self.license_plan_name

        granted = self.granted

        usage = self.usage

        remaining = self.remaining

        paid_quantity = self.paid_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "license_plan_id": license_plan_id,
                "parent_plan_id": parent_plan_id,
                "license_plan_name": license_plan_name,
                "granted": granted,
                "usage": usage,
                "remaining": remaining,
                "paid_quantity": paid_quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        license_plan_id = src_dict["license_plan_id"]
        if not (type(license_plan_id) is str):
            raise TypeError(f"license_plan_id: expected a string, not {type(license_plan_id).__name__}")

        parent_plan_id = src_dict["parent_plan_id"]
        if not (type(parent_plan_id) is str):
            raise TypeError(f"parent_plan_id: expected a string, not {type(parent_plan_id).__name__}")

        license_plan_name = src_dict["license_plan_name"]
        if not (type(license_plan_name) is str):
            raise TypeError(f"license_plan_name: expected a string, not {type(license_plan_name).__name__}")

        granted = src_dict["granted"]
        if not (type(granted) is int or type(granted) is float):
            raise TypeError(f"granted: expected a number, not {type(granted).__name__}")

        usage = src_dict["usage"]
        if not (type(usage) is int or type(usage) is float):
            raise TypeError(f"usage: expected a number, not {type(usage).__name__}")

        remaining = src_dict["remaining"]
        if not (type(remaining) is int or type(remaining) is float):
            raise TypeError(f"remaining: expected a number, not {type(remaining).__name__}")

        paid_quantity = src_dict["paid_quantity"]
        if not (type(paid_quantity) is int or type(paid_quantity) is float):
            raise TypeError(f"paid_quantity: expected a number, not {type(paid_quantity).__name__}")

        customer_license = cls(
            license_plan_id,
            parent_plan_id,
            license_plan_name,
            granted,
            usage,
            remaining,
            paid_quantity,
        )

        if len(src_dict) != 7:
            customer_license.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "license_plan_id",
                    "parent_plan_id",
                    "license_plan_name",
                    "granted",
                    "usage",
                    "remaining",
                    "paid_quantity",
                }
            }
        return customer_license

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
