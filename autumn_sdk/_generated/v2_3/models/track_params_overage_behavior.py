# generated from openapi*.yaml — do not edit
from enum import StrEnum


class TrackParamsOverageBehavior(StrEnum):
    """How to handle usage that exceeds the available balance. "cap" (default) deducts only what fits, stopping at zero. "overflow" deducts the full value: the balance can go negative and usage limits do not clamp the deduction, though spend limits still apply.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CAP = "cap"
    OVERFLOW = "overflow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrackParamsOverageBehavior | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
