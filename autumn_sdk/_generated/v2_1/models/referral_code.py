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


T = TypeVar("T", bound="ReferralCode")


@_attrs_define
class ReferralCode:
    code: str
    """ The referral code that can be shared with customers """
    customer_id: str
    """ Your unique identifier for the customer """
    created_at: float
    """ The timestamp of when the referral code was created """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        customer_id = self.customer_id

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "customer_id": customer_id,
                "created_at": created_at,
            }
        )

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]
        if not (type(code) is str):
            raise TypeError(f"code: expected a string, not {type(code).__name__}")

        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        created_at = src_dict["created_at"]
        if not (type(created_at) is int or type(created_at) is float):
            raise TypeError(f"created_at: expected a number, not {type(created_at).__name__}")

        referral_code = cls(
            code,
            customer_id,
            created_at,
        )

        if len(src_dict) != 3:
            referral_code.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "code",
                    "customer_id",
                    "created_at",
                }
            }
        return referral_code

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
