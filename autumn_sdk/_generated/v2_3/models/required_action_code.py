# generated from openapi*.yaml — do not edit
from enum import StrEnum


class RequiredActionCode(StrEnum):
    """The type of action required to complete the payment.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    PAYMENT_FAILED = "payment_failed"
    PAYMENT_METHOD_REQUIRED = "payment_method_required"
    PAYMENT_PROCESSING = "payment_processing"
    VALUE_0 = "3ds_required"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RequiredActionCode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
