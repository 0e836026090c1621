# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Required,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_params_overage_behavior import TrackParamsOverageBehavior
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackParams")


from ...._operation import NestedFields as _NestedFields


@_attrs_define
class TrackParams(_NestedFields):
    customer_id: str
    """ The ID of the customer. """
    feature_id: str | Unset = UNSET
    """ The ID of the feature to track usage for. Required if event_name is not provided. """
    entity_id: str | Unset = UNSET
    """ The ID of the entity for entity-scoped balances (e.g., per-seat limits). """
    event_name: str | Unset = UNSET
    """ Event name to track usage for. Use instead of feature_id when multiple features should be tracked from a
    single event. """
    value: float | Unset = UNSET
    """ The amount of usage to record. Defaults to 1. Use negative values to credit balance (e.g., when removing a
    seat). """
    properties: Any | Unset = UNSET
    """ Additional properties to attach to this usage event. """
    timestamp: int | Unset = UNSET
    """ Unix timestamp in milliseconds to use for the usage event. Defaults to the current time. """
    overage_behavior: TrackParamsOverageBehavior | Unset = UNSET
    """ How to handle usage that exceeds the available balance. "cap" (default) deducts only what fits, stopping at
    zero. "overflow" deducts the full value: the balance can go negative and usage limits do not clamp the
    deduction, though spend limits still apply. """
    async_: bool | Unset = UNSET
    """ If true, enqueue the event for asynchronous processing and return 204 immediately. The response will not
    include balance information. """
    lock: CheckParamsLock | Unset = UNSET
    """ Reserve units of a feature upfront by passing a lock_id, then call balances.finalize to confirm or release
    the hold. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        feature_id = self.feature_id

        entity_id = self.entity_id

        event_name = self.event_name

        value = self.value

        properties = self.properties

        timestamp = self.timestamp

        overage_behavior: str | Unset = UNSET
        if not isinstance(self.overage_behavior, Unset):
            overage_behavior = self.overage_behavior.value

        async_ = self.async_

        lock: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lock, Unset):
            lock = self.lock.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_id": customer_id,
            }
        )
        if feature_id is not UNSET:
            field_dict["feature_id"] = feature_id
        if entity_id is not UNSET:
            field_dict["entity_id"] = entity_id
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if value is not UNSET:
            field_dict["value"] = value
        if properties is not UNSET:
            field_dict["properties"] = properties
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if overage_behavior is not UNSET:
            field_dict["overage_behavior"] = overage_behavior
        if async_ is not UNSET:
            field_dict["async"] = async_
        if lock is not UNSET:
            field_dict["lock"] = lock

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        customer_id = src_dict["customer_id"]
        if not (type(customer_id) is str):
            raise TypeError(f"customer_id: expected a string, not {type(customer_id).__name__}")

        feature_id = src_dict.get("feature_id", UNSET)
        if feature_id is not UNSET and not (type(feature_id) is str):
            raise TypeError(f"feature_id: expected a string, not {type(feature_id).__name__}")

        entity_id = src_dict.get("entity_id", UNSET)
        if entity_id is not UNSET and not (type(entity_id) is str):
            raise TypeError(f"entity_id: expected a string, not {type(entity_id).__name__}")

        event_name = src_dict.get("event_name", UNSET)
        if event_name is not UNSET and not (type(event_name) is str):
            raise TypeError(f"event_name: expected a string, not {type(event_name).__name__}")

        value = src_dict.get("value", UNSET)
        if value is not UNSET and not (type(value) is int or type(value) is float):
            raise TypeError(f"value: expected a number, not {type(value).__name__}")

        properties = src_dict.get("properties", UNSET)

        timestamp = src_dict.get("timestamp", UNSET)
        if timestamp is not UNSET and not (type(timestamp) is int):
            raise TypeError(f"timestamp: expected an integer, not {type(timestamp).__name__}")

        _overage_behavior = src_dict.get("overage_behavior", UNSET)
        overage_behavior: TrackParamsOverageBehavior | Unset
        if isinstance(_overage_behavior, Unset):
            overage_behavior = UNSET
        else:
            overage_behavior = _TrackParamsOverageBehavior_VALUES.get(
                _overage_behavior
            ) or TrackParamsOverageBehavior(_overage_behavior)

        async_ = src_dict.get("async", UNSET)
        if async_ is not UNSET and not (type(async_) is bool):
            raise TypeError(f"async: expected a boolean, not {type(async_).__name__}")

        _lock = src_dict.get("lock", UNSET)

        track_params = cls(
            customer_id,
            feature_id,
            entity_id,
            event_name,
            value,
            properties,
            timestamp,
            overage_behavior,
            async_,
            UNSET,
        )
        track_params._src = src_dict
        if _lock is not UNSET:
            del track_params.lock

        if len(src_dict) != 1 + ("feature_id" in src_dict) + ("entity_id" in src_dict) + (
            "event_name" in src_dict
        ) + ("value" in src_dict) + ("properties" in src_dict) + ("timestamp" in src_dict) + (
            "overage_behavior" in src_dict
        ) + ("async" in src_dict) + ("lock" in src_dict):
            track_params.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "customer_id",
                    "feature_id",
                    "entity_id",
                    "event_name",
                    "value",
                    "properties",
                    "timestamp",
                    "overage_behavior",
                    "async",
                    "lock",
                }
            }
        return track_params

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


# TrackParams as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
TrackParamsDict = TypedDict(
    "TrackParamsDict",
    {
        "customer_id": Required["str"],
        "feature_id": "str",
        "entity_id": "str",
        "event_name": "str",
        "value": "float",
        "properties": "Any",
        "timestamp": "int",
        "overage_behavior": "Literal['cap', 'overflow'] | TrackParamsOverageBehavior",
        "async": "bool",
        "lock": "CheckParamsLock | CheckParamsLockDict",
    },
    total=False,
)


if TYPE_CHECKING:
    from ..models.check_params_lock import CheckParamsLock, CheckParamsLockDict
    from ..models.track_params_overage_behavior import TrackParamsOverageBehavior

from ..models.check_params_lock import CheckParamsLock  # noqa: E402

_PENDING: Any = None  # what from_dict passes for a field it leaves to __getattr__ (then deletes it)


def _build_lock(data: Any) -> Any:
    _lock = data
    lock: CheckParamsLock | Unset
    if isinstance(_lock, Unset):
        lock = UNSET
    else:
        lock = CheckParamsLock.from_dict(_lock)

    return lock


# Python name -> (wire name, builder) of each field built when first read (_operation.NestedFields).
TrackParams._NESTED = {
    "lock": ("lock", _build_lock),
}

# Each enum's own value map, read by from_dict (property_templates/enum_property.py.jinja).
_TrackParamsOverageBehavior_VALUES = cast(
    "dict[object, TrackParamsOverageBehavior]", TrackParamsOverageBehavior._value2member_map_
)
