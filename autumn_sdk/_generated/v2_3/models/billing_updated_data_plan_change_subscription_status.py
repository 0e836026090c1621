# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingUpdatedDataPlanChangeSubscriptionStatus(StrEnum):
    """The current status of the subscription on the customer.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ACTIVE = "active"
    EXPIRED = "expired"
    SCHEDULED = "scheduled"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingUpdatedDataPlanChangeSubscriptionStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
