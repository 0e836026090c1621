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

from ..types import UNSET, Unset

T = TypeVar("T", bound="MultiUpdatePreviewResponseSubscription")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class MultiUpdatePreviewResponseSubscription(_NestedFields):
    customer_id: str
    """ The ID of the customer. """
    line_items: list[LineItem]
    """ List of line items for the current billing period. """
    subtotal: float
    """ The total amount before discounts and tax for the current billing period. """
    total: float
    """ The final amount after discounts and tax for the current billing period. """
    currency: str
    """ The three-letter ISO currency code. All amounts are in the currency's major unit (e.g., dollars for USD).
    """
    incoming: list[PreviewAttachResponseIncoming]
    """ Products or subscription changes being added or updated. """
    outgoing: list[PreviewAttachResponseIncoming]
    """ Products or subscription changes being removed or ended. """
    plan_ids: list[str]
    """ The IDs of the plans updated on this subscription. """
    next_cycle: NextCycle | Unset = UNSET
    """ Preview of the next billing cycle, if applicable. This shows what the customer will be charged in subsequent
    cycles. """
    expand: list[str] | Unset = UNSET
    """ Expand the response with additional data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        line_items = []
        for line_items_item_data in self.line_items:
            line_items_item = line_items_item_data.to_dict()
            line_items.append(line_items_item)

        subtotal = self.subtotal

        total = self.total

        currency = self.currency

        incoming = []
        for incoming_item_data in self.incoming:
            incoming_item = incoming_item_data.to_dict()
            incoming.append(incoming_item)

        outgoing = []
        for outgoing_item_data in self.outgoing:
            outgoing_item = outgoing_item_data.to_dict()
            outgoing.append(outgoing_item)

        plan_ids = self.plan_ids

        next_cycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_cycle, Unset):
            next_cycle = self.next_cycle.to_dict()

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "line_items": line_items,
                "subtotal": subtotal,
                "total": total,
                "currency": currency,
                "incoming": incoming,
                "outgoing": outgoing,
                "plan_ids": plan_ids,
            }
        )
        if next_cycle is not UNSET:
            field_dict["next_cycle"] = next_cycle
        if expand is not UNSET:
            field_dict["expand"] = expand

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        _line_items = src_dict["line_items"]

        subtotal = src_dict["subtotal"]
        if not (type(subtotal) is int or type(subtotal) is float):
            raise TypeError(f"subtotal: expected a number, not {type(subtotal).__name__}")

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        _incoming = src_dict["incoming"]

        _outgoing = src_dict["outgoing"]

        plan_ids = cast(list[str], src_dict["plan_ids"])

        _next_cycle = src_dict.get("next_cycle", UNSET)

        expand = cast(list[str], src_dict.get("expand", UNSET))

        multi_update_preview_response_subscription = cls(
            customer_id,
            _PENDING,
            subtotal,
            total,
            currency,
            _PENDING,
            _PENDING,
            plan_ids,
            UNSET,
            expand,
        )
        multi_update_preview_response_subscription._src = src_dict
        del multi_update_preview_response_subscription.line_items
        del multi_update_preview_response_subscription.incoming
        del multi_update_preview_response_subscription.outgoing
        if _next_cycle is not UNSET:
            del multi_update_preview_response_subscription.next_cycle

        if len(src_dict) != 8 + ("next_cycle" in src_dict) + ("expand" in src_dict):
            multi_update_preview_response_subscription.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "line_items",
                    "subtotal",
                    "total",
                    "currency",
                    "incoming",
                    "outgoing",
                    "plan_ids",
                    "next_cycle",
                    "expand",
                }
            }
        return multi_update_preview_response_subscription

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
from ..models.preview_attach_response_incoming import PreviewAttachResponseIncoming  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_line_items(data: Any) -> Any:
    line_items = []
    _line_items = data
    for line_items_item_data in _line_items:
        line_items_item = LineItem.from_dict(line_items_item_data)

        line_items.append(line_items_item)

    return line_items


def _build_incoming(data: Any) -> Any:
    incoming = []
    _incoming = data
    for incoming_item_data in _incoming:
        incoming_item = PreviewAttachResponseIncoming.from_dict(incoming_item_data)

        incoming.append(incoming_item)

    return incoming


def _build_outgoing(data: Any) -> Any:
    outgoing = []
    _outgoing = data
    for outgoing_item_data in _outgoing:
        outgoing_item = PreviewAttachResponseIncoming.from_dict(outgoing_item_data)

        outgoing.append(outgoing_item)

    return outgoing


def _build_next_cycle(data: Any) -> Any:
    _next_cycle = data
    next_cycle: NextCycle | Unset
    if isinstance(_next_cycle, Unset):
        next_cycle = UNSET
    else:
        next_cycle = NextCycle.from_dict(_next_cycle)

    return next_cycle


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
MultiUpdatePreviewResponseSubscription._NESTED = {
    "line_items": ("line_items", _build_line_items),
    "incoming": ("incoming", _build_incoming),
    "outgoing": ("outgoing", _build_outgoing),
    "next_cycle": ("next_cycle", _build_next_cycle),
}
