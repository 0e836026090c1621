# generated from openapi.yaml — do not edit
from enum import StrEnum


class TierBehavior(StrEnum):
    """graduated splits usage across the tiers; volume prices all of it at the tier it reaches.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    GRADUATED = "graduated"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TierBehavior | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
