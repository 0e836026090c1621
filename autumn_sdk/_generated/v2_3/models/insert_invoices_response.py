# generated from openapi*.yaml — do not edit
from __future__ import annotations

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


T = TypeVar("T", bound="InsertInvoicesResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class InsertInvoicesResponse(_NestedFields):
    invoices: list[InsertInvoicesResponseInvoice]
    """ Inserted or updated invoices in request order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        invoices = []
        for invoices_item_data in self.invoices:
            invoices_item = invoices_item_data.to_dict()
            invoices.append(invoices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoices": invoices,
            }
        )

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _invoices = src_dict["invoices"]

        insert_invoices_response = cls(
            _PENDING,
        )
        insert_invoices_response._src = src_dict
        del insert_invoices_response.invoices

        if len(src_dict) != 1:
            insert_invoices_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "invoices",
                }
            }
        return insert_invoices_response

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


from ..models.insert_invoices_response_invoice import InsertInvoicesResponseInvoice  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_invoices(data: Any) -> Any:
    invoices = []
    _invoices = data
    for invoices_item_data in _invoices:
        invoices_item = InsertInvoicesResponseInvoice.from_dict(invoices_item_data)

        invoices.append(invoices_item)

    return invoices


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
InsertInvoicesResponse._NESTED = {
    "invoices": ("invoices", _build_invoices),
}
