# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingControlsUsageAlertThresholdType(StrEnum):
    """Whether the threshold is an absolute count or a percentage of the usage allowance or remaining balance.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    REMAINING = "remaining"
    REMAINING_PERCENTAGE = "remaining_percentage"
    USAGE = "usage"
    USAGE_PERCENTAGE = "usage_percentage"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingControlsUsageAlertThresholdType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
