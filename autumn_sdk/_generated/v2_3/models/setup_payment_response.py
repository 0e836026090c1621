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


T = TypeVar("T", bound="SetupPaymentResponse")


@_attrs_define
class SetupPaymentResponse:
    customer_id: str
    """ The ID of the customer """
    url: str
    """ URL to redirect the customer to setup their payment. """
    entity_id: str | Unset = UNSET
    """ The ID of the entity the plan (if specified) will be attached to after setup. """
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

        url = self.url

        entity_id = self.entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "url": url,
            }
        )
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id

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

        url = src_dict["url"]
        if not (type(url) is str):
            raise TypeError(f"url: expected a string, not {type(url).__name__}")

        entity_id = src_dict.get("entity_id", UNSET)
        if entity_id is not UNSET and not (type(entity_id) is str):
            raise TypeError(f"entity_id: expected a string, not {type(entity_id).__name__}")

        setup_payment_response = cls(
            customer_id,
            url,
            entity_id,
        )

        if len(src_dict) != 2 + ("entity_id" in src_dict):
            setup_payment_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "url",
                    "entity_id",
                }
            }
        return setup_payment_response

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
