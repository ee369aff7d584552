"""A scenario on an acceptance environment: its parts cast, their state arranged through the screens.

The Gegeven steps only declare what the scenario's parts must be (``Wanted``); nothing touches the
target until the curtain rises, before the first Als or Dan step. Then every person the scenario
names is cast onto a distinct account of the target and every organisation onto one of its kind
(``casting``), the accounts and organisations are claimed against other workers, what the target
file declares and the scenario relies on is looked up in UMAN, and what the cast lacks is arranged
through the portals' screens by whoever may (with --allow-changes): a local manager adds a user or
changes her rights, the HTB appoints an access manager. Every change is put back when the scenario
ends, passed or failed, and checked on the screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Page

from .cast_model import ACTIVE, USER, Cast, Change, Member, OrgNeeds, PersonNeeds, Seen, Wanted
from .options import step_timeout
from .outcome import not_executable
from .parts import Organisation, Person, part_of
from .people import People
from .stage import CAST, STEP, Scene
from .target import APP_KEY
from .target_curtain import claimed_cast, look_up_in_uman
from .target_undo import Undo

if TYPE_CHECKING:
    from .target_env import Environment

CHANGING = "het scenario wijzigt het doel (@wijzigt); --allow-changes laat het toe"


class TargetScene(Scene):
    def __init__(self, stage: Environment, request: pytest.FixtureRequest) -> None:
        self.stage, self.request = stage, request
        self.people: People = request.getfixturevalue("people")
        new_context, timeout = request.getfixturevalue("new_context"), step_timeout(request.config)

        def new_page() -> Page:  # arranging, looking up and undoing wait as long as a step
            page: Page = new_context().new_page()
            page.set_default_timeout(timeout)
            return page

        self.new_page: Callable[[], Page] = new_page
        self.wanted = Wanted()
        self.cast: Cast | None = None
        self.arrivals: list[tuple[str, str, Callable[[Page], None]]] = []
        self.undo = Undo(stage.log_in, self.new_page)
        self.changes = False
        self.notes: list[str] = []

    def step(self) -> str:
        return str(self.request.node.stash.get(STEP, "?"))

    def cannot(self, what: str) -> None:
        not_executable(f"de stap '{self.step()}' {what}")

    # --- Gegeven: what the parts must be -------------------------------------------------------

    def expect(self, persons: set[str], orgs: set[str], changes: bool, seen: Seen) -> None:
        if changes and not self.stage.allow_changes:
            not_executable(CHANGING)
        for person in persons:
            self.wanted.persons.setdefault(person, PersonNeeds())
        for org in orgs:
            self.wanted.orgs.setdefault(org, OrgNeeds())
        self.changes, self.wanted.seen = changes, seen

    def exists(self, person: str, needs: PersonNeeds, year: int | None = None) -> None:
        needs.no_rights = self.wanted.persons.get(person, needs).no_rights
        self.wanted.persons[person] = needs

    def without_rights(self, person: str) -> None:
        self.wanted.persons.setdefault(person, PersonNeeds()).no_rights = True

    def organisation(self, org: str, kind: str, roles: dict[str, str], rep_role: str | None) -> None:
        needs = self.wanted.orgs.setdefault(org, OrgNeeds())
        needs.kind = kind
        for role, person in roles.items():
            self.wanted.persons.setdefault(person, PersonNeeds())
            if role == "legal_rep":
                needs.rep = person
            else:  # the HTB, also the one ProGezondheid names (R9)
                needs.htb = person
        needs.rep_role = rep_role or needs.rep_role

    def member(self, person: str, org: str, kind: str, member: Member) -> None:
        self.wanted.orgs.setdefault(org, OrgNeeds()).kind = kind
        self.wanted.persons.setdefault(person, PersonNeeds())
        self.wanted.members[(person, org)] = member

    def manager(self, person: str, org: str, role: str, domain: str) -> None:
        self.wanted.persons.setdefault(person, PersonNeeds())
        self.wanted.orgs.setdefault(org, OrgNeeds())
        self.wanted.managers[(person, org)] = (role, domain)

    def added(self, manager: str, person: str, org: str, apps: frozenset[str]) -> None:
        self.wanted.persons.setdefault(manager, PersonNeeds())
        self.member(person, org, self.wanted.orgs.setdefault(org, OrgNeeds()).kind, Member(USER, ACTIVE, apps))

    def deleted(self, manager: str, persons: Sequence[str], org: str) -> None:
        self.wanted.persons.setdefault(manager, PersonNeeds())
        self.wanted.orgs.setdefault(org, OrgNeeds())
        for person in persons:
            self.wanted.persons.setdefault(person, PersonNeeds())
            self.wanted.members.pop((person, org), None)  # what a Gegeven said before: the deletion ended it
            self.wanted.absent.add((person, org))

    def status(self, person: str, org: str, status: str) -> None:
        member = self.wanted.members.get((person, org))
        if member is None:
            raise ValueError(f"{person} is geen lid van {org}: zeg eerst wat {person} daar is")
        self.wanted.members[(person, org)] = Member(member.type, status, member.apps)

    def may_not_order(self, org: str) -> None:
        self.wanted.orgs.setdefault(org, OrgNeeds()).may_order = False

    def extra_users(self, org: str, count: int, apps: list[str]) -> None:
        self.cannot(f"vraagt {count} gebruikers meer in {org}: enkel de mock maakt personen")

    def pass_time(self, seconds: float) -> None:
        self.cannot("verzet de klok: dat kan enkel op de mock")

    def set_clock(self, moment: float) -> None:
        return None  # no one turns a target's clock; a figure shows its own day

    def arrive(self, person: str, portal: str, then: Callable[[Page], None]) -> None:
        self.wanted.persons.setdefault(person, PersonNeeds())
        self.arrivals.append((person, portal, then))

    # --- the curtain -------------------------------------------------------------------------------

    def curtain(self) -> None:
        if self.cast is not None:
            return
        self.cast = claimed_cast(self.stage, self.wanted, self.changes)
        look_up_in_uman(self.stage, self.wanted, self.cast, self.new_page)
        for change in self.cast.changes:
            self.undo.arrange(change, self.stage)
        for person, portal, then in self.arrivals:
            then(self.signed_in(person, portal))
        if shown := self.shown():
            self.request.node.user_properties.append((CAST, shown))

    # --- Als and Dan -------------------------------------------------------------------------------

    def shown(self) -> dict[str, str]:
        return {} if self.cast is None else {**self.cast.persons, **self.cast.orgs}

    def account_of(self, person: str) -> str:
        person = part_of(person)
        if self.cast is None:
            raise AssertionError(f"{person}: wie die persoon speelt, staat pas vast na de Gegeven-stappen")
        if person not in self.cast.persons:
            self.cannot(f"noemt {person!r}, die geen rol kreeg in de rolverdeling")
        return self.cast.persons[person]

    def person(self, person: str) -> Person:
        account = self.stage.account(self.account_of(person))
        return Person(account.name, account.insz, account.email, account.riziv)

    def organisation_named(self, org: str) -> Organisation:
        if self.cast is None or org not in self.cast.orgs:
            raise AssertionError(f"{org}: welke organisatie het speelt, staat pas vast na de Gegeven-stappen")
        found = self.stage.org(self.cast.orgs[org])
        return Organisation(found.name, found.riziv)

    def credentials(self, person: str) -> tuple[str, str, str]:
        return self.stage.credentials(self.account_of(person))

    def log_in(self, page: Page, person: str, portal: str) -> None:
        self.stage.log_in(page, self.account_of(person), portal)

    def signed_in(self, person: str, portal: str) -> Page:
        page = self.people.of(person)
        self.log_in(page, person, portal)
        return page

    def key(self, asked: str | None, person: str) -> str:
        """Only the app key logs in unattended. Where the key does not matter, the person's browser also
        gets the CSAM session the account's last login left, as a person who logged in to CSAM earlier
        today has it: CSAM then lets her in without a key (single sign-on) and no new code is needed."""
        if asked not in (None, APP_KEY):
            self.cannot(f"meldt zich aan met de sleutel {asked!r}: op een doel enkel met {APP_KEY!r}")
        if asked is None:
            account = self.account_of(person)
            self.people.of(person).context.add_cookies(self.stage.claims.session(account))
            self.notes.append(f"aangemeld als {account}, met de sleutel '{APP_KEY}' (of een CSAM-sessie ervan)")
        return APP_KEY

    def changed(self, what: str, portal: str, undo: Callable[[Page], bool]) -> None:
        assert self.people.acting is not None, f"{what}: door wie?"
        self.undo.add(what, self.account_of(self.people.acting), portal, undo)

    def changing(self, what: str, portal: str, prepare: Callable[[], Callable[[Page], bool] | None]) -> None:
        if (undo := prepare()) is not None:
            self.changed(what, portal, undo)

    def irreversible(self, what: str) -> None:
        """A step whose change no screen undoes. In a scenario that changes the portals (@wijzigt) it
        would change the target for good: not executable. In one that changes nothing on the mock it
        can only be refused, as the manual says (the scenario proves the refusal): it runs with
        --allow-changes, the run's consent to what a portal that broke the manual could leave behind."""
        if self.changes:
            self.cannot(f"{what}: dat kan op een doel niet ongedaan gemaakt worden")
        if not self.stage.allow_changes:
            self.cannot(
                f"{what}: een weigering, maar een portaal dat de regel breekt, zou het doel wijzigen;"
                " --allow-changes laat het toe"
            )
        self.notes.append(f"{what}: het scenario verwacht een weigering, zoals op de mock")

    def declared(self, person: str, riziv: str) -> tuple[str, list[str]]:
        account = self.account_of(person)
        where = next(o.name for o in self.stage.declared.orgs if o.riziv == riziv)
        member = self.stage.declared.members.get((account, where))
        if member is None:
            self.cannot(f"vraagt {account} in {where} terug te zetten; het doelbestand zegt niet wat er was")
            raise AssertionError  # not reached
        apps = self.stage.words("beveiligde toepassing", sorted(member.apps))
        return self.stage.account(account).email, apps

    def end(self) -> None:
        try:
            self.undo.all(self.request.node)
            self._keep_sessions()
        finally:
            self.stage.claims.release()

    def _keep_sessions(self) -> None:
        """Each account's CSAM session as its browser has it now, for its next login on this machine."""
        played = self.cast.persons if self.cast is not None else {}
        for person, page in self.people.browsers().items():
            if (account := played.get(part_of(person))) is not None and not page.is_closed():
                self.stage.keep_session(account, page)


__all__ = ["CAST", "CHANGING", "Change", "TargetScene"]
