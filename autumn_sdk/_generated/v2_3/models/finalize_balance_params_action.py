# generated from openapi*.yaml — do not edit
from enum import StrEnum


class FinalizeBalanceParamsAction(StrEnum):
    """Use 'confirm' to commit the deduction, or 'release' to return the held balance.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CONFIRM = "confirm"
    RELEASE = "release"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FinalizeBalanceParamsAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
