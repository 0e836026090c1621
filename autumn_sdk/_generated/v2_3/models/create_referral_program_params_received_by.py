# generated from openapi*.yaml — do not edit
from enum import StrEnum


class CreateReferralProgramParamsReceivedBy(StrEnum):
    """Who receives the reward: the referrer only, or both parties.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ALL = "all"
    REFERRER = "referrer"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CreateReferralProgramParamsReceivedBy | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
