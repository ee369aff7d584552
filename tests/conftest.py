from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from mock_portals.app import create_app
from mock_portals.store import Store


@pytest.fixture
def store() -> Store:
    return Store(seed=11)


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store), follow_redirects=False)
