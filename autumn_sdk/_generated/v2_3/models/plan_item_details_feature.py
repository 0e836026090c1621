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

from ..models.plan_item_details_feature_type import PlanItemDetailsFeatureType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlanItemDetailsFeature")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class PlanItemDetailsFeature(_NestedFields):
    """The full feature object if expanded."""

    id: str
    """ The ID of the feature, used to refer to it in other API calls like /track or /check. """
    type_: PlanItemDetailsFeatureType
    """ The type of the feature """
    name: None | str | Unset = UNSET
    """ The name of the feature. """
    display: None | PlanItemDetailsFeatureDisplay | Unset = UNSET
    """ Singular and plural display names for the feature. """
    credit_schema: list[CreditSchemaItem] | None | Unset = UNSET
    """ Credit cost schema for credit system features. """
    archived: bool | None | Unset = UNSET
    """ Whether or not the feature is archived. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        display: dict[str, Any] | None | Unset
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, PlanItemDetailsFeatureDisplay):
            display = self.display.to_dict()
        else:
            display = self.display

        credit_schema: list[dict[str, Any]] | None | Unset
        if isinstance(self.credit_schema, Unset):
            credit_schema = UNSET
        elif isinstance(self.credit_schema, list):
            credit_schema = []
            for credit_schema_type_0_item_data in self.credit_schema:
                credit_schema_type_0_item = credit_schema_type_0_item_data.to_dict()
                credit_schema.append(credit_schema_type_0_item)

        else:
            credit_schema = self.credit_schema

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if display is not UNSET:
            field_dict["display"] = display
        if credit_schema is not UNSET:
            field_dict["credit_schema"] = credit_schema
        if archived is not UNSET:
            field_dict["archived"] = archived

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        type_ = _PlanItemDetailsFeatureType_VALUES.get(src_dict["type"]) or PlanItemDetailsFeatureType(
            src_dict["type"]
        )

        name: None | str | Unset = src_dict.get("name", UNSET)
        if not (name is UNSET or type(name) is str or name is None):
            raise TypeError(f"name: unexpected {type(name).__name__}")

        _display = src_dict.get("display", UNSET)

        _credit_schema = src_dict.get("credit_schema", UNSET)

        archived: bool | None | Unset = src_dict.get("archived", UNSET)
        if not (archived is UNSET or type(archived) is bool or archived is None):
            raise TypeError(f"archived: unexpected {type(archived).__name__}")

        plan_item_details_feature = cls(
            id,
            type_,
            name,
            _display if _display is None else UNSET,
            _credit_schema if _credit_schema is None else UNSET,
            archived,
        )
        plan_item_details_feature._src = src_dict
        if _display is not None and _display is not UNSET:
            del plan_item_details_feature.display
        if _credit_schema is not None and _credit_schema is not UNSET:
            del plan_item_details_feature.credit_schema

        if len(src_dict) != 2 + ("name" in src_dict) + ("display" in src_dict) + (
            "credit_schema" in src_dict
        ) + ("archived" in src_dict):
            plan_item_details_feature.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "type",
                    "name",
                    "display",
                    "credit_schema",
                    "archived",
                }
            }
        return plan_item_details_feature

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

    @property
    def type(self) -> PlanItemDetailsFeatureType:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


from ..models.credit_schema_item import CreditSchemaItem  # noqa: E402
from ..models.plan_item_details_feature_display import PlanItemDetailsFeatureDisplay  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_display(data: Any) -> Any:
    _display = data
    display: None | PlanItemDetailsFeatureDisplay | Unset
    if _display is None:
        display = None
    elif isinstance(_display, Unset):
        display = UNSET
    elif isinstance(_display, dict):
        display_type_0 = PlanItemDetailsFeatureDisplay.from_dict(_display)

        display = display_type_0
    else:
        raise TypeError(f"display: unexpected {type(_display).__name__}")

    return display


def _build_credit_schema(data: Any) -> Any:
    _credit_schema = data
    credit_schema: list[CreditSchemaItem] | None | Unset
    if _credit_schema is None:
        credit_schema = None
    elif isinstance(_credit_schema, Unset):
        credit_schema = UNSET
    elif isinstance(_credit_schema, list):
        credit_schema_type_0 = []
        _credit_schema_type_0 = _credit_schema
        for credit_schema_type_0_item_data in _credit_schema_type_0:
            credit_schema_type_0_item = CreditSchemaItem.from_dict(credit_schema_type_0_item_data)

            credit_schema_type_0.append(credit_schema_type_0_item)

        credit_schema = credit_schema_type_0
    else:
        raise TypeError(f"credit_schema: unexpected {type(_credit_schema).__name__}")

    return credit_schema


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PlanItemDetailsFeature._NESTED = {
    "display": ("display", _build_display),
    "credit_schema": ("credit_schema", _build_credit_schema),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_PlanItemDetailsFeatureType_VALUES = cast(
    "dict[object, PlanItemDetailsFeatureType]", PlanItemDetailsFeatureType._value2member_map_
)
