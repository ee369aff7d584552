from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from mock_portals.app import create_app
from mock_portals.arrange import OpenSession
from mock_portals.domain.errors import Refused
from mock_portals.domain.managers import ManagerDomain
from mock_portals.domain.memberships import Application, MemberType
from mock_portals.domain.orgtypes import RegistrationCategory
from mock_portals.domain.persons import Profession
from mock_portals.store import Store
from mock_portals.texts import Catalogue

CSRF = "proef-token-van-deze-browser"
PROJECT = Path(__file__).resolve().parent.parent
LONG = 10.0  # seconds: a test that took longer (in .test_durations) starts before the others


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The longest tests first, longest at the head, the rest in their order: a worker that takes one
    late would leave the other idle at the end of the run (xdist hands tests out in this order)."""
    durations = PROJECT / ".test_durations"
    took: dict[str, float] = json.loads(durations.read_text()) if durations.is_file() else {}
    items.sort(key=lambda item: -took[item.nodeid] if took.get(item.nodeid, 0.0) > LONG else 0.0)


def suite_addopts() -> str:
    """The suite's own pytest options, from pyproject.toml."""
    options = tomllib.loads((PROJECT / "pyproject.toml").read_text())["tool"]["pytest"]["ini_options"]
    return " ".join(options["addopts"])


def scratch_project(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    features: dict[str, str],
    *,
    conftest: str | None = None,
    addopts: str = "",
) -> None:
    """A throw-away project with its own features/ (and steps in a conftest), run with this
    project's plugin and step library (PYTHONPATH, and the plugin's pytest11 entry point)."""
    monkeypatch.setenv("PYTHONPATH", str(PROJECT))
    pytester.makeini("[pytest]\nbdd_features_base_dir = features\n" + (f"addopts = {addopts}\n" if addopts else ""))
    if conftest is not None:
        pytester.makeconftest(conftest)
    (pytester.path / "features").mkdir()
    for name, text in features.items():
        path = pytester.path / "features" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


class Browser(TestClient):
    """A browser on the mock: on 127.0.0.1, with the CSRF cookie a page with a form gives, which it
    sends back with every form it posts (``data=``), as the portals' own forms do."""

    def __init__(self, app: Any) -> None:
        super().__init__(app, base_url="http://127.0.0.1", follow_redirects=False)
        self.cookies.set("csrf", CSRF)

    def post(self, url: Any, *, data: Any = None, **kwargs: Any) -> Any:
        if isinstance(data, dict):
            data = {"csrf": CSRF, **data}
        return super().post(url, data=data, **kwargs)


@pytest.fixture
def store() -> Store:
    return Store(seed=11)


@pytest.fixture
def client(store: Store) -> TestClient:
    return Browser(create_app(store))


def log_in(client: TestClient, store: Store, portal: str, insz: str) -> None:
    """Give the client a logged-in session of ``portal``, as the CSAM flow would (the arrange operation
    the harness logs in with)."""
    cookie = OpenSession.model_validate({"portal": portal, "insz": insz}).apply(store)
    client.cookies.set(cookie.name, cookie.value, path=cookie.path)


DUTCH = Catalogue()


def said(refused: Refused) -> str:
    """What the pages say for a refusal, in Dutch."""
    return DUTCH.message("nl", refused)


# --- a small world of the domain, for the domain's unit tests ---------------------------------------

REGISTRATION, ORDERING = Application.VACCINNET_REGISTRATION, Application.VACCINNET_ORDERING
EHEALTH, FINANCE = ManagerDomain.EHEALTH, ManagerDomain.FINANCE
GUARD_POST = RegistrationCategory.GUARD_POST


@dataclass
class Leie:
    """WACHTPOST LEIE (678979-21) with its representative Rita, its HTB Piet, its LB Lies and its user
    Ann (85073003328); Bert is known to the Rijksregister but to no organisation."""

    store: Store
    org: str
    rita: str
    piet: str
    lies: str
    ann: str
    bert: str


@pytest.fixture
def w(store: Store) -> Leie:
    rita, piet, lies = store.persons.add("Rita", "Peeters"), store.persons.add("Piet", "Janssens"), store.persons.add()
    ann = store.persons.add("Ann", "Claes", insz="85073003328", female=True)
    bert = store.persons.add("Bert", "Wouters")
    org = store.organisations.add("wachtpost", "WACHTPOST LEIE", riziv="67897921", legal_rep=rita.insz, htb=piet.insz)
    store.memberships.add(org.riziv, lies.insz, type=MemberType.LB)
    store.memberships.add(org.riziv, ann.insz, applications=[REGISTRATION])
    return Leie(store, org.riziv, rita.insz, piet.insz, lies.insz, ann.insz, bert.insz)


def doctor_of(w: Leie) -> str:
    """A doctor (Dirk Dokter) who is a user of the world's organisation, with the registration application."""
    doctor = w.store.persons.add("Dirk", "Dokter", profession=Profession.DOCTOR)
    w.store.memberships.add(w.org, doctor.insz, applications=[REGISTRATION])
    return doctor.insz


def library_step_definitions() -> list[Any]:
    """pytest-bdd's definitions of the step library's steps (the catalogue imports the library first)."""
    from steps import LIBRARY
    from vaccinnet_bdd.harness.internals import step_definitions
    from vaccinnet_bdd.livingdoc import catalogue

    catalogue.entries(LIBRARY)
    return [c for c in step_definitions() if c.step_func.__module__ in LIBRARY]
