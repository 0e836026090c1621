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

from ..models.create_schedule_response_status import CreateScheduleResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ...._operation import HttpResponse


T = TypeVar("T", bound="CreateScheduleResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class CreateScheduleResponse(_NestedFields):
    customer_id: str
    """ The ID of the customer. """
    entity_id: None | str
    """ The entity ID for the schedule, or null when customer-level. """
    status: CreateScheduleResponseStatus
    """ Whether the schedule is fully created or waiting for payment or confirmation to complete. """
    schedule_id: None | str
    """ The ID of the created schedule. Null when the schedule is waiting on Autumn checkout confirmation. """
    phases: list[CreateScheduleResponsePhase]
    """ Persisted phases in ascending starts_at order. Empty when waiting on Autumn checkout confirmation. """
    payment_url: None | str
    """ URL to redirect the customer to complete payment. Null if no payment action is required. """
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

        entity_id: None | str
        entity_id = self.entity_id

        status = self.status.value

        schedule_id: None | str
        schedule_id = self.schedule_id

        phases = []
        for phases_item_data in self.phases:
            phases_item = phases_item_data.to_dict()
            phases.append(phases_item)

        payment_url: None | str
        payment_url = self.payment_url

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
                "entity_id": entity_id,
                "status": status,
                "schedule_id": schedule_id,
                "phases": phases,
                "payment_url": payment_url,
            }
        )
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

        entity_id: None | str = src_dict["entity_id"]
        if not (type(entity_id) is str or entity_id is None):
            raise TypeError(f"entity_id: unexpected {type(entity_id).__name__}")

        status = _CreateScheduleResponseStatus_VALUES.get(src_dict["status"]) or CreateScheduleResponseStatus(
            src_dict["status"]
        )

        schedule_id: None | str = src_dict["schedule_id"]
        if not (type(schedule_id) is str or schedule_id is None):
            raise TypeError(f"schedule_id: unexpected {type(schedule_id).__name__}")

        _phases = src_dict["phases"]

        payment_url: None | str = src_dict["payment_url"]
        if not (type(payment_url) is str or payment_url is None):
            raise TypeError(f"payment_url: unexpected {type(payment_url).__name__}")

        _invoice = src_dict.get("invoice", UNSET)

        _required_action = src_dict.get("required_action", UNSET)

        create_schedule_response = cls(
            customer_id,
            entity_id,
            status,
            schedule_id,
            _PENDING,
            payment_url,
            UNSET,
            UNSET,
        )
        create_schedule_response._src = src_dict
        del create_schedule_response.phases
        if _invoice is not UNSET:
            del create_schedule_response.invoice
        if _required_action is not UNSET:
            del create_schedule_response.required_action

        if len(src_dict) != 6 + ("invoice" in src_dict) + ("required_action" in src_dict):
            create_schedule_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "entity_id",
                    "status",
                    "schedule_id",
                    "phases",
                    "payment_url",
                    "invoice",
                    "required_action",
                }
            }
        return create_schedule_response

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
from ..models.create_schedule_response_phase import CreateScheduleResponsePhase  # noqa: E402
from ..models.required_action import RequiredAction  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_phases(data: Any) -> Any:
    phases = []
    _phases = data
    for phases_item_data in _phases:
        phases_item = CreateScheduleResponsePhase.from_dict(phases_item_data)

        phases.append(phases_item)

    return phases


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
CreateScheduleResponse._NESTED = {
    "phases": ("phases", _build_phases),
    "invoice": ("invoice", _build_invoice),
    "required_action": ("required_action", _build_required_action),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_CreateScheduleResponseStatus_VALUES = cast(
    "dict[object, CreateScheduleResponseStatus]", CreateScheduleResponseStatus._value2member_map_
)
