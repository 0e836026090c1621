# generated from openapi*.yaml — do not edit
from enum import StrEnum


class RewardDiscountType(StrEnum):
    """The type of reward

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    FEATURE_GRANT = "feature_grant"
    FIXED_DISCOUNT = "fixed_discount"
    FREE_PRODUCT = "free_product"
    INVOICE_CREDITS = "invoice_credits"
    PERCENTAGE_DISCOUNT = "percentage_discount"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RewardDiscountType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
