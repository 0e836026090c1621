# generated from openapi*.yaml — do not edit
from enum import StrEnum


class CreateRewardCouponResponseType(StrEnum):
    """The type of discount: percentage_discount, fixed_discount, or invoice_credits.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    FIXED_DISCOUNT = "fixed_discount"
    INVOICE_CREDITS = "invoice_credits"
    PERCENTAGE_DISCOUNT = "percentage_discount"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateRewardCouponResponseType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
