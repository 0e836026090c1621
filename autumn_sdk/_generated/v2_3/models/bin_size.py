# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BinSize(StrEnum):
    """Size of the time bins to aggregate events for. Defaults to hour if range is 24h, otherwise day

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    DAY = "day"
    HOUR = "hour"
    MONTH = "month"
    WEEK = "week"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BinSize | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
