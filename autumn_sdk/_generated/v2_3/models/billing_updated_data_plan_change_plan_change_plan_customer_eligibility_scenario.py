# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario(StrEnum):
    """Legacy attach scenario. Internal use only.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ACTIVE = "active"
    CANCEL = "cancel"
    DOWNGRADE = "downgrade"
    EXPIRED = "expired"
    NEW = "new"
    PAST_DUE = "past_due"
    RENEW = "renew"
    SCHEDULED = "scheduled"
    UPDATE_PREPAID_QUANTITY = "update_prepaid_quantity"
    UPGRADE = "upgrade"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "BillingUpdatedDataPlanChangePlanChangePlanCustomerEligibilityScenario | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
