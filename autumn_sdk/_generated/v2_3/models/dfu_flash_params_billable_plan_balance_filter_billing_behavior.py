# generated from openapi*.yaml — do not edit
from enum import StrEnum


class DfuFlashParamsBillablePlanBalanceFilterBillingBehavior(StrEnum):
    """Selects the included vs prepaid vs usage-based (pay-per-use) entitlement line when a feature has several.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    INCLUDED = "included"
    PREPAID = "prepaid"
    USAGE_BASED = "usage_based"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DfuFlashParamsBillablePlanBalanceFilterBillingBehavior | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
