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


T = TypeVar("T", bound="AttachResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class AttachResponse(_NestedFields):
    customer_id: str
    """ The ID of the customer. """
    payment_url: None | str
    """ URL to redirect the customer to complete payment. Null if no payment action is required. """
    entity_id: str | Unset = UNSET
    """ The ID of the entity, if the plan was attached to an entity. """
    invoice: AttachInvoice | Unset = UNSET
    """ Invoice details if an invoice was created. Only present when a charge was made. """
    required_action: RequiredAction | Unset = UNSET
    """ Details about any action required to complete the payment. Present when the payment could not be processed
    automatically. """
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

        payment_url: None | str
        payment_url = self.payment_url

        entity_id = self.entity_id

        invoice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice, Unset):
            invoice = self.invoice.to_dict()

        required_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_action, Unset):
            required_action = self.required_action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "payment_url": payment_url,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if invoice is not UNSET:
            field_dict["invoice"] = invoice
        if required_action is not UNSET:
            field_dict["required_action"] = required_action

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

        payment_url: None | str = src_dict["payment_url"]
        if not (type(payment_url) is str or payment_url is None):
            raise TypeError(f"payment_url: unexpected {type(payment_url).__name__}")

        entity_id = src_dict.get("entity_id", UNSET)
        if entity_id is not UNSET and not (type(entity_id) is str):
            raise TypeError(f"entity_id: expected a string, not {type(entity_id).__name__}")

        _invoice = src_dict.get("invoice", UNSET)

        _required_action = src_dict.get("required_action", UNSET)

        attach_response = cls(
            customer_id,
            payment_url,
            entity_id,
            UNSET,
            UNSET,
        )
        attach_response._src = src_dict
        if _invoice is not UNSET:
            del attach_response.invoice
        if _required_action is not UNSET:
            del attach_response.required_action

        if len(src_dict) != 2 + ("entity_id" in src_dict) + ("invoice" in src_dict) + (
            "required_action" in src_dict
        ):
            attach_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "payment_url",
                    "entity_id",
                    "invoice",
                    "required_action",
                }
            }
        return attach_response

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


from ..models.attach_invoice import AttachInvoice  # noqa: E402
from ..models.required_action import RequiredAction  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_invoice(data: Any) -> Any:
    _invoice = data
    invoice: AttachInvoice | Unset
    if isinstance(_invoice, Unset):
        invoice = UNSET
    else:
        invoice = AttachInvoice.from_dict(_invoice)

    return invoice


def _build_required_action(data: Any) -> Any:
    _required_action = data
    required_action: RequiredAction | Unset
    if isinstance(_required_action, Unset):
        required_action = UNSET
    else:
        required_action = RequiredAction.from_dict(_required_action)

    return required_action


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
AttachResponse._NESTED = {
    "invoice": ("invoice", _build_invoice),
    "required_action": ("required_action", _build_required_action),
}
