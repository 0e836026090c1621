# generated from openapi*.yaml — do not edit
from enum import StrEnum


class RedirectMode(StrEnum):
    """Controls when to return a checkout URL. 'always' returns a URL even if payment succeeds, 'if_required' only when payment action is needed, 'never' disables redirects.

    A value this SDK does not know yet (sent by a newer server) is kept as it was sent.
    """

    ALWAYS = "always"
    IF_REQUIRED = "if_required"
    NEVER = "never"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "RedirectMode | None":
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
