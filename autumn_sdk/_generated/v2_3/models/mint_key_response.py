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


T = TypeVar("T", bound="MintKeyResponse")


@_attrs_define
class MintKeyResponse:
    access_token: str
    """ Access token (1h, or non-expiring if indefinite), prefixed `am_jwt_`. """
    expires_at: float | None
    """ Access-token expiry, ms since epoch. null for indefinite tokens. """
    refresh_token: str | Unset = UNSET
    """ Rotating refresh token (24h). Omitted for indefinite tokens. """
    refresh_expires_at: float | Unset = UNSET
    """ Refresh-token expiry, ms since epoch. Omitted for indefinite tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _http: Any = _attrs_field(init=False, default=None, eq=False, repr=False, alias="_http")

    @property
    def http_response(self) -> HttpResponse | None:
        """The HTTP response this answer came in (status_code, headers, elapsed), or None for one the SDK made
        up or that came through pickle."""
        http: HttpResponse | None = self._http
        return http

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_at: float | None
        expires_at = self.expires_at

        refresh_token = self.refresh_token

        refresh_expires_at = self.refresh_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_at": expires_at,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if refresh_expires_at is not UNSET:
            field_dict["refresh_expires_at"] = refresh_expires_at

        return field_dict

    def to_json(self) -> dict[str, Any]:
        """The answer as JSON data, ready for json.dumps or to return from a FastAPI route: to_dict()."""
        data = self.to_dict()
        return data

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        access_token = src_dict["access_token"]
        if not (type(access_token) is str):
            raise TypeError(f"access_token: expected a string, not {type(access_token).__name__}")

        expires_at: float | None = src_dict["expires_at"]
        if not (type(expires_at) is int or type(expires_at) is float or expires_at is None):
            raise TypeError(f"expires_at: unexpected {type(expires_at).__name__}")

        refresh_token = src_dict.get("refresh_token", UNSET)
        if refresh_token is not UNSET and not (type(refresh_token) is str):
            raise TypeError(f"refresh_token: expected a string, not {type(refresh_token).__name__}")

        refresh_expires_at = src_dict.get("refresh_expires_at", UNSET)
        if refresh_expires_at is not UNSET and not (
            type(refresh_expires_at) is int or type(refresh_expires_at) is float
        ):
            raise TypeError(f"refresh_expires_at: expected a number, not {type(refresh_expires_at).__name__}")

        mint_key_response = cls(
            access_token,
            expires_at,
            refresh_token,
            refresh_expires_at,
        )

        if len(src_dict) != 2 + ("refresh_token" in src_dict) + ("refresh_expires_at" in src_dict):
            mint_key_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "access_token",
                    "expires_at",
                    "refresh_token",
                    "refresh_expires_at",
                }
            }
        return mint_key_response

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
