# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BalancesLimitReachedDataLimitType(StrEnum):
    """Which limit was hit: included allowance, max purchase cap, spend limit, or a usage-limit billing control.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    INCLUDED = "included"
    MAX_PURCHASE = "max_purchase"
    SPEND_LIMIT = "spend_limit"
    USAGE_LIMIT = "usage_limit"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BalancesLimitReachedDataLimitType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
