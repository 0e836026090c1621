# generated from openapi*.yaml — do not edit
from enum import StrEnum


class PreviewUpdateResponseIntent(StrEnum):
    CANCEL_END_OF_CYCLE = "cancel_end_of_cycle"
    CANCEL_IMMEDIATELY = "cancel_immediately"
    NONE = "none"
    UNCANCEL = "uncancel"
    UPDATE_PLAN = "update_plan"
    UPDATE_QUANTITY = "update_quantity"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PreviewUpdateResponseIntent | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
