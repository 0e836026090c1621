# generated from openapi*.yaml — do not edit
from enum import StrEnum


class AggregateRange(StrEnum):
    """Time range to aggregate events for. Either range or custom_range must be provided

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    LAST_CYCLE = "last_cycle"
    VALUE_0 = "24h"
    VALUE_1 = "7d"
    VALUE_2 = "30d"
    VALUE_3 = "90d"
    VALUE_5 = "1bc"
    VALUE_6 = "3bc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AggregateRange | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
