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


T = TypeVar("T", bound="MultiUpdatePreviewResponse")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class MultiUpdatePreviewResponse(_NestedFields):
    customer_id: str
    """ The ID of the customer the preview applies to. """
    currency: str
    """ The three-letter ISO currency code. All amounts are in the currency's major unit (e.g., dollars for USD).
    """
    total: float
    """ The combined amount due today across all subscriptions (sum of subscriptions[].total). """
    subscriptions: list[MultiUpdatePreviewResponseSubscription]
    """ One preview per affected Stripe subscription. Updates to plans without a subscription (free plans) produce
    no entry. """
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

        currency = self.currency

        total = self.total

        subscriptions = []
        for subscriptions_item_data in self.subscriptions:
            subscriptions_item = subscriptions_item_data.to_dict()
            subscriptions.append(subscriptions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
                "currency": currency,
                "total": total,
                "subscriptions": subscriptions,
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

        currency = src_dict["currency"]
        if not (type(currency) is str):
            raise TypeError(f"currency: expected a string, not {type(currency).__name__}")

        total = src_dict["total"]
        if not (type(total) is int or type(total) is float):
            raise TypeError(f"total: expected a number, not {type(total).__name__}")

        _subscriptions = src_dict["subscriptions"]

        multi_update_preview_response = cls(
            customer_id,
            currency,
            total,
            _PENDING,
        )
        multi_update_preview_response._src = src_dict
        del multi_update_preview_response.subscriptions

        if len(src_dict) != 4:
            multi_update_preview_response.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "currency",
                    "total",
                    "subscriptions",
                }
            }
        return multi_update_preview_response

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


from ..models.multi_update_preview_response_subscription import MultiUpdatePreviewResponseSubscription  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_subscriptions(data: Any) -> Any:
    subscriptions = []
    _subscriptions = data
    for subscriptions_item_data in _subscriptions:
        subscriptions_item = MultiUpdatePreviewResponseSubscription.from_dict(subscriptions_item_data)

        subscriptions.append(subscriptions_item)

    return subscriptions


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
MultiUpdatePreviewResponse._NESTED = {
    "subscriptions": ("subscriptions", _build_subscriptions),
}
