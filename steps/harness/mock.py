"""The mock portals under test: one in-process server per worker, or one started elsewhere.

Each pytest(-xdist) worker starts its own uvicorn server on a port the OS picks, on a socket
that is bound and listening before the server thread starts, so the first request never races
the start-up. pytest-base-url's ``--base-url`` (or its alias ``--mock-url``) points the suite at
a mock started separately (``vaccinnet-bdd serve --empty``); state is then arranged through its
admin API.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
import uvicorn

from mock_portals.app import create_app
from mock_portals.store import DEFAULT_SEED, Store

from .arranger import Arranger, HttpArranger


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated test data")
    parser.addoption("--mock-url", default=None, help="alias of --base-url: a mock started separately")


def external_mock(config: pytest.Config) -> str | None:
    url: str | None = config.getoption("base_url", default=None) or config.getoption("--mock-url")
    return url.rstrip("/") if url else None


def pytest_configure(config: pytest.Config) -> None:
    workers = config.getoption("numprocesses", default=None)
    if external_mock(config) and workers not in (None, 0, 1):
        # One mock, one state: parallel workers would reset each other's scenarios.
        raise pytest.UsageError("--base-url shares one mock: run it on one worker (-n 0), or use shards")


def serve_in_thread(store: Store) -> tuple[str, uvicorn.Server, threading.Thread]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # Without it, a response written in two parts waits for the client's delayed ACK: 40 ms a request.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mock-portals", daemon=True)
    thread.start()
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server, thread


@pytest.fixture(scope="session")
def mock_url(pytestconfig: pytest.Config) -> Iterator[str]:
    external = external_mock(pytestconfig)
    if external:
        yield external
        return
    url, server, thread = serve_in_thread(Store(seed=pytestconfig.getoption("--seed")))
    yield url
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def base_url(mock_url: str) -> str:
    """Overrides pytest-base-url: Playwright's pages resolve relative URLs against the mock."""
    return mock_url


@pytest.fixture(scope="session")
def arranger(mock_url: str) -> Iterator[Arranger]:
    api = HttpArranger(mock_url)
    yield api
    api.close()


@pytest.fixture
def fresh_state(arranger: Arranger, pytestconfig: pytest.Config) -> None:
    """An empty store with the run's seed: each scenario arranges exactly what it needs."""
    arranger.reset(pytestconfig.getoption("--seed"))
