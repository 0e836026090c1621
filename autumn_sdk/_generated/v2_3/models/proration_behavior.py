# generated from openapi*.yaml — do not edit
from enum import StrEnum


class ProrationBehavior(StrEnum):
    """How to handle proration when updating an existing subscription. 'prorate_immediately' charges/credits prorated amounts now, 'none' skips creating any charges.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    NONE = "none"
    PRORATE_IMMEDIATELY = "prorate_immediately"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProrationBehavior | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
