"""pytest fixtures for the Autumn emulator, registered when autumn-sdk[testing] is installed.

``local_autumn`` is a running ``LocalAutumn`` (the demo seed unless a test says otherwise with
``@pytest.mark.autumn_seed({...})`` or a file path); ``autumn_client`` is an ``Autumn`` pointed at it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from autumn_sdk import Autumn
    from autumn_sdk.testing import LocalAutumn


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "autumn_seed(seed): the seed (mapping or file) of the local_autumn fixture")


@pytest.fixture
def local_autumn(request: pytest.FixtureRequest) -> Iterator[LocalAutumn]:
    from autumn_sdk.testing import LocalAutumn

    marker = request.node.get_closest_marker("autumn_seed")
    with LocalAutumn(marker.args[0] if marker else None) as server:
        yield server


@pytest.fixture
def autumn_client(local_autumn: LocalAutumn) -> Iterator[Autumn]:
    from autumn_sdk import Autumn

    with Autumn(secret_key=local_autumn.secret_key, server_url=local_autumn.url) as client:
        yield client
