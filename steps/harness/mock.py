"""The mock portals under test: one in-process server per worker, or one started elsewhere.

Each pytest(-xdist) worker starts its own uvicorn server on a port the OS picks, on a socket
that is bound and listening before the server thread starts, so the first request never races
the start-up. ``--mock-url`` points the suite at a mock started separately (``vaccinnet-bdd
serve --empty``); state is then arranged through the same admin API.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx2 as httpx
import pytest
import uvicorn

from mock_portals.app import create_app
from mock_portals.store import DEFAULT_SEED, Store

if TYPE_CHECKING:
    from playwright._impl._api_structures import SetCookieParam  # the type of BrowserContext.add_cookies


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated test data")
    parser.addoption("--mock-url", default=None, help="use a mock started separately instead of an embedded one")


def pytest_configure(config: pytest.Config) -> None:
    workers = config.getoption("numprocesses", default=None)
    if config.getoption("--mock-url") and workers not in (None, 0, 1):
        # One mock, one state: parallel workers would reset each other's scenarios.
        raise pytest.UsageError("--mock-url shares one mock: run it on one worker (-n 0), or use shards")


class AdminApi:
    """The mock's admin API: how Gegeven steps arrange state without a browser."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url + "/__admin", timeout=10)

    def _post(self, path: str, method: str = "POST", **body: Any) -> dict[str, Any]:
        response = self.http.request(method, path, json={k: v for k, v in body.items() if v is not None})
        if response.status_code != 200:
            raise AssertionError(f"admin API {path} refused {body}: {response.text}")
        result: dict[str, Any] = response.json()
        return result

    def reset(self, seed: int) -> None:
        self._post("/reset", seed=seed)

    def add_person(self, first_name: str | None, last_name: str | None, **extra: Any) -> dict[str, Any]:
        """A person; without names, Faker chooses them."""
        return self._post("/persons", first_name=first_name, last_name=last_name, **extra)

    def add_organisation(self, type_key: str, name: str, **extra: Any) -> dict[str, Any]:
        return self._post("/organisations", type_key=type_key, name=name, **extra)

    def add_membership(self, org: str, insz: str, **extra: Any) -> dict[str, Any]:
        return self._post("/memberships", org=org, insz=insz, **extra)

    def update_organisation(self, riziv: str, **changes: Any) -> dict[str, Any]:
        return self._post(f"/organisations/{riziv}", method="PATCH", **changes)

    def remove_membership(self, org: str, insz: str) -> None:
        self._post("/memberships", method="DELETE", org=org, insz=insz)

    def set_status(self, org: str, insz: str, status: str) -> None:
        self._post("/memberships", method="PATCH", org=org, insz=insz, status=status)

    def add_manager(self, org: str, insz: str, role: str, domain: str, email: str) -> dict[str, Any]:
        return self._post("/managers", org=org, insz=insz, role=role, domain=domain, email=email)

    def session_cookie(self, portal: str, insz: str) -> SetCookieParam:
        """A logged-in session of ``portal`` ("csam", "vaccinnet", ...) as a Playwright cookie."""
        cookie = self._post("/sessions", portal=portal, insz=insz)
        host = httpx.URL(str(self.http.base_url)).host
        return {"name": cookie["name"], "value": cookie["value"], "path": cookie["path"], "domain": host}

    def state(self) -> dict[str, Any]:
        result: dict[str, Any] = self.http.get("/state").raise_for_status().json()
        return result

    def close(self) -> None:
        self.http.close()


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
    external: str | None = pytestconfig.getoption("--mock-url")
    if external:
        yield external.rstrip("/")
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
def admin(mock_url: str) -> Iterator[AdminApi]:
    api = AdminApi(mock_url)
    yield api
    api.close()


@pytest.fixture
def fresh_state(admin: AdminApi, pytestconfig: pytest.Config) -> None:
    """An empty store with the run's seed: each scenario arranges exactly what it needs."""
    admin.reset(pytestconfig.getoption("--seed"))
