# generated from openapi*.yaml — do not edit
from enum import StrEnum


class RewardDiscountDurationType(StrEnum):
    """How long the discount lasts

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    FOREVER = "forever"
    MONTHS = "months"
    ONE_OFF = "one_off"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RewardDiscountDurationType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
