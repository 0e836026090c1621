# generated from openapi*.yaml — do not edit
"""The models of the default API version (2.3); each version's own are ``v2_1``, ``v2_3``, ….

``from autumn_sdk.models import CheckResponse`` is API 2.3's; ``from autumn_sdk.models import
v2_1`` then ``v2_1.CheckResponse`` is API 2.1's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .v2_1 import models as v2_1
from .v2_3 import models as v2_3
from .v2_3.models import *  # noqa: F403
from .v2_3.models import __all__ as _default_names

if not TYPE_CHECKING:
    # Kept from type checkers: a lazy __getattr__ would make every misspelt name Any.
    from .v2_3.models import __getattr__ as _default_getattr

    def __getattr__(name: str) -> Any:
        return _default_getattr(name)


__all__ = [*_default_names, "v2_3", "v2_1"]  # noqa: PLE0604
