# generated from openapi*.yaml — do not edit
from enum import StrEnum


class FreeTrialOnEnd(StrEnum):
    BILL = "bill"
    REVERT = "revert"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FreeTrialOnEnd | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
