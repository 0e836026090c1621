# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingUpdatedDataPlanChangeAction(StrEnum):
    """The lifecycle action applied to this plan: activated (newly active on the customer), scheduled (queued for a future start), updated (mutated in place), or expired (ended).

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ACTIVATED = "activated"
    EXPIRED = "expired"
    SCHEDULED = "scheduled"
    UPDATED = "updated"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingUpdatedDataPlanChangeAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
