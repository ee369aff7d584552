"""The mock portals under test: one embedded server per worker, or one started elsewhere.

Each pytest(-xdist) worker starts its own mock (``vaccinnet_bdd.harness.server.EmbeddedMock``) and arranges it in
process. pytest-base-url's ``--base-url`` (or its alias ``--mock-url``) points the suite at a mock
started separately (``vaccinnet-bdd serve --empty``); state is then arranged through its admin API.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from mock_portals.arrange import InjectFault, ReadState, Reset
from mock_portals.arrange.records import StateRecord
from mock_portals.store import Store
from vaccinnet_bdd.harness.server import EmbeddedMock

from .arranger import Arranger, HttpArranger, InProcessArranger
from .on_target import CHANGES, target_of
from .options import seed_of

BEFORE_ACTING = pytest.StashKey[StateRecord]()


def external_mock(config: pytest.Config) -> str | None:
    url: str | None = config.getoption("base_url", default=None) or config.getoption("--mock-url")
    return url.rstrip("/") if url else None


def pytest_configure(config: pytest.Config) -> None:
    workers = config.getoption("numprocesses", default=None)
    if external_mock(config) and not target_of(config) and workers not in (None, 0, 1):
        # One mock, one state: parallel workers would reset each other's scenarios.
        raise pytest.UsageError("--base-url shares one mock: run it on one worker (-n 0), or use shards")


@pytest.fixture(scope="session")
def embedded_mock(pytestconfig: pytest.Config) -> Iterator[EmbeddedMock | None]:
    if external_mock(pytestconfig) or target_of(pytestconfig):
        yield None
        return
    mock = EmbeddedMock(Store(seed=pytestconfig.getoption("--seed")))
    yield mock
    mock.stop(wait=False)  # the run is over: no one waits for its last tick


@pytest.fixture(scope="session")
def mock_url(pytestconfig: pytest.Config, embedded_mock: EmbeddedMock | None) -> str:
    """Where the portals are: the embedded mock, a mock started elsewhere, or a target's base URL (its
    CSAM's when every portal has a full URL of its own)."""
    if embedded_mock:
        return embedded_mock.url
    url = external_mock(pytestconfig)
    if url is None:  # a target then: its file was checked, every portal has an address
        target = target_of(pytestconfig)
        assert target is not None
        csam = urlsplit(target.portalen.address("csam"))
        url = target.portalen.base_url or f"{csam.scheme}://{csam.netloc}"
    return url.rstrip("/")


@pytest.fixture(scope="session")
def base_url(mock_url: str) -> str:
    """Overrides pytest-base-url: Playwright's pages resolve relative URLs against the mock."""
    return mock_url


@pytest.fixture(scope="session")
def arranger(
    mock_url: str, embedded_mock: EmbeddedMock | None, pytestconfig: pytest.Config
) -> Iterator[Arranger | None]:
    """How Gegeven steps arrange state; None on a target, which has no admin API."""
    if target_of(pytestconfig):
        yield None
        return
    api = InProcessArranger(embedded_mock) if embedded_mock is not None else HttpArranger(mock_url)
    latency = pytestconfig.getoption("--mock-latency")
    if latency:  # for the whole run: faults outlive the reset of each scenario
        api.run(InjectFault(latency_ms=latency))
    yield api
    if isinstance(api, HttpArranger):
        api.close()


@pytest.fixture
def fresh_state(arranger: Arranger | None, request: pytest.FixtureRequest) -> None:
    """An empty store with the scenario's seed: each scenario arranges exactly what it needs. Nothing
    on a target: nothing ever resets a target."""
    if arranger is None:
        return
    arranger.run(Reset(seed=seed_of(request.node)))


def pytest_bdd_before_step(request: pytest.FixtureRequest, step: Any) -> None:
    """The mock's state as the scenario starts to act (its first Als step), after all arranging."""
    if step.type == "when" and BEFORE_ACTING not in request.node.stash and not target_of(request.config):
        request.node.stash[BEFORE_ACTING] = request.getfixturevalue("arranger").run(ReadState())


def pytest_bdd_after_scenario(request: pytest.FixtureRequest) -> None:
    """A scenario that changes what it found must say so (@wijzigt): on a shared acceptance
    environment it runs only with --allow-changes, and undoes what it did."""
    before = request.node.stash.get(BEFORE_ACTING, None)
    if before is None or request.node.get_closest_marker(CHANGES):
        return
    if request.getfixturevalue("arranger").run(ReadState()) != before:
        raise AssertionError(f"dit scenario wijzigt de portalen maar draagt geen tag @{CHANGES}")
