"""The exceptions the SDK raises for API and transport problems; all derive from ``AutumnError``."""

from ._generated.errors import *  # noqa: F403
from ._generated.errors import __all__ as __all__
