# generated from openapi*.yaml — do not edit
from enum import StrEnum


class RolloverDuration(StrEnum):
    """When rolled over units expire.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    FOREVER = "forever"
    MONTH = "month"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RolloverDuration | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
