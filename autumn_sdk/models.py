"""The request and response models of the Autumn API (``CheckResponse``, ``TrackResponse``, ``Balance``, …)."""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
from ._generated.models import __getattr__ as __getattr__
