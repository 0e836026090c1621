# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Customize")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Customize(_NestedFields):
    """Customize the plan to attach. Can override the price, items, licenses, free trial, or a combination."""

    price: None | PriceParams | Unset = UNSET
    """ Override the base price of the plan. Pass null to remove the base price. """
    items: list[CreatePlanParamsItem] | Unset = UNSET
    """ Override the items in the plan (PUT-style — replaces all existing items). Mutually exclusive with add_items
    / remove_items / deprecated update_items. """
    add_items: list[CreatePlanParamsItem] | Unset = UNSET
    """ Items to add to the plan. """
    remove_items: list[PlanItemFilter] | Unset = UNSET
    """ Filters selecting items to remove from the plan. """
    free_trial: FreeTrialParams | None | Unset = UNSET
    """ Override the plan's default free trial. Pass an object to set a custom trial, or null to remove the trial
    entirely. """
    billing_controls: BillingControls | Unset = UNSET
    """ Billing controls for the customer (auto top-ups, etc.) """
    upsert_licenses: list[CustomizeUpsertLicense] | Unset = UNSET
    """ License links to add or override for this customer, keyed by license_plan_id. Omitted fields inherit the
    plan catalog link (included defaults to 1 when the license is not in the catalog). A bare entry restores the
    license to pure catalog inheritance. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, PriceParams):
            price = self.price.to_dict()
        else:
            price = self.price

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

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

        free_trial: dict[str, Any] | None | Unset
        if isinstance(self.free_trial, Unset):
            free_trial = UNSET
        elif isinstance(self.free_trial, FreeTrialParams):
            free_trial = self.free_trial.to_dict()
        else:
            free_trial = self.free_trial

        billing_controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_controls, Unset):
            billing_controls = self.billing_controls.to_dict()

        upsert_licenses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upsert_licenses, Unset):
            upsert_licenses = []
            for upsert_licenses_item_data in self.upsert_licenses:
                upsert_licenses_item = upsert_licenses_item_data.to_dict()
                upsert_licenses.append(upsert_licenses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if price is not UNSET:
            field_dict["price"] = price
        if items is not UNSET:
            field_dict["items"] = items
        if add_items is not UNSET:
            field_dict["add_items"] = add_items
        if remove_items is not UNSET:
            field_dict["remove_items"] = remove_items
        if free_trial is not UNSET:
            field_dict["free_trial"] = free_trial
        if billing_controls is not UNSET:
            field_dict["billing_controls"] = billing_controls
        if upsert_licenses is not UNSET:
            field_dict["upsert_licenses"] = upsert_licenses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _price = src_dict.get("price", UNSET)

        _items = src_dict.get("items", UNSET)

        _add_items = src_dict.get("add_items", UNSET)

        _remove_items = src_dict.get("remove_items", UNSET)

        _free_trial = src_dict.get("free_trial", UNSET)

        _billing_controls = src_dict.get("billing_controls", UNSET)

        _upsert_licenses = src_dict.get("upsert_licenses", UNSET)

        customize = cls(
            _price if _price is None else UNSET,
            UNSET,
            UNSET,
            UNSET,
            _free_trial if _free_trial is None else UNSET,
            UNSET,
            UNSET,
        )
        customize._src = src_dict
        if _price is not None and _price is not UNSET:
            del customize.price
        if _items is not UNSET:
            del customize.items
        if _add_items is not UNSET:
            del customize.add_items
        if _remove_items is not UNSET:
            del customize.remove_items
        if _free_trial is not None and _free_trial is not UNSET:
            del customize.free_trial
        if _billing_controls is not UNSET:
            del customize.billing_controls
        if _upsert_licenses is not UNSET:
            del customize.upsert_licenses

        if len(src_dict) != 0 + ("price" in src_dict) + ("items" in src_dict) + ("add_items" in src_dict) + (
            "remove_items" in src_dict
        ) + ("free_trial" in src_dict) + ("billing_controls" in src_dict) + ("upsert_licenses" in src_dict):
            customize.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "price",
                    "items",
                    "add_items",
                    "remove_items",
                    "free_trial",
                    "billing_controls",
                    "upsert_licenses",
                }
            }
        return customize

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


# Customize as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class CustomizeDict(TypedDict, total=False):
    price: PriceParams | PriceParamsDict | None
    items: Sequence[CreatePlanParamsItem | CreatePlanParamsItemDict]
    add_items: Sequence[CreatePlanParamsItem | CreatePlanParamsItemDict]
    remove_items: Sequence[PlanItemFilter | PlanItemFilterDict]
    free_trial: FreeTrialParams | FreeTrialParamsDict | None
    billing_controls: BillingControls | BillingControlsDict
    upsert_licenses: Sequence[CustomizeUpsertLicense | CustomizeUpsertLicenseDict]


if TYPE_CHECKING:
    from ..models.billing_controls import BillingControls, BillingControlsDict
    from ..models.create_plan_params_item import CreatePlanParamsItem, CreatePlanParamsItemDict
    from ..models.customize_upsert_license import CustomizeUpsertLicense, CustomizeUpsertLicenseDict
    from ..models.free_trial_params import FreeTrialParams, FreeTrialParamsDict
    from ..models.plan_item_filter import PlanItemFilter, PlanItemFilterDict
    from ..models.price_params import PriceParams, PriceParamsDict

from ..models.billing_controls import BillingControls  # noqa: E402
from ..models.create_plan_params_item import CreatePlanParamsItem  # noqa: E402
from ..models.customize_upsert_license import CustomizeUpsertLicense  # noqa: E402
from ..models.free_trial_params import FreeTrialParams  # noqa: E402
from ..models.plan_item_filter import PlanItemFilter  # noqa: E402
from ..models.price_params import PriceParams  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_price(data: Any) -> Any:
    _price = data
    price: None | PriceParams | Unset
    if _price is None:
        price = None
    elif isinstance(_price, Unset):
        price = UNSET
    elif isinstance(_price, dict):
        price_type_0 = PriceParams.from_dict(_price)

        price = price_type_0
    else:
        raise TypeError(f"price: unexpected {type(_price).__name__}")

    return price


def _build_items(data: Any) -> Any:
    _items = data
    items: list[CreatePlanParamsItem] | Unset = UNSET
    if _items is not UNSET:
        items = []
        for items_item_data in _items:
            items_item = CreatePlanParamsItem.from_dict(items_item_data)

            items.append(items_item)

    return items


def _build_add_items(data: Any) -> Any:
    _add_items = data
    add_items: list[CreatePlanParamsItem] | Unset = UNSET
    if _add_items is not UNSET:
        add_items = []
        for add_items_item_data in _add_items:
            add_items_item = CreatePlanParamsItem.from_dict(add_items_item_data)

            add_items.append(add_items_item)

    return add_items


def _build_remove_items(data: Any) -> Any:
    _remove_items = data
    remove_items: list[PlanItemFilter] | Unset = UNSET
    if _remove_items is not UNSET:
        remove_items = []
        for remove_items_item_data in _remove_items:
            remove_items_item = PlanItemFilter.from_dict(remove_items_item_data)

            remove_items.append(remove_items_item)

    return remove_items


def _build_free_trial(data: Any) -> Any:
    _free_trial = data
    free_trial: FreeTrialParams | None | Unset
    if _free_trial is None:
        free_trial = None
    elif isinstance(_free_trial, Unset):
        free_trial = UNSET
    elif isinstance(_free_trial, dict):
        free_trial_type_0 = FreeTrialParams.from_dict(_free_trial)

        free_trial = free_trial_type_0
    else:
        raise TypeError(f"free_trial: unexpected {type(_free_trial).__name__}")

    return free_trial


def _build_billing_controls(data: Any) -> Any:
    _billing_controls = data
    billing_controls: BillingControls | Unset
    if isinstance(_billing_controls, Unset):
        billing_controls = UNSET
    else:
        billing_controls = BillingControls.from_dict(_billing_controls)

    return billing_controls


def _build_upsert_licenses(data: Any) -> Any:
    _upsert_licenses = data
    upsert_licenses: list[CustomizeUpsertLicense] | Unset = UNSET
    if _upsert_licenses is not UNSET:
        upsert_licenses = []
        for upsert_licenses_item_data in _upsert_licenses:
            upsert_licenses_item = CustomizeUpsertLicense.from_dict(upsert_licenses_item_data)

            upsert_licenses.append(upsert_licenses_item)

    return upsert_licenses


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Customize._NESTED = {
    "price": ("price", _build_price),
    "items": ("items", _build_items),
    "add_items": ("add_items", _build_add_items),
    "remove_items": ("remove_items", _build_remove_items),
    "free_trial": ("free_trial", _build_free_trial),
    "billing_controls": ("billing_controls", _build_billing_controls),
    "upsert_licenses": ("upsert_licenses", _build_upsert_licenses),
}
