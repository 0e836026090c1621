# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingControlsUsageLimitInterval(StrEnum):
    """Interval for the cap, aligned to the customer's billing cycle.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    DAY = "day"
    MONTH = "month"
    WEEK = "week"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingControlsUsageLimitInterval | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
