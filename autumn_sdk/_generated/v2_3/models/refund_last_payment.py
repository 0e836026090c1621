# generated from openapi*.yaml — do not edit
from enum import StrEnum


class RefundLastPayment(StrEnum):
    """Controls how the last payment is refunded on immediate cancellation. 'prorated' refunds the unused portion, 'full' refunds the entire last payment.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    FULL = "full"
    PRORATED = "prorated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RefundLastPayment | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
