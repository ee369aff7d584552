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
from playwright.sync_api import Page
from pydantic import BaseModel

from mock_portals import arrange as ops
from mock_portals.arrange import Operation, Portal

from .arranger import Arranger
from .identities import random_insz
from .on_target import OnTarget
from .people import People

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
        """Arrange ``operation`` with these fields (codes where the mock has codes). On a target,
        which has nothing to arrange with, the scenario is not executable there."""
        if self.arranger is None:  # only on a target is there nothing to arrange with
            assert self.target is not None
            self.target.cannot("vraagt een toestand die enkel de mock kan klaarzetten")
        return self.arranger.run(operation.model_validate(fields))

    def __init__(
        self,
        arranger: Arranger | None,
        seed: int,
        host: str,
        codes: Codes,
        target: OnTarget | None = None,
        people: People | None = None,
    ) -> None:
        self.arranger = arranger
        self.target = target
        self.codes = codes
        self.rng = random.Random(seed)
        self.host = host
        self.persons: dict[str, Person] = {}
        self.organisations: dict[str, Organisation] = {}
        self._secrets: dict[str, tuple[str, str, str]] = {}  # person -> user name, password, TOTP secret
        self.people = people  # the browser of each person, in a scenario

    def code(self, what: str, name: str) -> str:
        """The arrange API's code for the ``what`` the Gherkin calls ``name``."""
        names = self.codes[what]
        try:
            return names[name]
        except KeyError:
            raise ValueError(f"onbekende {what} {name!r}; gekend: {', '.join(names)}") from None

    def person(self, name: str, *, insz: str | None = None, profession: str | None = None) -> Person:
        """The person called ``name``; created with a generated INSZ unless ``insz`` is given. On a
        target: the persona of that name, claimed for this scenario."""
        if self.target is not None and insz is None and profession is None and name not in self.persons:
            persona = self.target.persona(name)
            self.persons[name] = Person(name, persona.insz, persona.email or "")
        if name not in self.persons:
            first, _, last = name.partition(" ")
            record = self.run(
                ops.AddPerson, first_name=first, last_name=last or "Testpersoon", insz=insz, profession=profession
            )
            self.persons[name] = Person(name, record.insz, record.email, record.riziv)
        elif insz is not None or profession is not None:
            raise ValueError(f"{name} bestaat al in dit scenario: geef het INSZ of beroep bij de eerste vermelding")
        return self.persons[name]

    def without_rights(self, name: str) -> Person:
        """A person without any role or access in an organisation (on a target: the file gives none)."""
        person = self.person(name)
        if self.target is not None:
            self.target.check_without_rights(name)
        return person

    def changed(self, what: str, portal: Portal, undo: Callable[[Page], bool]) -> None:
        """A step changes the portals (its scenario is tagged @wijzigt). On a target, ``undo`` puts
        back what was there when the scenario ends, in a new browser of whoever acted (logged in at
        ``portal``), if the change happened (True: it did); the mock starts afresh and needs none."""
        if self.target is not None:
            assert self.people is not None and self.people.acting is not None, f"{what}: door wie?"
            self.target.changed(what, self.people.acting, portal, undo)

    def changing(self, what: str, portal: Portal, prepare: Callable[[], Callable[[Page], bool] | None]) -> None:
        """As ``changed``, for an undo that must first read what is there: ``prepare`` reads it (on a target
        only; the mock starts afresh) and gives the undo, or None when there is nothing to put back."""
        if self.target is not None and (undo := prepare()) is not None:
            self.changed(what, portal, undo)

    def irreversible(self, what: str) -> None:
        """Before a change that no screen can undo: on a target the scenario is not executable."""
        if self.target is not None:
            self.target.cannot(f"{what}: dat kan op een doel niet ongedaan gemaakt worden")

    def declared(self, person: str, org: str) -> tuple[str, list[str]]:
        """What ``person`` held in ``org`` before the scenario (e-mail address and applications), to
        put it back: on a target as its file declares; nothing on the mock, which starts afresh."""
        if self.target is None:
            return "", []
        found = self.target.declared(person, org)
        if found is None:
            self.target.cannot(f"vraagt {person} in {org} terug te zetten; het doelbestand zegt niet wat er was")
        return found

    def picker_key(self, key: str) -> None:
        """Before a login with a key other than the app key: on a target, which has no person picker
        and no card reader, the scenario is not executable."""
        if self.target is not None:
            self.target.cannot(f"meldt zich aan met de sleutel {key!r}: op een doel enkel met de mobiele app")

    def person_with_insz(self, name: str, *, year: int | None = None, bis_offset: int = 0) -> Person:
        """A new person whose INSZ this side makes: born in ``year``, or a BIS number."""
        return self.person(name, insz=random_insz(self.rng, year=year, bis_offset=bis_offset))

    def organisation(self, name: str, kind: str = "wachtpost", **roles: str) -> Organisation:
        """The organisation called ``name``, of ``kind`` (a recognition as the manual names it) when it
        is new, with ``roles`` (legal_rep, htb, progezondheid_htb: persons by name; legal_rep_role: as
        ProGezondheid shows it), also when it exists."""
        if self.target is not None:  # the target's own organisation, with the roles checked
            if name not in self.organisations or roles:
                riziv = self.target.check_organisation(name, kind, dict(roles), self.code)
                self.organisations[name] = Organisation(name, riziv)
            return self.organisations[name]
        fields = {key: self.person(value).insz for key, value in roles.items() if key != "legal_rep_role"}
        if "legal_rep_role" in roles:
            fields["legal_rep_role"] = self.code("rol in ProGezondheid", roles["legal_rep_role"])
        if name not in self.organisations:
            record = self.run(ops.AddOrganisation, kind=self.code("soort", kind), name=name, **fields)
            self.organisations[name] = Organisation(record.name, record.riziv)
        elif fields:
            self.run(ops.ChangeOrganisation, riziv=self.organisations[name].riziv, **fields)
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
        if self.target is not None:
            type, status = type or self._default("type"), status or self._default("status")
            self.target.check_member(person, org, type, status, applications, self.code)
            return
        self.run(
            ops.AddMembership,
            org=organisation.riziv,
            insz=found.insz,
            **({"type": self.code("type", type)} if type else {}),
            **({"status": self.code("status", status)} if status else {}),
            applications=[self.code("beveiligde toepassing", app) for app in applications],
        )

    def _default(self, what: str) -> str:
        """The Gherkin's word for the code a membership has when the step names none."""
        default = ops.AddMembership.model_fields[what].default
        return next(word for word, code in self.codes[what].items() if code == default)

    def added_user(self, manager: str, person: str, org: str, applications: Sequence[str]) -> None:
        """``manager`` added ``person`` as a user of ``org``: the portal's own operation, as ``manager``,
        with its checks (``manager`` must manage ``org``)."""
        organisation, actor, found = self.organisation(org), self.person(manager), self.person(person)
        apps = [self.code("beveiligde toepassing", app) for app in applications]
        self.run(
            ops.AddUser, actor=actor.insz, org=organisation.riziv, insz=found.insz, email=found.email, applications=apps
        )

    def deleted_users(self, manager: str, persons: Sequence[str], org: str) -> None:
        """``manager`` deleted ``persons`` from ``org``: the portal's own operation, as ``manager``."""
        organisation, actor = self.organisation(org), self.person(manager)
        self.run(
            ops.DeleteUsers, actor=actor.insz, org=organisation.riziv, selection=[self.person(p).insz for p in persons]
        )

    def change_status(self, person: str, org: str, status: str) -> None:
        """The member's status becomes ``status`` (as the user list shows it)."""
        organisation, found = self.organisation(org), self.person(person)
        self.run(ops.ChangeStatus, org=organisation.riziv, insz=found.insz, status=self.code("status", status))

    def forbid_ordering(self, org: str) -> None:
        """The organisation may not order vaccines."""
        self.run(ops.ChangeOrganisation, riziv=self.organisation(org).riziv, may_order=False)

    def appoint_manager(self, person: str, role: str, domain: str, org: str) -> None:
        """What the HTB of ``org`` does in BTB (on a target: checked in the file and UMAN, as LB or Co-LB)."""
        found, organisation = self.person(person), self.organisation(org)
        if self.target is not None:
            return self.target.check_manager(person, org, role, domain, self.code)
        self.run(
            ops.AppointManager,
            org=organisation.riziv,
            insz=found.insz,
            role=self.code("rol", role),
            domain=self.code("domein", domain),
            email=found.email,
        )

    def pass_time(self, seconds: float) -> None:
        """The portals' clock moves on (on a target, whose clock no one turns, not executable)."""
        if self.target is not None:
            self.target.cannot("verzet de klok: dat kan enkel op de mock")
        self.run(ops.AdvanceClock, seconds=float(seconds))

    def set_clock(self, moment: float) -> None:
        """The portals' clock shows ``moment`` (seconds since the epoch); on a target nothing changes."""
        if self.target is None:
            now = self.run(ops.AdvanceClock, seconds=0.0).now
            self.run(ops.AdvanceClock, seconds=moment - now)

    def extra_users(self, org: str, count: int, applications: list[str]) -> None:
        """``count`` users more, whose names the mock chooses."""
        riziv = self.organisation(org).riziv
        apps = [self.code("beveiligde toepassing", app) for app in applications]
        for _ in range(count):
            insz = self.run(ops.AddPerson).insz
            self.run(ops.AddMembership, org=riziv, insz=insz, applications=apps)

    def credentials(self, person: str) -> tuple[str, str, str]:
        """User name, password and the code an authenticator app shows now, for the CSAM key
        "beveiligingscode via mobiele app": made for ``person`` on first use; on a target, the persona's
        own, read from the environment variables the target file names."""
        if self.target is not None:
            return self.target.credentials(person)
        if person not in self._secrets:
            found = self.person(person)
            username = ".".join(person.lower().split())
            password = "".join(self.rng.choices(string.ascii_letters + string.digits, k=16))
            secret = "".join(self.rng.choices(BASE32, k=32))
            self.run(ops.AddCredentials, insz=found.insz, username=username, password=password, secret=secret)
            self._secrets[person] = (username, password, secret)
        username, password, secret = self._secrets[person]
        return username, password, pyotp.TOTP(secret).now()

    def log_in(self, page: Page, person: str, portal: Portal) -> None:
        """Log ``person`` in at ``portal`` in the browser of ``page``, as after a login through CSAM
        (on a target: through the portal's login and CSAM, with the persona's app key)."""
        if self.target is not None:
            self.target.log_in(page, person, portal)
            return
        insz = self.person(person).insz
        cookies = [self.run(ops.OpenSession, portal=p, insz=insz) for p in ("csam", portal)]
        page.context.add_cookies(
            [{"name": c.name, "value": c.value, "path": c.path, "domain": self.host} for c in cookies]
        )

    def signed_in(self, person: str, portal: Portal) -> Page:
        """``person``'s own browser, logged in at ``portal``: from now on ``person`` acts."""
        assert self.people is not None, "enkel in een scenario heeft elke persoon een browser"
        page = self.people.of(person)
        self.log_in(page, person, portal)
        return page
