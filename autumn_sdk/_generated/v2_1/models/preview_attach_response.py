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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="PreviewAttachResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class PreviewAttachResponse(_NestedFields):
    customer_id: str
    """ The ID of the customer. """
    line_items: list[LineItem]
    """ List of line items for the current billing period. """
    total: float
    """ The total amount in cents for the current billing period. """
    currency: str
    """ The three-letter ISO currency code (e.g., 'usd'). """
    next_cycle: NextCycle | Unset = UNSET
    """ Preview of the next billing cycle, if applicable. This shows what the customer will be charged in subsequent
    cycles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        total = self.total

        currency = self.currency

        next_cycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_cycle, Unset):
            next_cycle = self.next_cycle.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "line_items": line_items,
                "total": total,
                "currency": currency,
            }
        )
        if next_cycle is not UNSET:
            field_dict["next_cycle"] = next_cycle

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        _line_items = src_dict["line_items"]

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        _next_cycle = src_dict.get("next_cycle", UNSET)

        preview_attach_response = cls(
            customer_id,
            _PENDING,
            total,
            currency,
            UNSET,
        )
        preview_attach_response._src = src_dict
        del preview_attach_response.line_items
        if _next_cycle is not UNSET:
            del preview_attach_response.next_cycle

        if len(src_dict) != 4 + ("next_cycle" in src_dict):
            preview_attach_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "line_items",
                    "total",
                    "currency",
                    "next_cycle",
                }
            }
        return preview_attach_response

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


from ..models.line_item import LineItem  # noqa: E402
from ..models.next_cycle import NextCycle  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_line_items(data: Any) -> Any:
    line_items = []
    _line_items = data
    for line_items_item_data in _line_items:
        line_items_item = LineItem.from_dict(line_items_item_data)

        line_items.append(line_items_item)

    return line_items


def _build_next_cycle(data: Any) -> Any:
    _next_cycle = data
    next_cycle: NextCycle | Unset
    if isinstance(_next_cycle, Unset):
        next_cycle = UNSET
    else:
        next_cycle = NextCycle.from_dict(_next_cycle)

    return next_cycle


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PreviewAttachResponse._NESTED = {
    "line_items": ("line_items", _build_line_items),
    "next_cycle": ("next_cycle", _build_next_cycle),
}
