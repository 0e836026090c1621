# generated from openapi*.yaml — do not edit
from enum import StrEnum


class FreeTrialDuration(StrEnum):
    """Unit of time for the trial duration ('day', 'month', 'year').

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FreeTrialDuration | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
