# generated from openapi*.yaml — do not edit
from enum import StrEnum


class PreviewAttachResponseTaxStatus(StrEnum):
    """Calculation status ('complete' when Stripe Tax succeeds or 'incomplete' when Stripe Tax returned 0 or errored).

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    COMPLETE = "complete"
    INCOMPLETE = "incomplete"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PreviewAttachResponseTaxStatus | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
