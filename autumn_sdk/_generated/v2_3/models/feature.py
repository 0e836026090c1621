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

from ..models.feature_type import FeatureType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="Feature")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class Feature(_NestedFields):
    """The full feature object if expanded."""

    id: str
    """ The unique identifier for this feature, used in /check and /track calls. """
    name: str
    """ Human-readable name displayed in the dashboard and billing UI. """
    type_: FeatureType
    """ Feature type: 'boolean' for on/off access, 'metered' for usage-tracked features, 'credit_system' for unified
    credit pools, 'ai_credit_system' for model-based token pricing. """
    consumable: bool
    """ For metered features: true if usage resets periodically (API calls, credits), false if allocated
    persistently (seats, storage). """
    archived: bool
    """ Whether the feature is archived and hidden from the dashboard. """
    event_names: list[str] | Unset = UNSET
    """ Event names that trigger this feature's balance. Allows multiple features to respond to a single event. """
    credit_schema: list[CreditSchemaItem] | Unset = UNSET
    """ For credit_system features: maps metered features to their credit costs. """
    model_markups: FeatureModelMarkups | None | Unset = UNSET
    """ Per-model markup overrides for AI credit systems. """
    default_markup: float | Unset = UNSET
    """ Default percentage markup for AI credit systems. Use -100 to make usage free. """
    provider_markups: FeatureProviderMarkups | None | Unset = UNSET
    """ Per-provider default markup percentages for AI credit systems. """
    display: FeatureDisplay | Unset = UNSET
    """ Display names for the feature in billing UI and customer-facing components. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_.value

        consumable = self.consumable

        archived = self.archived

        event_names: list[str] | Unset = UNSET
        if not isinstance(self.event_names, Unset):
            event_names = self.event_names

        credit_schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_schema, Unset):
            credit_schema = []
            for credit_schema_item_data in self.credit_schema:
                credit_schema_item = credit_schema_item_data.to_dict()
                credit_schema.append(credit_schema_item)

        model_markups: dict[str, Any] | None | Unset
        if isinstance(self.model_markups, Unset):
            model_markups = UNSET
        elif isinstance(self.model_markups, FeatureModelMarkups):
            model_markups = self.model_markups.to_dict()
        else:
            model_markups = self.model_markups

        default_markup = self.default_markup

        provider_markups: dict[str, Any] | None | Unset
        if isinstance(self.provider_markups, Unset):
            provider_markups = UNSET
        elif isinstance(self.provider_markups, FeatureProviderMarkups):
            provider_markups = self.provider_markups.to_dict()
        else:
            provider_markups = self.provider_markups

        display: dict[str, Any] | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "consumable": consumable,
                "archived": archived,
            }
        )
        if event_names is not UNSET:
            field_dict["event_names"] = event_names
        if credit_schema is not UNSET:
            field_dict["credit_schema"] = credit_schema
        if model_markups is not UNSET:
            field_dict["model_markups"] = model_markups
        if default_markup is not UNSET:
            field_dict["default_markup"] = default_markup
        if provider_markups is not UNSET:
            field_dict["provider_markups"] = provider_markups
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        id = src_dict["id"]
        if not (type(id) is str):
            raise TypeError(f"id: expected a string, not {type(id).__name__}")

        name = src_dict["name"]
        if not (type(name) is str):
            raise TypeError(f"name: expected a string, not {type(name).__name__}")

        type_ = _FeatureType_VALUES.get(src_dict["type"]) or FeatureType(src_dict["type"])

        consumable = src_dict["consumable"]
        if not (type(consumable) is bool):
            raise TypeError(f"consumable: expected a boolean, not {type(consumable).__name__}")

        archived = src_dict["archived"]
        if not (type(archived) is bool):
            raise TypeError(f"archived: expected a boolean, not {type(archived).__name__}")

        event_names = cast(list[str], src_dict.get("event_names", UNSET))

        _credit_schema = src_dict.get("credit_schema", UNSET)

        _model_markups = src_dict.get("model_markups", UNSET)

        default_markup = src_dict.get("default_markup", UNSET)
        if default_markup is not UNSET and not (type(default_markup) is int or type(default_markup) is float):
            raise TypeError(f"default_markup: expected a number, not {type(default_markup).__name__}")

        _provider_markups = src_dict.get("provider_markups", UNSET)

        _display = src_dict.get("display", UNSET)

        feature = cls(
            id,
            name,
            type_,
            consumable,
            archived,
            event_names,
            UNSET,
            _model_markups if _model_markups is None else UNSET,
            default_markup,
            _provider_markups if _provider_markups is None else UNSET,
            UNSET,
        )
        feature._src = src_dict
        if _credit_schema is not UNSET:
            del feature.credit_schema
        if _model_markups is not None and _model_markups is not UNSET:
            del feature.model_markups
        if _provider_markups is not None and _provider_markups is not UNSET:
            del feature.provider_markups
        if _display is not UNSET:
            del feature.display

        if len(src_dict) != 5 + ("event_names" in src_dict) + ("credit_schema" in src_dict) + (
            "model_markups" in src_dict
        ) + ("default_markup" in src_dict) + ("provider_markups" in src_dict) + ("display" in src_dict):
            feature.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "type",
                    "consumable",
                    "archived",
                    "event_names",
                    "credit_schema",
                    "model_markups",
                    "default_markup",
                    "provider_markups",
                    "display",
                }
            }
        return feature

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
    def type(self) -> FeatureType:
        """The field as Autumn's SDK names it (also ``type_``: keyword arguments keep the ``_``)."""
        return self.type_


