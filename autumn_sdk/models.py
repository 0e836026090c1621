"""The request and response models of the Autumn API (``CheckResponse``, ``TrackResponse``, ``Balance``, …).

The names here are the default API version's; each version's own models are a module of this one:
``from autumn_sdk.models import v2_1`` then ``v2_1.CheckResponse``.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
