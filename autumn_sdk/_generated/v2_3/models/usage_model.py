# generated from openapi*.yaml — do not edit
from enum import StrEnum


class UsageModel(StrEnum):
    PAY_PER_USE = "pay_per_use"
    PREPAID = "prepaid"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UsageModel | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
