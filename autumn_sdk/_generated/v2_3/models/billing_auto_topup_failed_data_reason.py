# generated from openapi*.yaml — do not edit
from enum import StrEnum


class BillingAutoTopupFailedDataReason(StrEnum):
    """Machine-readable reason the automatic top-up did not grant balance.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ATTEMPT_LIMIT_REACHED = "attempt_limit_reached"
    CHARGE_FAILED = "charge_failed"
    CONFIGURATION_UNAVAILABLE = "configuration_unavailable"
    CUSTOMER_UNAVAILABLE = "customer_unavailable"
    EXECUTION_ERROR = "execution_error"
    FAILED_ATTEMPT_LIMIT_REACHED = "failed_attempt_limit_reached"
    INVALID_AMOUNT = "invalid_amount"
    LOCK_CONTENTION = "lock_contention"
    MISSING_CUSTOMER_PRODUCT = "missing_customer_product"
    MISSING_PAYMENT_METHOD = "missing_payment_method"
    PURCHASE_LIMIT_REACHED = "purchase_limit_reached"
    REDIS_UNAVAILABLE = "redis_unavailable"
    SUSPENDED_AFTER_FAILURES = "suspended_after_failures"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "BillingAutoTopupFailedDataReason | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
