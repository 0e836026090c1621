# generated from openapi*.yaml — do not edit
from enum import StrEnum


class InsertInvoicesParamsInvoiceStatus(StrEnum):
    """The invoice status.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    DRAFT = "draft"
    OPEN = "open"
    PAID = "paid"
    UNCOLLECTIBLE = "uncollectible"
    VOID = "void"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InsertInvoicesParamsInvoiceStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
