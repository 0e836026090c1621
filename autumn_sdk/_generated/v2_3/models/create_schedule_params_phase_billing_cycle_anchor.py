# generated from openapi*.yaml — do not edit
from enum import StrEnum


class CreateScheduleParamsPhaseBillingCycleAnchor(StrEnum):
    """Pass 'phase_start' to reset the Stripe billing cycle anchor when this phase starts.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    PHASE_START = "phase_start"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateScheduleParamsPhaseBillingCycleAnchor | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
