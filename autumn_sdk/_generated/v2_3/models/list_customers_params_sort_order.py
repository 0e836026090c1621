# generated from openapi*.yaml — do not edit
from enum import StrEnum


class ListCustomersParamsSortOrder(StrEnum):
    """Sort by customer creation time. Defaults to desc (newest first).

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ListCustomersParamsSortOrder | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
