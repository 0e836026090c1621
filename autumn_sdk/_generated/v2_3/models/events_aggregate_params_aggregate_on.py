# generated from openapi*.yaml — do not edit
from enum import StrEnum


class EventsAggregateParamsAggregateOn(StrEnum):
    """Set to "deducted" to additionally return a per-balance breakdown of what each event consumed, under `deductions`. Purely additive: `list` and `total` are unchanged. Requires customer_id.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    DEDUCTED = "deducted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "EventsAggregateParamsAggregateOn | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
