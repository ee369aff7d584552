"""Who and what a scenario talks about: the names in the Gherkin, and their records in the mock.

The Gherkin names things as the manual and the pages do ("Geblokkeerd", "Toegangsbeheerder",
"Vaccinnet Consultatie en Registratie"); the arrange operations take the mock's codes. The step
library maps one to the other in one place and hands the map over as the ``mock_codes`` fixture;
this module only looks words up in it.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import pyotp
import pytest
from playwright.sync_api import Page
from pydantic import BaseModel
from pytest_playwright.pytest_playwright import CreateContextCallback

from mock_portals.arrange import (
    AddCredentials,
    AddMembership,
    AddOrganisation,
    AddPerson,
    AppointManager,
    ChangeOrganisation,
    ChangeStatus,
    OpenSession,
    Operation,
    Portal,
    RemoveMembership,
)

from .arranger import Arranger
from .identities import random_insz

R = TypeVar("R", bound=BaseModel)
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


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


Codes = Mapping[str, Mapping[str, str]]  # what ("status", "rol", ...) -> the Gherkin's word -> the mock's code


class World:
    """The persons and organisations of one scenario, created in the mock on first mention."""

    def run(self, operation: type[Operation[R]], **fields: object) -> R:
        """Arrange ``operation`` with these fields (codes where the mock has codes)."""
        return self.arranger.run(operation.model_validate(fields))

    def __init__(self, arranger: Arranger, seed: int, host: str, codes: Codes) -> None:
        self.arranger = arranger
        self.codes = codes
        self.rng = random.Random(seed)
        self.host = host
        self.persons: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}
        self._secrets: dict[str, tuple[str, str, str]] = {}  # person -> user name, password, TOTP secret

    def code(self, what: str, name: str) -> str:
        """The arrange API's code for the ``what`` the Gherkin calls ``name``."""
        names = self.codes[what]
        try:
            return names[name]
        except KeyError:
            raise ValueError(f"onbekende {what} {name!r}; gekend: {', '.join(names)}") from None

    def person(self, name: str, *, insz: str | None = None, profession: str | None = None) -> Person:
        """The person called ``name``; created with a generated INSZ unless ``insz`` is given."""
        if name not in self.persons:
            first, _, last = name.partition(" ")
            record = self.run(
                AddPerson, first_name=first, last_name=last or "Testpersoon", insz=insz, profession=profession
            )
            self.persons[name] = Person(name, record.insz, record.email, record.riziv)
        elif insz is not None or profession is not None:
            raise ValueError(f"{name} bestaat al in dit scenario: geef het INSZ of beroep bij de eerste vermelding")
        return self.persons[name]

    def person_with_insz(self, name: str, *, year: int | None = None, bis_offset: int = 0) -> Person:
        """A new person whose INSZ this side makes: born in ``year``, or a BIS number."""
        return self.person(name, insz=random_insz(self.rng, year=year, bis_offset=bis_offset))

    def organisation(self, name: str, kind: str = "wachtpost", **roles: str) -> Organisation:
        """The organisation called ``name``, of ``kind`` (a recognition as the manual names it) when it
        is new, with ``roles`` (legal_rep, htb, progezondheid_htb: persons by name; legal_rep_role: as
        ProGezondheid shows it), also when it exists."""
        fields = {key: self.person(value).insz for key, value in roles.items() if key != "legal_rep_role"}
        if "legal_rep_role" in roles:
            fields["legal_rep_role"] = self.code("rol in ProGezondheid", roles["legal_rep_role"])
        if name not in self.organisations:
            record = self.run(AddOrganisation, kind=self.code("soort", kind), name=name, **fields)
            self.organisations[name] = Organisation(record.name, record.riziv)
        elif fields:
            self.run(ChangeOrganisation, riziv=self.organisations[name].riziv, **fields)
        return self.organisations[name]

    def member(
        self,
        person: str,
        org: str,
        kind: str = "wachtpost",
        *,
        type: str | None = None,
        status: str | None = None,
        applications: Sequence[str] = (),
    ) -> None:
        """``person`` becomes a member of ``org`` in the eHealth access management: of ``type`` (the
        mock's default, a user, when None), with ``status`` (the mock's default, active, when None)."""
        organisation, found = self.organisation(org, kind), self.person(person)
        self.run(
            AddMembership,
            org=organisation.riziv,
            insz=found.insz,
            **({"type": self.code("type", type)} if type else {}),
            **({"status": self.code("status", status)} if status else {}),
            applications=[self.code("beveiligde toepassing", app) for app in applications],
        )

    def remove_member(self, person: str, org: str) -> None:
        self.run(RemoveMembership, org=self.organisation(org).riziv, insz=self.person(person).insz)

    def change_status(self, person: str, org: str, status: str) -> None:
        """The member's status becomes ``status`` (as the user list shows it)."""
        organisation, found = self.organisation(org), self.person(person)
        self.run(ChangeStatus, org=organisation.riziv, insz=found.insz, status=self.code("status", status))

    def forbid_ordering(self, org: str) -> None:
        """The organisation may not order vaccines."""
        self.run(ChangeOrganisation, riziv=self.organisation(org).riziv, may_order=False)

    def appoint_manager(self, person: str, role: str, domain: str, org: str) -> None:
        """What the HTB of ``org`` does in the Beheer der Toegangsbeheerders."""
        found = self.person(person)
        self.run(
            AppointManager,
            org=self.organisation(org).riziv,
            insz=found.insz,
            role=self.code("rol", role),
            domain=self.code("domein", domain),
            email=found.email,
        )

    def extra_users(self, org: str, count: int, applications: list[str]) -> None:
        """``count`` users more, whose names the mock chooses."""
        riziv = self.organisation(org).riziv
        apps = [self.code("beveiligde toepassing", app) for app in applications]
        for _ in range(count):
            insz = self.run(AddPerson).insz
            self.run(AddMembership, org=riziv, insz=insz, applications=apps)

    def credentials(self, person: str) -> tuple[str, str, str]:
        """User name, password and the code an authenticator app shows now, for the CSAM key
        "beveiligingscode via mobiele app": made for ``person`` on first use."""
        if person not in self._secrets:
            found = self.person(person)
            username = ".".join(person.lower().split())
            password = "".join(self.rng.choices(string.ascii_letters + string.digits, k=16))
            secret = "".join(self.rng.choices(BASE32, k=32))
            self.run(AddCredentials, insz=found.insz, username=username, password=password, secret=secret)
            self._secrets[person] = (username, password, secret)
        username, password, secret = self._secrets[person]
        return username, password, pyotp.TOTP(secret).now()

    def log_in(self, page: Page, person: str, portal: Portal) -> None:
        """Log ``person`` in at ``portal`` in the browser of ``page``, as after a login through CSAM."""
        insz = self.person(person).insz
        cookies = [self.run(OpenSession, portal=p, insz=insz) for p in ("csam", portal)]
        page.context.add_cookies(
            [{"name": c.name, "value": c.value, "path": c.path, "domain": self.host} for c in cookies]
        )


@pytest.fixture
def world(
    arranger: Arranger, fresh_state: None, pytestconfig: pytest.Config, mock_url: str, mock_codes: Codes
) -> World:
    host = mock_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    return World(arranger, pytestconfig.getoption("--seed"), host, mock_codes)


@pytest.fixture
def page_as(new_context: CreateContextCallback, world: World) -> Callable[[str, Portal], Page]:
    """A page in a browser of its own, where ``person`` is logged in at ``portal``: a second person."""

    def open_as(person: str, portal: Portal) -> Page:
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
