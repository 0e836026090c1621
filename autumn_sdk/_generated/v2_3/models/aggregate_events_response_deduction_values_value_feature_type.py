# generated from openapi*.yaml — do not edit
from enum import StrEnum


class AggregateEventsResponseDeductionValuesValueFeatureType(StrEnum):
    """credit_system means `deducted` is credits; metered means it is that feature's own amount.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CREDIT_SYSTEM = "credit_system"
    METERED = "metered"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AggregateEventsResponseDeductionValuesValueFeatureType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
