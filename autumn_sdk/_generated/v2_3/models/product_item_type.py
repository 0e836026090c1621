# generated from openapi*.yaml — do not edit
from enum import StrEnum


class ProductItemType(StrEnum):
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
