# generated from openapi*.yaml — do not edit
from enum import StrEnum


class CustomerBillingControlsAutoTopupSource(StrEnum):
    """Response-only: whether the entry is a customer-level override or inherited from an attached plan's defaults.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CUSTOMER = "customer"
    PLAN = "plan"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomerBillingControlsAutoTopupSource | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
