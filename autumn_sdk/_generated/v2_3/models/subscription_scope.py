# generated from openapi*.yaml — do not edit
from enum import StrEnum


class SubscriptionScope(StrEnum):
    """Whether this subscription is attached at the customer level or entity level.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    CUSTOMER = "customer"
    ENTITY = "entity"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubscriptionScope | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
