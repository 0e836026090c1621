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

from ..models.preview_attach_response_checkout_type import PreviewAttachResponseCheckoutType
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
    redirect_to_checkout: bool
    """ Whether the customer will be redirected to a checkout page if attach is called. """
    checkout_type: None | PreviewAttachResponseCheckoutType
    """ The type of checkout that will be used if the customer is redirected to a checkout page. """
    next_cycle: NextCycle | Unset = UNSET
    """ Preview of the next billing cycle, if applicable. This shows what the customer will be charged in subsequent
    cycles. """
    expand: list[str] | Unset = UNSET
    """ Expand the response with additional data. """
    tax: PreviewAttachResponseTax | Unset = UNSET
    """ Tax preview for the immediate charge. Contact us to enable the tax flag on your organisation. Shows only
    with flag enabled, a Stripe customer exists and has a location. """
    invoice_credits: PreviewAttachResponseInvoiceCredits | Unset = UNSET
    """ Stripe customer invoice credits preview. """
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

        redirect_to_checkout = self.redirect_to_checkout

        checkout_type: None | str
        if isinstance(self.checkout_type, PreviewAttachResponseCheckoutType):
            checkout_type = self.checkout_type.value
        else:
            checkout_type = self.checkout_type

        next_cycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_cycle, Unset):
            next_cycle = self.next_cycle.to_dict()

        expand: list[str] | Unset = UNSET
        if not isinstance(self.expand, Unset):
            expand = self.expand

        tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax, Unset):
            tax = self.tax.to_dict()

        invoice_credits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_credits, Unset):
            invoice_credits = self.invoice_credits.to_dict()

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
                "redirect_to_checkout": redirect_to_checkout,
                "checkout_type": checkout_type,
            }
        )
        if next_cycle is not UNSET:
            field_dict["next_cycle"] = next_cycle
        if expand is not UNSET:
            field_dict["expand"] = expand
        if tax is not UNSET:
            field_dict["tax"] = tax
        if invoice_credits is not UNSET:
            field_dict["invoice_credits"] = invoice_credits

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

        redirect_to_checkout = src_dict["redirect_to_checkout"]
        if not (type(redirect_to_checkout) is bool):
            raise TypeError(
                f"redirect_to_checkout: expected a boolean, not {type(redirect_to_checkout).__name__}"
            )

        _checkout_type = src_dict["checkout_type"]
        checkout_type: None | PreviewAttachResponseCheckoutType
        if _checkout_type is None:
            checkout_type = None
        elif isinstance(_checkout_type, str):
            checkout_type_type_0 = _PreviewAttachResponseCheckoutType_VALUES.get(
                _checkout_type
            ) or PreviewAttachResponseCheckoutType(_checkout_type)

            checkout_type = checkout_type_type_0
        else:
            raise TypeError(f"checkout_type: unexpected {type(_checkout_type).__name__}")

        _next_cycle = src_dict.get("next_cycle", UNSET)

        expand = cast(list[str], src_dict.get("expand", UNSET))

        _tax = src_dict.get("tax", UNSET)

        _invoice_credits = src_dict.get("invoice_credits", UNSET)

        preview_attach_response = cls(
            customer_id,
            _PENDING,
            subtotal,
            total,
            currency,
            _PENDING,
            _PENDING,
            redirect_to_checkout,
            checkout_type,
            UNSET,
            expand,
            UNSET,
            UNSET,
        )
        preview_attach_response._src = src_dict
        del preview_attach_response.line_items
        del preview_attach_response.incoming
        del preview_attach_response.outgoing
        if _next_cycle is not UNSET:
            del preview_attach_response.next_cycle
        if _tax is not UNSET:
            del preview_attach_response.tax
        if _invoice_credits is not UNSET:
            del preview_attach_response.invoice_credits

        if len(src_dict) != 9 + ("next_cycle" in src_dict) + ("expand" in src_dict) + ("tax" in src_dict) + (
            "invoice_credits" in src_dict
        ):
            preview_attach_response.additional_properties = {
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
                    "redirect_to_checkout",
                    "checkout_type",
                    "next_cycle",
                    "expand",
                    "tax",
                    "invoice_credits",
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
from ..models.preview_attach_response_incoming import PreviewAttachResponseIncoming  # noqa: E402
from ..models.preview_attach_response_invoice_credits import PreviewAttachResponseInvoiceCredits  # noqa: E402
from ..models.preview_attach_response_tax import PreviewAttachResponseTax  # noqa: E402

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


def _build_tax(data: Any) -> Any:
    _tax = data
    tax: PreviewAttachResponseTax | Unset
    if isinstance(_tax, Unset):
        tax = UNSET
    else:
        tax = PreviewAttachResponseTax.from_dict(_tax)

    return tax


def _build_invoice_credits(data: Any) -> Any:
    _invoice_credits = data
    invoice_credits: PreviewAttachResponseInvoiceCredits | Unset
    if isinstance(_invoice_credits, Unset):
        invoice_credits = UNSET
    else:
        invoice_credits = PreviewAttachResponseInvoiceCredits.from_dict(_invoice_credits)

    return invoice_credits


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
PreviewAttachResponse._NESTED = {
    "line_items": ("line_items", _build_line_items),
    "incoming": ("incoming", _build_incoming),
    "outgoing": ("outgoing", _build_outgoing),
    "next_cycle": ("next_cycle", _build_next_cycle),
    "tax": ("tax", _build_tax),
    "invoice_credits": ("invoice_credits", _build_invoice_credits),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_PreviewAttachResponseCheckoutType_VALUES = cast(
    "dict[object, PreviewAttachResponseCheckoutType]", PreviewAttachResponseCheckoutType._value2member_map_
)
