# generated from openapi*.yaml — do not edit
"""UNSET and Unset, shared by every API version."""

from ..types import UNSET, Unset

__all__ = ["UNSET", "Unset"]
