# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingControlsUsageLimitAnchor(StrEnum):
    """Window alignment. 'billing_cycle' phases the interval to the customer's renewal time; 'utc' aligns to the UTC calendar.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    BILLING_CYCLE = "billing_cycle"
    UTC = "utc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingControlsUsageLimitAnchor | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
