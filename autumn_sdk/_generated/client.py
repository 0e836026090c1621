# generated from openapi*.yaml — do not edit
"""``Autumn``: the client class to construct; it returns the client of the API version asked for.

Generated because it lists the versions: each overload maps an ``x_api_version`` literal to that
version's client class, so a type checker knows which operations and models a client has. To
annotate a variable with a client of one version, use its class (``AutumnV2_3``); ``Autumn`` itself
only has what every version shares (``close``, ``flush``, ``outbox``, …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from .._client import BaseClient, ClientOptions, new_client

if TYPE_CHECKING:
    from .v2_1.resources import AutumnV2_1
    from .v2_3.resources import AutumnV2_3


class Autumn(BaseClient):
    """A client of the Autumn API: ``Autumn(secret_key=..., x_api_version=...)``.

    ``x_api_version`` is one of ``'2.3'``, ``'2.1'`` (default ``'2.3'``); the
    client it returns has that version's operations and answers its models. The other arguments are
    :class:`autumn_sdk._client.BaseClient`'s.
    """

    @overload
    def __new__(
        cls,
        secret_key: str | None = ...,
        *,
        x_api_version: Literal["2.1", "2.1.0"],
        **options: Unpack[ClientOptions],
    ) -> AutumnV2_1: ...

    @overload
    def __new__(
        cls,
        secret_key: str | None = ...,
        *,
        x_api_version: Literal["2.3", "2.3.0"] = ...,
        **options: Unpack[ClientOptions],
    ) -> AutumnV2_3: ...

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:
        return new_client(cls, Autumn, args, kwargs)


def __getattr__(name: str) -> Any:
    """Each version's client class, for annotations (``autumn: AutumnV2_3``), imported on first use."""
    import importlib

    for module, class_name in _CLASSES.items():
        if name == class_name:
            return getattr(importlib.import_module(f"{__package__}.{module}.resources"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_CLASSES = {
    "v2_3": "AutumnV2_3",
    "v2_1": "AutumnV2_1",
}
__all__ = [
    "Autumn",
    "AutumnV2_3",
    "AutumnV2_1",
]
