# generated from openapi*.yaml — do not edit
from enum import StrEnum


class DfuFlashParamsBillablePlanStatus(StrEnum):
    """Set the status of the plan to be flashed. Active if undefined.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ACTIVE = "active"
    CANCELED = "canceled"
    EXPIRED = "expired"
    PAST_DUE = "past_due"
    TRIALING = "trialing"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DfuFlashParamsBillablePlanStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
