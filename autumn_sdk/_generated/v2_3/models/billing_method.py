# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingMethod(StrEnum):
    """'prepaid' for features like seats where customers pay upfront, 'usage_based' for pay-as-you-go after included usage.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    PREPAID = "prepaid"
    USAGE_BASED = "usage_based"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingMethod | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
