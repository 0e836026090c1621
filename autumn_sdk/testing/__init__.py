"""A local emulator of Autumn's balances API, for trying the SDK and testing code that gates on it.

Install with ``pip install autumn-sdk[testing]``. Start it in code (``with LocalAutumn() as server``),
as the pytest fixture ``local_autumn``, or from a shell: ``python -m autumn_sdk.testing --port 8080``.
"""

from ._app import Fault
from ._model import ApiError, Clock, SeedError
from ._server import DEMO_SEED, LocalAutumn, load_seed

__all__ = ["DEMO_SEED", "ApiError", "Clock", "Fault", "LocalAutumn", "SeedError", "load_seed"]
