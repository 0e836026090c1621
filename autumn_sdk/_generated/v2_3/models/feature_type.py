# generated from openapi*.yaml — do not edit
from enum import StrEnum


class FeatureType(StrEnum):
    """Feature type: 'boolean' for on/off access, 'metered' for usage-tracked features, 'credit_system' for unified credit pools, 'ai_credit_system' for model-based token pricing.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    AI_CREDIT_SYSTEM = "ai_credit_system"
    BOOLEAN = "boolean"
    CREDIT_SYSTEM = "credit_system"
    METERED = "metered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FeatureType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
