"""A local emulator of Autumn's API (2.3 and 2.1, one state), for trying the SDK and testing code that calls it offline.

Install with ``pip install autumn-sdk[testing]``. Start it in code (``with LocalAutumn() as server``),
as the pytest fixture ``local_autumn``, or from a shell: ``python -m autumn_sdk.testing --port 8080``.
Each API resource is served by a module of ``autumn_sdk.testing.resources`` over one shared store.
"""

from ._app import SERVED_VERSIONS, Fault
from ._seed import DEMO_SEED, load_seed
from ._server import LocalAutumn
from ._store import ApiError, Clock, SeedError, Store

__all__ = ["DEMO_SEED", "SERVED_VERSIONS", "ApiError", "Clock", "Fault", "LocalAutumn", "SeedError", "Store", "load_seed"]
