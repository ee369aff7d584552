"""The mock portals under test: one embedded server per worker, or one started elsewhere.

Each pytest(-xdist) worker starts its own mock (``vaccinnet_bdd.harness.server.EmbeddedMock``) and arranges it in
process. pytest-base-url's ``--base-url`` (or its alias ``--mock-url``) points the suite at a mock
started separately (``vaccinnet-bdd serve --empty``); state is then arranged through its admin API.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mock_portals.arrange import InjectFault, Reset
from mock_portals.store import Store
from vaccinnet_bdd.harness.server import EmbeddedMock

from .arranger import Arranger, HttpArranger, InProcessArranger


def external_mock(config: pytest.Config) -> str | None:
    url: str | None = config.getoption("base_url", default=None) or config.getoption("--mock-url")
    return url.rstrip("/") if url else None


def pytest_configure(config: pytest.Config) -> None:
    workers = config.getoption("numprocesses", default=None)
    if external_mock(config) and workers not in (None, 0, 1):
        # One mock, one state: parallel workers would reset each other's scenarios.
        raise pytest.UsageError("--base-url shares one mock: run it on one worker (-n 0), or use shards")


@pytest.fixture(scope="session")
def embedded_mock(pytestconfig: pytest.Config) -> Iterator[EmbeddedMock | None]:
    if external_mock(pytestconfig):
        yield None
        return
    mock = EmbeddedMock(Store(seed=pytestconfig.getoption("--seed")))
    yield mock
    mock.stop(wait=False)  # the run is over: no one waits for its last tick


@pytest.fixture(scope="session")
def mock_url(pytestconfig: pytest.Config, embedded_mock: EmbeddedMock | None) -> str:
    return embedded_mock.url if embedded_mock else str(external_mock(pytestconfig))


@pytest.fixture(scope="session")
def base_url(mock_url: str) -> str:
    """Overrides pytest-base-url: Playwright's pages resolve relative URLs against the mock."""
    return mock_url


@pytest.fixture(scope="session")
def arranger(mock_url: str, embedded_mock: EmbeddedMock | None, pytestconfig: pytest.Config) -> Iterator[Arranger]:
    api = InProcessArranger(embedded_mock) if embedded_mock is not None else HttpArranger(mock_url)
    latency = pytestconfig.getoption("--mock-latency")
    if latency:  # for the whole run: faults outlive the reset of each scenario
        api.run(InjectFault(latency_ms=latency))
    yield api
    if isinstance(api, HttpArranger):
        api.close()


@pytest.fixture
def fresh_state(arranger: Arranger, pytestconfig: pytest.Config) -> None:
    """An empty store with the run's seed: each scenario arranges exactly what it needs."""
    arranger.run(Reset(seed=pytestconfig.getoption("--seed")))
