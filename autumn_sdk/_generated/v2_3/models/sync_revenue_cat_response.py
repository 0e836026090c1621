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


T = TypeVar("T", bound="SyncRevenueCatResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class SyncRevenueCatResponse(_NestedFields):
    results: list[SyncRevenueCatResponseResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _results = src_dict["results"]

        sync_revenue_cat_response = cls(
            _PENDING,
        )
        sync_revenue_cat_response._src = src_dict
        del sync_revenue_cat_response.results

        if len(src_dict) != 1:
            sync_revenue_cat_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "results",
                }
            }
        return sync_revenue_cat_response

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


from ..models.sync_revenue_cat_response_result import SyncRevenueCatResponseResult  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_results(data: Any) -> Any:
    results = []
    _results = data
    for results_item_data in _results:
        results_item = SyncRevenueCatResponseResult.from_dict(results_item_data)

        results.append(results_item)

    return results


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
SyncRevenueCatResponse._NESTED = {
    "results": ("results", _build_results),
}
