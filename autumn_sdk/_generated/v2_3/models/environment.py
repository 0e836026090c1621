# generated from openapi*.yaml — do not edit
from enum import StrEnum


class Environment(StrEnum):
    """The environment this customer was created in.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    LIVE = "live"
    SANDBOX = "sandbox"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "Environment | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
