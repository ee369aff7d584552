"""The stage of the mock portals: one embedded server per worker, or one started elsewhere.

Each pytest(-xdist) worker starts its own mock (``harness.server.EmbeddedMock``) and arranges it in
process. pytest-base-url's ``--base-url`` (or its alias ``--mock-url``) points the suite at a mock
started separately (``vaccinnet-bdd serve --empty``); state is then arranged through its admin API.
On the mock every part of a scenario plays itself: a Gegeven step arranges its state at once,
through the portal's own operation, as the person it names (``MockScene``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from mock_portals.arrange import InjectFault, Reset
from mock_portals.store import DEFAULT_SEED, Store
from vaccinnet_bdd.harness.server import EmbeddedMock

from .arranger import Arranger, HttpArranger, InProcessArranger
from .mock_scene import MockScene
from .options import seed_of
from .parts import Person
from .provided import Looking, ManualPages, Onlookers, Provided, manual_pages_of
from .stage import Scene, stage_of
from .world import World


def external_mock(config: pytest.Config) -> str | None:
    url: str | None = config.getoption("base_url", default=None) or config.getoption("--mock-url")
    return url.rstrip("/") if url else None


class MockStage:
    """The mock portals: embedded in each worker, or started elsewhere (``external``)."""

    environment = None

    def __init__(self, config: pytest.Config) -> None:
        self.external = external_mock(config)
        self.retries = config.getoption("--tracing", default="off") == "off" and not config.getoption("--no-retry")
        workers = config.getoption("numprocesses", default=None)
        if self.external and workers not in (None, 0, 1):
            # One mock, one state: parallel workers would reset each other's scenarios.
            raise pytest.UsageError("--base-url shares one mock: run it on one worker (-n 0), or use shards")

    def address(self, path: str) -> str:
        return path  # every portal on the mock's own host: Playwright resolves it against the base URL

    def url(self, request: pytest.FixtureRequest) -> str:
        return self.external or request.getfixturevalue("embedded_mock").url

    def scene(self, request: pytest.FixtureRequest) -> Scene:
        arranger: Arranger = request.getfixturevalue("arranger")
        seed = seed_of(request.node)
        arranger.run(Reset(seed=seed))  # each scenario arranges exactly what it needs
        host = urlsplit(request.getfixturevalue("base_url")).hostname or "127.0.0.1"
        return MockScene(arranger, seed, host, request.getfixturevalue("people"))

    def secrets(self) -> tuple[str, ...]:
        return ()  # the mock's practice credentials are made per scenario, and are no one's

    def onlookers(self, provided: Provided) -> Looking:
        return mock_onlookers(provided)  # on a mock of their own: the run's mocks belong to its scenarios


@pytest.fixture(scope="session")
def embedded_mock(pytestconfig: pytest.Config) -> Iterator[EmbeddedMock]:
    mock = EmbeddedMock(Store(seed=pytestconfig.getoption("--seed")))
    yield mock
    mock.stop(wait=False)  # the run is over: no one waits for its last tick


@pytest.fixture(scope="session")
def arranger(pytestconfig: pytest.Config, request: pytest.FixtureRequest) -> Iterator[Arranger]:
    """How Gegeven steps arrange the mock: in process for the embedded one, else over its admin API."""
    external = external_mock(pytestconfig)
    api: Arranger = HttpArranger(external) if external else InProcessArranger(request.getfixturevalue("embedded_mock"))
    latency = pytestconfig.getoption("--mock-latency")
    if latency:  # for the whole run: faults outlive the reset of each scenario
        api.run(InjectFault(latency_ms=latency))
    yield api
    if isinstance(api, HttpArranger):
        api.close()


@pytest.fixture(scope="session")
def base_url(pytestconfig: pytest.Config, request: pytest.FixtureRequest) -> str:
    """Overrides pytest-base-url: Playwright's pages resolve relative addresses where the stage plays."""
    return stage_of(pytestconfig).url(request).rstrip("/")


@dataclass
class OnTheMock:
    """Who looks at the manual's pages on the mock: the step library's small world, arranged as the
    features arrange theirs."""

    scene: MockScene
    manual: ManualPages
    org: str
    riziv: str
    kinds: frozenset[str]
    may_change: bool = True

    def person(self, role: str) -> Person:
        return self.scene.person(self.manual.roles[role])

    def log_in(self, page: Page, role: str, portal: str) -> None:
        self.scene.log_in(page, self.manual.roles[role], portal)


@contextmanager
def mock_onlookers(provided: Provided) -> Iterator[tuple[Onlookers, str]]:
    """The drift check's onlookers, and the address of a mock of their own while it runs."""
    manual = manual_pages_of(provided)
    mock = EmbeddedMock(Store(seed=DEFAULT_SEED))
    try:
        scene = MockScene(InProcessArranger(mock), DEFAULT_SEED, "127.0.0.1")
        org = manual.declare(World(scene, provided.codes))
        yield OnTheMock(scene, manual, org, scene.organisation_named(org).riziv, kinds=manual.kinds), mock.url
    finally:
        mock.stop()
