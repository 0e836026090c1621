# generated from openapi*.yaml — do not edit
from enum import StrEnum


class PlanCustomerEligibilityAttachAction(StrEnum):
    """The action that would occur if this plan were attached to the customer.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ACTIVATE = "activate"
    DOWNGRADE = "downgrade"
    NONE = "none"
    PURCHASE = "purchase"
    UPGRADE = "upgrade"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PlanCustomerEligibilityAttachAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
