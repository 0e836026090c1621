# generated from openapi*.yaml — do not edit
from enum import StrEnum


class PlanSchedule(StrEnum):
    """When the plan change should take effect. 'immediate' applies now, 'end_of_cycle' schedules for the end of the current billing cycle. By default, upgrades are immediate and downgrades are scheduled.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    END_OF_CYCLE = "end_of_cycle"
    IMMEDIATE = "immediate"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "PlanSchedule | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
