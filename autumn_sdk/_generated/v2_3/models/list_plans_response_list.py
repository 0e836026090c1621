# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment import Environment
from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPlansResponseList")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class ListPlansResponseList(_NestedFields):
    """A plan defines a set of features, pricing, and entitlements that can be attached to customers."""

    id: str
    """ Unique identifier for the plan. """
    name: str
    """ Display name of the plan. """
    description: None | str
    """ Optional description of the plan. """
    group: None | str
    """ Group identifier for organizing related plans. Plans in the same group are mutually exclusive. """
    version: float
    """ Version number of the plan. Incremented when plan configuration changes. """
    add_on: bool
    """ Whether this is an add-on plan that can be attached alongside a main plan. """
    auto_enable: bool
    """ If true, this plan is automatically attached when a customer is created. Used for free plans. """
    price: None | PlanPrice
    """ Base recurring price for the plan. Null for free plans or usage-only plans. """
    items: list[PlanItemDetails]
    """ Feature configurations included in this plan. Each item defines included units, pricing, and reset behavior
    for a feature. """
    created_at: float
    """ Unix timestamp (ms) when the plan was created. """
    env: Environment
    """ The environment this customer was created in. """
    archived: bool
    """ Whether the plan is archived. Archived plans cannot be attached to new customers. """
    base_variant_id: None | str
    """ Deprecated. Use variant_details.base_plan_id instead. If this is a variant, the ID of the base plan it was
    created from. """
    config: PlanConfig
    """ Miscellaneous plan-level configuration flags. """
    metadata: Any
    """ Arbitrary key-value metadata defined by you for your own use. Shared across all versions of the plan. """
    free_trial: FreeTrial | Unset = UNSET
    """ Free trial configuration. If set, new customers can try this plan before being charged. """
    variant_details: ListPlansResponseListVariantDetails | Unset = UNSET
    """ Details about how this variant relates to its latest base plan. """
    billing_controls: PlanBillingControls | Unset = UNSET
    """ Plan-level billing controls used as customer defaults. """
    customer_eligibility: PlanCustomerEligibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: None | str
        description = self.description

        group: None | str
        group = self.group

        version = self.version

        add_on = self.add_on

        auto_enable = self.auto_enable

        price: dict[str, Any] | None
        if isinstance(self.price, PlanPrice):
            price = self.price.to_dict()
        else:
            price = self.price

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        created_at = self.created_at

        env = self.env.value

        archived = self.archived

        base_variant_id: None | str
        base_variant_id = self.base_variant_id

        config = self.config.to_dict()

        metadata = self.metadata

        free_trial: dict[str, Any] | Unset = UNSET
        if not isinstance(self.free_trial, Unset):
            free_trial = self.free_trial.to_dict()

        variant_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variant_details, Unset):
            variant_details = self.variant_details.to_dict()

        billing_controls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_controls, Unset):
            billing_controls = self.billing_controls.to_dict()

        customer_eligibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_eligibility, Unset):
            customer_eligibility = self.customer_eligibility.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "group": group,
                "version": version,
                "add_on": add_on,
                "auto_enable": auto_enable,
                "price": price,
                "items": items,
                "created_at": created_at,
                "env": env,
                "archived": archived,
                "base_variant_id": base_variant_id,
                "config": config,
                "metadata": metadata,
            }
        )
        if free_trial is not UNSET:
            field_dict["free_trial"] = free_trial
        if variant_details is not UNSET:
            field_dict["variant_details"] = variant_details
        if billing_controls is not UNSET:
            field_dict["billing_controls"] = billing_controls
        if customer_eligibility is not UNSET:
            field_dict["customer_eligibility"] = customer_eligibility

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        description: None | str = src_dict["description"]
        if not (type(description) is str or description is None):
            raise TypeError(f"description: unexpected {type(description).__name__}")

        group: None | str = src_dict["group"]
        if not (type(group) is str or group is None):
            raise TypeError(f"group: unexpected {type(group).__name__}")

        version = src_dict["version"]
        if not (type(version) is int or type(version) is float):
            raise TypeError(f"version: expected a number, not {type(version).__name__}")

        add_on = src_dict["add_on"]
        if not (type(add_on) is bool):
            raise TypeError(f"add_on: expected a boolean, not {type(add_on).__name__}")

        auto_enable = src_dict["auto_enable"]
        if not (type(auto_enable) is bool):
            raise TypeError(f"auto_enable: expected a boolean, not {type(auto_enable).__name__}")

        _price = src_dict["price"]

        _items = src_dict["items"]

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        env = _Environment_VALUES.get(src_dict["env"]) or Environment(src_dict["env"])

        archived = src_dict["archived"]
        if not (type(archived) is bool):
            raise TypeError(f"archived: expected a boolean, not {type(archived).__name__}")

        base_variant_id: None | str = src_dict["base_variant_id"]
        if not (type(base_variant_id) is str or base_variant_id is None):
            raise TypeError(f"base_variant_id: unexpected {type(base_variant_id).__name__}")

        _config = src_dict["config"]

        metadata = src_dict["metadata"]

        _free_trial = src_dict.get("free_trial", UNSET)

        _variant_details = src_dict.get("variant_details", UNSET)

        _billing_controls = src_dict.get("billing_controls", UNSET)

        _customer_eligibility = src_dict.get("customer_eligibility", UNSET)

        list_plans_response_list = cls(
            id,
            name,
            description,
            group,
            version,
            add_on,
            auto_enable,
            _PENDING,
            _PENDING,
            created_at,
            env,
            archived,
            base_variant_id,
            _PENDING,
            metadata,
            UNSET,
            UNSET,
            UNSET,
            UNSET,
        )
        list_plans_response_list._src = src_dict
        if _price is not None:
            del list_plans_response_list.price
        del list_plans_response_list.items
        del list_plans_response_list.config
        if _free_trial is not UNSET:
            del list_plans_response_list.free_trial
        if _variant_details is not UNSET:
            del list_plans_response_list.variant_details
        if _billing_controls is not UNSET:
            del list_plans_response_list.billing_controls
        if _customer_eligibility is not UNSET:
            del list_plans_response_list.customer_eligibility

        if len(src_dict) != 15 + ("free_trial" in src_dict) + ("variant_details" in src_dict) + (
            "billing_controls" in src_dict
        ) + ("customer_eligibility" in src_dict):
            list_plans_response_list.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "description",
                    "group",
                    "version",
                    "add_on",
                    "auto_enable",
                    "price",
                    "items",
                    "created_at",
                    "env",
                    "archived",
                    "base_variant_id",
                    "config",
                    "metadata",
                    "free_trial",
                    "variant_details",
                    "billing_controls",
                    "customer_eligibility",
                }
            }
        return list_plans_response_list

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


