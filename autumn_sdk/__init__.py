"""Python SDK for Autumn's balances API: ``check`` before a feature action, ``track`` after it.

>>> from autumn_sdk import Autumn
>>> with Autumn() as autumn:  # reads AUTUMN_SECRET_KEY
...     res = autumn.check(customer_id="cus_123", feature_id="messages")
"""

from ._generated.client import Autumn
from ._version import __version__

__all__ = ["Autumn", "__version__"]