from ..models.credit_schema_item import CreditSchemaItem  # noqa: E402
from ..models.feature_display import FeatureDisplay  # noqa: E402
from ..models.feature_model_markups import FeatureModelMarkups  # noqa: E402
from ..models.feature_provider_markups import FeatureProviderMarkups  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_credit_schema(data: Any) -> Any:
    _credit_schema = data
    credit_schema: list[CreditSchemaItem] | Unset = UNSET
    if _credit_schema is not UNSET:
        credit_schema = []
        for credit_schema_item_data in _credit_schema:
            credit_schema_item = CreditSchemaItem.from_dict(credit_schema_item_data)

            credit_schema.append(credit_schema_item)

    return credit_schema


def _build_model_markups(data: Any) -> Any:
    _model_markups = data
    model_markups: FeatureModelMarkups | None | Unset
    if _model_markups is None:
        model_markups = None
    elif isinstance(_model_markups, Unset):
        model_markups = UNSET
    elif isinstance(_model_markups, dict):
        model_markups_type_0 = FeatureModelMarkups.from_dict(_model_markups)

        model_markups = model_markups_type_0
    else:
        raise TypeError(f"model_markups: unexpected {type(_model_markups).__name__}")

    return model_markups


def _build_provider_markups(data: Any) -> Any:
    _provider_markups = data
    provider_markups: FeatureProviderMarkups | None | Unset
    if _provider_markups is None:
        provider_markups = None
    elif isinstance(_provider_markups, Unset):
        provider_markups = UNSET
    elif isinstance(_provider_markups, dict):
        provider_markups_type_0 = FeatureProviderMarkups.from_dict(_provider_markups)

        provider_markups = provider_markups_type_0
    else:
        raise TypeError(f"provider_markups: unexpected {type(_provider_markups).__name__}")

    return provider_markups


def _build_display(data: Any) -> Any:
    _display = data
    display: FeatureDisplay | Unset
    if isinstance(_display, Unset):
        display = UNSET
    else:
        display = FeatureDisplay.from_dict(_display)

    return display


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
Feature._NESTED = {
    "credit_schema": ("credit_schema", _build_credit_schema),
    "model_markups": ("model_markups", _build_model_markups),
    "provider_markups": ("provider_markups", _build_provider_markups),
    "display": ("display", _build_display),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_FeatureType_VALUES = cast("dict[object, FeatureType]", FeatureType._value2member_map_)
