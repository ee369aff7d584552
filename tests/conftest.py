from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from mock_portals.app import create_app
from mock_portals.domain.errors import Refused
from mock_portals.store import Store
from mock_portals.texts import Catalogue


@pytest.fixture
def store() -> Store:
    return Store(seed=11)


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store), follow_redirects=False)


def log_in(client: TestClient, store: Store, portal: str, insz: str) -> None:
    """Give the client a logged-in session of ``portal``, as the CSAM flow would."""
    client.cookies.set(f"{portal}_session", store.auth.open_session(portal, insz).sid, path=f"/{portal}")


DUTCH = Catalogue()


def said(refused: Refused) -> str:
    """What the pages say for a refusal, in Dutch."""
    return DUTCH.message("nl", refused)
