# generated from openapi*.yaml — do not edit
from enum import StrEnum


class CancelAction(StrEnum):
    """Action to perform for cancellation. 'cancel_immediately' cancels now with prorated refund, 'cancel_end_of_cycle' cancels at period end, 'uncancel' reverses a pending cancellation.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CANCEL_END_OF_CYCLE = "cancel_end_of_cycle"
    CANCEL_IMMEDIATELY = "cancel_immediately"
    UNCANCEL = "uncancel"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CancelAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
