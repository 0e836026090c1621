# generated from openapi*.yaml — do not edit
from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="ListEventsResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class ListEventsResponse(_NestedFields):
    list_: list[Event]
    """ Items for current page. """
    next_cursor: None | str
    """ Opaque cursor for the next page. Null when there are no more results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        list_ = []
        for list_item_data in self.list_:
            list_item = list_item_data.to_dict()
            list_.append(list_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _list_ = src_dict["list"]

        next_cursor: None | str = src_dict["next_cursor"]
        if not (type(next_cursor) is str or next_cursor is None):
            raise TypeError(f"next_cursor: unexpected {type(next_cursor).__name__}")

        list_events_response = cls(
            _PENDING,
            next_cursor,
        )
        list_events_response._src = src_dict
        del list_events_response.list_

        if len(src_dict) != 2:
            list_events_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "list",
                    "next_cursor",
                }
            }
        return list_events_response

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
    def list(self) -> builtins.list[Event]:
        """The field as Autumn's SDK names it (also ``list_``: keyword arguments keep the ``_``)."""
        return self.list_


from ..models.event import Event  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_list_(data: Any) -> Any:
    list_ = []
    _list_ = data
    for list_item_data in _list_:
        list_item = Event.from_dict(list_item_data)

        list_.append(list_item)

    return list_


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
ListEventsResponse._NESTED = {
    "list_": ("list", _build_list_),
}
