# generated from openapi*.yaml — do not edit
from enum import StrEnum


class PreviewScenario(StrEnum):
    """The reason access was denied. 'usage_limit' means the customer exceeded their balance, 'feature_flag' means the feature is not included in their plan.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    FEATURE_FLAG = "feature_flag"
    USAGE_LIMIT = "usage_limit"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PreviewScenario | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
