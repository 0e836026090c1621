# generated from openapi*.yaml — do not edit
from enum import StrEnum


class ProductItemFeatureType(StrEnum):
    BOOLEAN = "boolean"
    CONTINUOUS_USE = "continuous_use"
    SINGLE_USE = "single_use"
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ProductItemFeatureType | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
