"""A scenario on the mock: every part plays itself, and a Gegeven step arranges its state at once.

A person or organisation is made on its first mention, through the arrange operations of the mock
(``mock_portals.arrange``); what a person did before the scenario (added or deleted a user) is the
portal's own operation, run as that person, with its checks. A scenario that changes the portals
must say so (@wijzigt): the mock's state as it starts to act is compared with its state at the end.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable, Sequence
from typing import TypeVar

import pyotp
from playwright.sync_api import Page
from pydantic import BaseModel

from mock_portals import arrange as ops
from mock_portals.arrange import Operation
from mock_portals.arrange.records import StateRecord

from .arranger import Arranger
from .cast_model import Member, PersonNeeds, Seen
from .identities import random_insz
from .parts import Organisation, Person
from .people import People
from .stage import CHANGES

R = TypeVar("R", bound=BaseModel)
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
PICKER_KEY = "eID"  # the key a login uses when the scenario names none: the practice person picker


class MockScene:
    """One scenario on the mock (``people``: the browser of each person; none for a tool that only arranges)."""

    def __init__(self, arranger: Arranger, seed: int, host: str, people: People | None = None) -> None:
        self.arranger = arranger
        self.people = people
        self.rng = random.Random(seed)
        self.host = host
        self.persons: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}
        self._secrets: dict[str, tuple[str, str, str]] = {}  # person -> user name, password, TOTP secret
        self._changes = False
        self.notes: list[str] = []
        self._before: StateRecord | None = None

    def run(self, operation: type[Operation[R]], **fields: object) -> R:
        return self.arranger.run(operation.model_validate(fields))

    def expect(self, persons: set[str], orgs: set[str], changes: bool, seen: Seen) -> None:
        self._changes = changes  # on the mock every part is made on its first mention

    def curtain(self) -> None:
        if self._before is None:  # the state as the scenario starts to act, after all arranging
            self._before = self.arranger.run(ops.ReadState())

    def shown(self) -> dict[str, str]:
        return {}  # every part plays itself

    def end(self) -> None:
        """A scenario that changes what it found must say so (@wijzigt): on a shared acceptance
        environment it runs only with --allow-changes, and undoes what it did."""
        if self._before is not None and not self._changes and self.arranger.run(ops.ReadState()) != self._before:
            raise AssertionError(f"dit scenario wijzigt de portalen maar draagt geen tag @{CHANGES}")

    # --- Gegeven -----------------------------------------------------------------------------

    def exists(self, person: str, needs: PersonNeeds, year: int | None = None) -> None:
        if person in self.persons:
            raise ValueError(f"{person} bestaat al in dit scenario: zeg wie hij is bij de eerste vermelding")
        if needs.insz is not None:
            self._add_person(person, insz=needs.insz)
        elif needs.profession is not None:
            self._add_person(person, profession=needs.profession)
        else:
            self._add_person(person, insz=random_insz(self.rng, year=year, bis_offset=needs.bis or 0))

    def _add_person(self, name: str, **fields: object) -> Person:
        first, _, last = name.partition(" ")
        record = self.run(ops.AddPerson, first_name=first, last_name=last or "Testpersoon", **fields)
        self.persons[name] = Person(name, record.insz, record.email, record.riziv)
        return self.persons[name]

    def without_rights(self, person: str) -> None:
        self.person(person)  # a new person has none

    def organisation(self, org: str, kind: str, roles: dict[str, str], rep_role: str | None) -> None:
        fields: dict[str, object] = {key: self.person(value).insz for key, value in roles.items()}
        if rep_role is not None:
            fields["legal_rep_role"] = rep_role
        if org not in self.organisations:
            record = self.run(ops.AddOrganisation, kind=kind, name=org, **fields)
            self.organisations[org] = Organisation(record.name, record.riziv)
        elif fields:
            self.run(ops.ChangeOrganisation, riziv=self.organisations[org].riziv, **fields)

    def member(self, person: str, org: str, kind: str, member: Member) -> None:
        self.organisation(org, kind, {}, None)
        riziv, insz = self.organisations[org].riziv, self.person(person).insz
        self.run(
            ops.AddMembership,
            org=riziv,
            insz=insz,
            type=member.type,
            status=member.status,
            applications=sorted(member.apps),
        )

    def manager(self, person: str, org: str, role: str, domain: str) -> None:
        found, riziv = self.person(person), self.organisation_named(org).riziv
        self.run(ops.AppointManager, org=riziv, insz=found.insz, role=role, domain=domain, email=found.email)

    def added(self, manager: str, person: str, org: str, apps: frozenset[str]) -> None:
        riziv, actor, found = self.organisation_named(org).riziv, self.person(manager), self.person(person)
        self.run(
            ops.AddUser, actor=actor.insz, org=riziv, insz=found.insz, email=found.email, applications=sorted(apps)
        )

    def deleted(self, manager: str, persons: Sequence[str], org: str) -> None:
        riziv, actor = self.organisation_named(org).riziv, self.person(manager)
        self.run(ops.DeleteUsers, actor=actor.insz, org=riziv, selection=[self.person(p).insz for p in persons])

    def status(self, person: str, org: str, status: str) -> None:
        riziv, insz = self.organisation_named(org).riziv, self.person(person).insz
        self.run(ops.ChangeStatus, org=riziv, insz=insz, status=status)

    def may_not_order(self, org: str) -> None:
        self.run(ops.ChangeOrganisation, riziv=self.organisation_named(org).riziv, may_order=False)

    def extra_users(self, org: str, count: int, apps: list[str]) -> None:
        riziv = self.organisation_named(org).riziv
        for _ in range(count):
            self.run(ops.AddMembership, org=riziv, insz=self.run(ops.AddPerson).insz, applications=apps)

    def pass_time(self, seconds: float) -> None:
        self.run(ops.AdvanceClock, seconds=float(seconds))

    def set_clock(self, moment: float) -> None:
        now = self.run(ops.AdvanceClock, seconds=0.0).now
        self.run(ops.AdvanceClock, seconds=moment - now)

    def arrive(self, person: str, portal: str, then: Callable[[Page], None]) -> None:
        then(self.signed_in(person, portal))

    # --- Als and Dan -------------------------------------------------------------------------

    def person(self, person: str) -> Person:
        return self.persons.get(person) or self._add_person(person)

    def organisation_named(self, org: str) -> Organisation:
        if org not in self.organisations:
            self.organisation(org, "wachtpost", {}, None)
        return self.organisations[org]

    def credentials(self, person: str) -> tuple[str, str, str]:
        """Made for the person on first use; the code is the one her app shows now."""
        if person not in self._secrets:
            found = self.person(person)
            username = ".".join(person.lower().split())
            password = "".join(self.rng.choices(string.ascii_letters + string.digits, k=16))
            secret = "".join(self.rng.choices(BASE32, k=32))
            self.run(ops.AddCredentials, insz=found.insz, username=username, password=password, secret=secret)
            self._secrets[person] = (username, password, secret)
        username, password, secret = self._secrets[person]
        return username, password, pyotp.TOTP(secret).now()

    def log_in(self, page: Page, person: str, portal: str) -> None:
        """As after a login through CSAM: a session of CSAM and of the portal, made in the mock."""
        insz = self.person(person).insz
        cookies = [self.run(ops.OpenSession, portal=p, insz=insz) for p in ("csam", portal)]
        page.context.add_cookies(
            [{"name": c.name, "value": c.value, "path": c.path, "domain": self.host} for c in cookies]
        )

    def signed_in(self, person: str, portal: str) -> Page:
        assert self.people is not None, "enkel in een scenario heeft elke persoon een browser"
        page = self.people.of(person)
        self.log_in(page, person, portal)
        return page

    def key(self, asked: str | None, person: str) -> str:
        if asked is None:
            self.notes.append(f"aangemeld met de sleutel '{PICKER_KEY}': de testpersoon gekozen op de mock")
        return asked or PICKER_KEY

    def changed(self, what: str, portal: str, undo: Callable[[Page], bool]) -> None:
        return None  # the mock starts afresh for every scenario

    def changing(self, what: str, portal: str, prepare: Callable[[], Callable[[Page], bool] | None]) -> None:
        return None

    def irreversible(self, what: str) -> None:
        return None

    def declared(self, person: str, riziv: str) -> tuple[str, list[str]]:
        return "", []  # nothing to put back: the next scenario starts afresh
