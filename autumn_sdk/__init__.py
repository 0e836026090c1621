"""Python SDK for Autumn's API: ``check`` before a feature action, ``track`` after it, and the whole API.

>>> from autumn_sdk import Autumn
>>> with Autumn() as autumn:  # reads AUTUMN_SECRET_KEY; speaks the newest API version shipped
...     res = autumn.check(customer_id="cus_123", feature_id="messages")

``Autumn(x_api_version="2.1")`` speaks API 2.1 instead. Each version's client class (``AutumnV2_1``,
``AutumnV2_3``) is importable from here for annotations.
"""

from typing import TYPE_CHECKING, Any

from ._generated import client as _client_classes
from ._generated.client import Autumn
from ._version import __version__

if TYPE_CHECKING:
    from ._generated.client import *  # noqa: F403  (each version's client class)


def __getattr__(name: str) -> Any:
    return getattr(_client_classes, name)


__all__ = ["Autumn", "__version__", *(n for n in _client_classes.__all__ if n != "Autumn")]
