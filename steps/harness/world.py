"""Who and what a scenario talks about: the names in the Gherkin, and their records in the mock."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import Page
from pytest_playwright.pytest_playwright import CreateContextCallback

from .arranger import Arranger
from .identities import random_insz

# The portals a person can be logged in at, each with a session of its own (CSAM gives the identity).
PORTALS = ("csam", "vaccinnet", "btb", "uman", "progezondheid", "registratie")


@dataclass(frozen=True)
class Person:
    name: str
    insz: str
    email: str
    riziv: str | None = None  # an individual care provider's own 11-digit number


@dataclass(frozen=True)
class Organisation:
    name: str
    riziv: str  # the 8 digits of the RIZIV entity


class World:
    """The persons and organisations of one scenario, created in the mock on first mention."""

    def __init__(self, arranger: Arranger, seed: int, host: str) -> None:
        self.arranger = arranger
        self.rng = random.Random(seed)
        self.host = host
        self.persons: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}

    def person(self, name: str, *, insz: str | None = None, profession: str | None = None) -> Person:
        """The person called ``name``; created with a generated INSZ unless ``insz`` is given."""
        if name not in self.persons:
            first, _, last = name.partition(" ")
            record = self.arranger.add_person(
                first, last or "Testpersoon", insz=insz, profession=profession and profession.capitalize()
            )
            self.persons[name] = Person(name, record.insz, record.email, record.riziv)
        elif insz is not None or profession is not None:
            raise ValueError(f"{name} bestaat al in dit scenario: geef het INSZ of beroep bij de eerste vermelding")
        return self.persons[name]

    def person_with_insz(self, name: str, *, year: int | None = None, bis_offset: int = 0) -> Person:
        """A new person whose INSZ this side makes: born in ``year``, or a BIS number."""
        return self.person(name, insz=random_insz(self.rng, year=year, bis_offset=bis_offset))

    def organisation(self, name: str, kind: str = "wachtpost", **roles: str | None) -> Organisation:
        """The organisation called ``name``, of ``kind`` (a type key) when it is new; ``roles``
        (legal_rep, legal_rep_role, htb, progezondheid_htb: INSZ numbers) are set, also when it exists."""
        if name not in self.organisations:
            record = self.arranger.add_organisation(kind, name, **roles)
            self.organisations[name] = Organisation(record.name, record.riziv)
        elif roles:
            self.arranger.update_organisation(self.organisations[name].riziv, **roles)
        return self.organisations[name]

    def member(
        self,
        person: str,
        org: str,
        kind: str = "wachtpost",
        *,
        type: str = "USER",
        status: str = "Actief",
        applications: list[str] | None = None,
    ) -> None:
        """``person`` becomes a user (or LB, Co-LB) of ``org`` in the eHealth access management."""
        organisation, found = self.organisation(org, kind), self.person(person)
        self.arranger.add_membership(
            organisation.riziv, found.insz, type=type, status=status, applications=applications
        )

    def extra_users(self, org: str, count: int, applications: list[str]) -> None:
        """``count`` users more, whose names the mock chooses."""
        riziv = self.organisation(org).riziv
        for _ in range(count):
            self.arranger.add_membership(riziv, self.arranger.add_person().insz, applications=applications)

    def log_in(self, page: Page, person: str, portal: str) -> None:
        """Log ``person`` in at ``portal`` in the browser of ``page``, as after a login through CSAM."""
        insz = self.person(person).insz
        cookies = [self.arranger.session(p, insz) for p in ("csam", portal)]
        page.context.add_cookies(
            [{"name": c.name, "value": c.value, "path": c.path, "domain": self.host} for c in cookies]
        )


@pytest.fixture
def world(arranger: Arranger, fresh_state: None, pytestconfig: pytest.Config, mock_url: str) -> World:
    host = mock_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return World(arranger, pytestconfig.getoption("--seed"), host)


@pytest.fixture
def page_as(new_context: CreateContextCallback, world: World) -> Callable[[str, str], Page]:
    """A page in a browser of its own, where ``person`` is logged in at ``portal``: a second person."""

    def open_as(person: str, portal: str) -> Page:
        page = new_context().new_page()
        world.log_in(page, person, portal)
        return page

    return open_as


@pytest.fixture
def browser_of(new_context: CreateContextCallback) -> Callable[[str], Page]:
    """The page of each person's own browser, opened on first use: several people, each at their screen."""
    pages: dict[str, Page] = {}

    def page_of(person: str) -> Page:
        if person not in pages:
            pages[person] = new_context().new_page()
        return pages[person]

    return page_of
