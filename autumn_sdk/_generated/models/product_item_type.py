# generated from openapi.yaml — do not edit
from enum import StrEnum


class ProductItemType(StrEnum):
    """Whether the item is a feature, a priced feature or a fixed price.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    FEATURE = "feature"
    PRICE = "price"
    PRICED_FEATURE = "priced_feature"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProductItemType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
