"""The one error the generator raises for a document it cannot serve."""

from __future__ import annotations


class SpecError(Exception):
    """The document (after the overlay) says something the generator cannot turn into an SDK.

    ``pointer`` is the JSON pointer of the offending node, so the message says where to look.
    """

    def __init__(self, pointer: str, message: str) -> None:
        self.pointer = pointer
        self.message = message
        super().__init__(f"{pointer}: {message}")
