# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingControlsSpendLimitLimitType(StrEnum):
    """How overage_limit is interpreted: an absolute overage cap (default) or a percentage of the main-plan allowance.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ABSOLUTE = "absolute"
    USAGE_PERCENTAGE = "usage_percentage"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingControlsSpendLimitLimitType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
