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


T = TypeVar("T", bound="DfuFlashResult")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class DfuFlashResult(_NestedFields):
    customer_id: str
    """ The imaged customer's id. """
    flashed: list[DfuFlashResultFlashed]
    """ Per-plan outcome of the flash. """
    customer: Customer | None
    """ The freshly-read imaged customer; null for dry_run. """
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

        flashed = []
        for flashed_item_data in self.flashed:
            flashed_item = flashed_item_data.to_dict()
            flashed.append(flashed_item)

        customer: dict[str, Any] | None
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "flashed": flashed,
                "customer": customer,
            }
        )

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

        _flashed = src_dict["flashed"]

        _customer = src_dict["customer"]

        dfu_flash_result = cls(
            customer_id,
            _PENDING,
            _PENDING,
        )
        dfu_flash_result._src = src_dict
        del dfu_flash_result.flashed
        if _customer is not None:
            del dfu_flash_result.customer

        if len(src_dict) != 3:
            dfu_flash_result.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "flashed",
                    "customer",
                }
            }
        return dfu_flash_result

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


from ..models.customer import Customer  # noqa: E402
from ..models.dfu_flash_result_flashed import DfuFlashResultFlashed  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_flashed(data: Any) -> Any:
    flashed = []
    _flashed = data
    for flashed_item_data in _flashed:
        flashed_item = DfuFlashResultFlashed.from_dict(flashed_item_data)

        flashed.append(flashed_item)

    return flashed


def _build_customer(data: Any) -> Any:
    _customer = data
    customer: Customer | None
    if _customer is None:
        customer = None
    elif isinstance(_customer, dict):
        customer_type_0 = Customer.from_dict(_customer)

        customer = customer_type_0
    else:
        raise TypeError(f"customer: unexpected {type(_customer).__name__}")

    return customer


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
DfuFlashResult._NESTED = {
    "flashed": ("flashed", _build_flashed),
    "customer": ("customer", _build_customer),
}
