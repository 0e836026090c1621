# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingUpdatedDataPlanChangePlanChangeItemChangeAction(StrEnum):
    """Whether the item was added to or removed from the plan.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CREATED = "created"
    DELETED = "deleted"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingUpdatedDataPlanChangePlanChangeItemChangeAction | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
