# generated from openapi*.yaml — do not edit
from enum import StrEnum


class CustomerExpand(StrEnum):
    BALANCES_FEATURE = "balances.feature"
    ENTITIES = "entities"
    INVOICES = "invoices"
    PAYMENT_METHOD = "payment_method"
    PURCHASES_PLAN = "purchases.plan"
    REFERRALS = "referrals"
    REWARDS = "rewards"
    SUBSCRIPTIONS_PLAN = "subscriptions.plan"
    TRIALS_USED = "trials_used"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomerExpand | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
