# generated from openapi*.yaml — do not edit
from enum import StrEnum


class PlanItemDetailsFeatureType(StrEnum):
    """The type of the feature

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    AI_CREDIT_SYSTEM = "ai_credit_system"
    BOOLEAN = "boolean"
    CONTINUOUS_USE = "continuous_use"
    CREDIT_SYSTEM = "credit_system"
    SINGLE_USE = "single_use"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PlanItemDetailsFeatureType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
