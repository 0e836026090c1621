# generated from openapi*.yaml — do not edit
from enum import StrEnum


class CreateReferralProgramParamsRedeemOn(StrEnum):
    """When the reward is granted: on redemption, or when the redeemer checks out.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CHECKOUT = "checkout"
    CUSTOMER_CREATION = "customer_creation"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateReferralProgramParamsRedeemOn | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
