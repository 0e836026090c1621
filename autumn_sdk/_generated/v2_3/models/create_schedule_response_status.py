# generated from openapi*.yaml — do not edit
from enum import StrEnum


class CreateScheduleResponseStatus(StrEnum):
    """Whether the schedule is fully created or waiting for payment or confirmation to complete.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CREATED = "created"
    PENDING_PAYMENT = "pending_payment"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateScheduleResponseStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
