# generated from openapi*.yaml — do not edit
from enum import StrEnum


class OnIncrease(StrEnum):
    """Billing behavior when quantity increases mid-cycle.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    BILL_IMMEDIATELY = "bill_immediately"
    BILL_NEXT_CYCLE = "bill_next_cycle"
    PRORATE_IMMEDIATELY = "prorate_immediately"
    PRORATE_NEXT_CYCLE = "prorate_next_cycle"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "OnIncrease | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
