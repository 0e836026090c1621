"""pytest fixtures for the Autumn emulator, registered when autumn-sdk[testing] is installed.

``local_autumn`` is a running ``LocalAutumn`` (the demo seed unless a test says otherwise with
``@pytest.mark.autumn_seed({...})`` or a file path); ``autumn_client`` is an ``Autumn`` pointed at it,
speaking the SDK's default API version (2.3). The emulator answers both versions from one state, so
a test picks 2.1 with ``@pytest.mark.autumn_api_version("2.1")``: ``autumn_client`` then speaks 2.1
(its models are ``autumn_sdk.models.v2_1``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from autumn_sdk import Autumn
    from autumn_sdk.testing import LocalAutumn


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "autumn_seed(seed): the seed (mapping or file) of the local_autumn fixture")
    config.addinivalue_line(
        "markers", 'autumn_api_version(version): the API version autumn_client speaks, "2.3" (the default) or "2.1"'
    )


@pytest.fixture
def local_autumn(request: pytest.FixtureRequest) -> Iterator[LocalAutumn]:
    from autumn_sdk.testing import LocalAutumn

    marker = request.node.get_closest_marker("autumn_seed")
    with LocalAutumn(marker.args[0] if marker else None) as server:
        yield server


@pytest.fixture
def autumn_client(request: pytest.FixtureRequest, local_autumn: LocalAutumn) -> Iterator[Autumn]:
    from autumn_sdk import Autumn

    marker = request.node.get_closest_marker("autumn_api_version")
    options: dict[str, Any] = {"x_api_version": marker.args[0]} if marker else {}
    with Autumn(secret_key=local_autumn.secret_key, server_url=local_autumn.url, **options) as client:
        yield client
