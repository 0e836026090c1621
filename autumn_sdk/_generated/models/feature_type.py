# generated from openapi.yaml — do not edit
from enum import StrEnum


class FeatureType(StrEnum):
    """How a feature is granted, on/off (boolean), by usage (metered), or as a pool of credits (credit_system).

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

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
