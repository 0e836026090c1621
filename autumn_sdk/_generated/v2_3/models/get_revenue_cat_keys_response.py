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


T = TypeVar("T", bound="GetRevenueCatKeysResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class GetRevenueCatKeysResponse(_NestedFields):
    apps: list[GetRevenueCatKeysResponseApp]
    oauth_access_token: None | str
    """ Freshly-refreshed RevenueCat OAuth access token for the org (null for api-key orgs). The refresh token is
    never exposed — call this endpoint again for a new access token. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        apps = []
        for apps_item_data in self.apps:
            apps_item = apps_item_data.to_dict()
            apps.append(apps_item)

        oauth_access_token: None | str
        oauth_access_token = self.oauth_access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apps": apps,
                "oauth_access_token": oauth_access_token,
            }
        )

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _apps = src_dict["apps"]

        oauth_access_token: None | str = src_dict["oauth_access_token"]
        if not (type(oauth_access_token) is str or oauth_access_token is None):
            raise TypeError(f"oauth_access_token: unexpected {type(oauth_access_token).__name__}")

        get_revenue_cat_keys_response = cls(
            _PENDING,
            oauth_access_token,
        )
        get_revenue_cat_keys_response._src = src_dict
        del get_revenue_cat_keys_response.apps

        if len(src_dict) != 2:
            get_revenue_cat_keys_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "apps",
                    "oauth_access_token",
                }
            }
        return get_revenue_cat_keys_response

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


from ..models.get_revenue_cat_keys_response_app import GetRevenueCatKeysResponseApp  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_apps(data: Any) -> Any:
    apps = []
    _apps = data
    for apps_item_data in _apps:
        apps_item = GetRevenueCatKeysResponseApp.from_dict(apps_item_data)

        apps.append(apps_item)

    return apps


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
GetRevenueCatKeysResponse._NESTED = {
    "apps": ("apps", _build_apps),
}
