# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DfuFlashResultFlashed")


@_attrs_define
class DfuFlashResultFlashed:
    plan_id: str
    """ The plan that was imaged. """
    processor: str
    """ The processor that owns the imaged plan. """
    customer_product_id: None | str
    """ The created (or existing) customer product id, if any. """
    status: str
    """ The resulting status of the imaged plan. """
    skipped: bool
    """ True if an active plan already existed and this one was left untouched. """
    expired: bool | Unset = UNSET
    """ True if this was an existing active plan expired because it was absent from the imaged desired state. """
    mismatch: bool | Unset = UNSET
    """ True when the imaged state may be wrong — e.g. a resetting plan with no resolvable billing anchor, or a paid
    recurring plan with no linked subscription for Autumn to manage. The plan is still imaged; see `reason` and fix
    by supplying started_at or a subscription_id. """
    reason: str | Unset = UNSET
    """ Why the plan was skipped, expired, or flagged as a mismatch, when applicable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        processor = self.processor

        customer_product_id: None | str
        customer_product_id = self.customer_product_id

        status = self.status

        skipped = self.skipped

        expired = self.expired

        mismatch = self.mismatch

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan_id": plan_id,
                "processor": processor,
                "customer_product_id": customer_product_id,
                "status": status,
                "skipped": skipped,
            }
        )
        if expired is not UNSET:
            field_dict["expired"] = expired
        if mismatch is not UNSET:
            field_dict["mismatch"] = mismatch
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        plan_id = src_dict["plan_id"]
        if not (type(plan_id) is str):
            raise TypeError(f"plan_id: expected a string, not {type(plan_id).__name__}")

        processor = src_dict["processor"]
        if not (type(processor) is str):
            raise TypeError(f"processor: expected a string, not {type(processor).__name__}")

        customer_product_id: None | str = src_dict["customer_product_id"]
        if not (type(customer_product_id) is str or customer_product_id is None):
            raise TypeError(f"customer_product_id: unexpected {type(customer_product_id).__name__}")

        status = src_dict["status"]
        if not (type(status) is str):
            raise TypeError(f"status: expected a string, not {type(status).__name__}")

        skipped = src_dict["skipped"]
        if not (type(skipped) is bool):
            raise TypeError(f"skipped: expected a boolean, not {type(skipped).__name__}")

        expired = src_dict.get("expired", UNSET)
        if expired is not UNSET and not (type(expired) is bool):
            raise TypeError(f"expired: expected a boolean, not {type(expired).__name__}")

        mismatch = src_dict.get("mismatch", UNSET)
        if mismatch is not UNSET and not (type(mismatch) is bool):
            raise TypeError(f"mismatch: expected a boolean, not {type(mismatch).__name__}")

        reason = src_dict.get("reason", UNSET)
        if reason is not UNSET and not (type(reason) is str):
            raise TypeError(f"reason: expected a string, not {type(reason).__name__}")

        dfu_flash_result_flashed = cls(
            plan_id,
            processor,
            customer_product_id,
            status,
            skipped,
            expired,
            mismatch,
            reason,
        )

        if len(src_dict) != 5 + ("expired" in src_dict) + ("mismatch" in src_dict) + ("reason" in src_dict):
            dfu_flash_result_flashed.additional_properties = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "plan_id",
                    "processor",
                    "customer_product_id",
                    "status",
                    "skipped",
                    "expired",
                    "mismatch",
                    "reason",
                }
            }
        return dfu_flash_result_flashed

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