from ..models.free_trial import FreeTrial  # noqa: E402
from ..models.list_plans_response_list_variant_details import ListPlansResponseListVariantDetails  # noqa: E402
from ..models.plan_billing_controls import PlanBillingControls  # noqa: E402
from ..models.plan_config import PlanConfig  # noqa: E402
from ..models.plan_customer_eligibility import PlanCustomerEligibility  # noqa: E402
from ..models.plan_item_details import PlanItemDetails  # noqa: E402
from ..models.plan_price import PlanPrice  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_price(data: Any) -> Any:
    _price = data
    price: None | PlanPrice
    if _price is None:
        price = None
    elif isinstance(_price, dict):
        price_type_0 = PlanPrice.from_dict(_price)

        price = price_type_0
    else:
        raise TypeError(f"price: unexpected {type(_price).__name__}")

    return price


def _build_items(data: Any) -> Any:
    items = []
    _items = data
    for items_item_data in _items:
        items_item = PlanItemDetails.from_dict(items_item_data)

        items.append(items_item)

    return items


def _build_config(data: Any) -> Any:
    config = PlanConfig.from_dict(data)

    return config


def _build_free_trial(data: Any) -> Any:
    _free_trial = data
    free_trial: FreeTrial | Unset
    if isinstance(_free_trial, Unset):
        free_trial = UNSET
    else:
        free_trial = FreeTrial.from_dict(_free_trial)

    return free_trial


def _build_variant_details(data: Any) -> Any:
    _variant_details = data
    variant_details: ListPlansResponseListVariantDetails | Unset
    if isinstance(_variant_details, Unset):
        variant_details = UNSET
    else:
        variant_details = ListPlansResponseListVariantDetails.from_dict(_variant_details)

    return variant_details


def _build_billing_controls(data: Any) -> Any:
    _billing_controls = data
    billing_controls: PlanBillingControls | Unset
    if isinstance(_billing_controls, Unset):
        billing_controls = UNSET
    else:
        billing_controls = PlanBillingControls.from_dict(_billing_controls)

    return billing_controls


def _build_customer_eligibility(data: Any) -> Any:
    _customer_eligibility = data
    customer_eligibility: PlanCustomerEligibility | Unset
    if isinstance(_customer_eligibility, Unset):
        customer_eligibility = UNSET
    else:
        customer_eligibility = PlanCustomerEligibility.from_dict(_customer_eligibility)

    return customer_eligibility


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
ListPlansResponseList._NESTED = {
    "price": ("price", _build_price),
    "items": ("items", _build_items),
    "config": ("config", _build_config),
    "free_trial": ("free_trial", _build_free_trial),
    "variant_details": ("variant_details", _build_variant_details),
    "billing_controls": ("billing_controls", _build_billing_controls),
    "customer_eligibility": ("customer_eligibility", _build_customer_eligibility),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_Environment_VALUES = cast("dict[object, Environment]", Environment._value2member_map_)
