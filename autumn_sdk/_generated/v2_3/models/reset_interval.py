# generated from openapi*.yaml — do not edit
from enum import StrEnum


class ResetInterval(StrEnum):
    """The interval at which the feature balance resets (e.g. 'month', 'year'). For consumable features, usage resets to 0 and included units are restored.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    DAY = "day"
    HOUR = "hour"
    MINUTE = "minute"
    MONTH = "month"
    ONE_OFF = "one_off"
    QUARTER = "quarter"
    SEMI_ANNUAL = "semi_annual"
    WEEK = "week"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ResetInterval | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
