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

T = TypeVar("T", bound="BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize(_NestedFields):
    """The item and price diff applied to this parent-plan link."""

    price: BasePrice | None | Unset = UNSET
    add_items: list[BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItem] | Unset = UNSET
    remove_items: list[BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, BasePrice):
            price = self.price.to_dict()
        else:
            price = self.price

        add_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.add_items, Unset):
            add_items = []
            for add_items_item_data in self.add_items:
                add_items_item = add_items_item_data.to_dict()
                add_items.append(add_items_item)

        remove_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.remove_items, Unset):
            remove_items = []
            for remove_items_item_data in self.remove_items:
                remove_items_item = remove_items_item_data.to_dict()
                remove_items.append(remove_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if add_items is not UNSET:
            field_dict["add_items"] = add_items
        if remove_items is not UNSET:
            field_dict["remove_items"] = remove_items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _price = src_dict.get("price", UNSET)

        _add_items = src_dict.get("add_items", UNSET)

        _remove_items = src_dict.get("remove_items", UNSET)

        billing_updated_data_plan_change_plan_change_plan_license_customize = cls(
            _price if _price is None else UNSET,
            UNSET,
            UNSET,
        )
        billing_updated_data_plan_change_plan_change_plan_license_customize._src = src_dict
        if _price is not None and _price is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_license_customize.price
        if _add_items is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_license_customize.add_items
        if _remove_items is not UNSET:
            del billing_updated_data_plan_change_plan_change_plan_license_customize.remove_items

        if len(src_dict) != 0 + ("price" in src_dict) + ("add_items" in src_dict) + (
            "remove_items" in src_dict
        ):
            billing_updated_data_plan_change_plan_change_plan_license_customize.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "price",
                    "add_items",
                    "remove_items",
                }
            }
        return billing_updated_data_plan_change_plan_change_plan_license_customize

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


from ..models.base_price import BasePrice  # noqa: E402
from ..models.billing_updated_data_plan_change_plan_change_plan_license_customize_add_item import (
    BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItem,  # noqa: E402
)
from ..models.billing_updated_data_plan_change_plan_change_plan_license_customize_remove_item import (
    BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem,  # noqa: E402
)

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_price(data: Any) -> Any:
    _price = data
    price: BasePrice | None | Unset
    if _price is None:
        price = None
    elif isinstance(_price, Unset):
        price = UNSET
    elif isinstance(_price, dict):
        price_type_0 = BasePrice.from_dict(_price)

        price = price_type_0
    else:
        raise TypeError(f"price: unexpected {type(_price).__name__}")

    return price


def _build_add_items(data: Any) -> Any:
    _add_items = data
    add_items: list[BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItem] | Unset = UNSET
    if _add_items is not UNSET:
        add_items = []
        for add_items_item_data in _add_items:
            add_items_item = BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeAddItem.from_dict(
                add_items_item_data
            )

            add_items.append(add_items_item)

    return add_items


def _build_remove_items(data: Any) -> Any:
    _remove_items = data
    remove_items: list[BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem] | Unset = UNSET
    if _remove_items is not UNSET:
        remove_items = []
        for remove_items_item_data in _remove_items:
            remove_items_item = (
                BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomizeRemoveItem.from_dict(
                    remove_items_item_data
                )
            )

            remove_items.append(remove_items_item)

    return remove_items


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
BillingUpdatedDataPlanChangePlanChangePlanLicenseCustomize._NESTED = {
    "price": ("price", _build_price),
    "add_items": ("add_items", _build_add_items),
    "remove_items": ("remove_items", _build_remove_items),
}
