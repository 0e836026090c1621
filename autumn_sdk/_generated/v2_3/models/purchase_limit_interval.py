# generated from openapi*.yaml — do not edit
from enum import StrEnum


class PurchaseLimitInterval(StrEnum):
    """The time interval for the purchase limit window.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    DAY = "day"
    HOUR = "hour"
    MONTH = "month"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PurchaseLimitInterval | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
