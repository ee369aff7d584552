"""The suite on an acceptance environment (``--target=FILE``): what a Gegeven step can do there.

A target has no admin API and is shared. So a Gegeven step there never creates anything: it
checks that the target file declares what the step says (the persona, her organisation, her
rights; a member also as UMAN lists her), and a step that needs state only the mock can arrange (a
BIS number, 12 extra users, a user blocked during the scenario's set-up) makes its scenario
"niet uitvoerbaar op dit doel", with the step and the reason. Scenarios tagged ``@wijzigt`` change
the target: they run only with ``--allow-changes``, and undo their change when they end. A persona
is claimed by one worker at a time (a lock file per persona, also across the processes of several
runs on this machine); nothing ever resets a target.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest
from playwright.sync_api import Page

from mock_portals.domain.memberships import MemberType

from .claims import Claims, PersonaInUse, folder_of
from .options import STEP_LIBRARY
from .target import PORTALS, Persona, Target, TargetError, from_option, ready, vocabulary

NOT_ON_TARGET = "niet uitvoerbaar op dit doel"
MANAGER_IN_UMAN = "type in UMAN van toegangsbeheerder"  # the step library's codes: "<rol> voor <domein>" -> type
CHANGES = "wijzigt"  # the tag of a scenario that changes what it finds
LB = MemberType.LB.value  # the mock's code of a local manager, as the World's codes translate to it
TARGET_KEY = pytest.StashKey[Target | None]()
STEP_KEY = pytest.StashKey[str]()


_PORTALS: dict[str, str] = {}  # on a target: portal -> its address, for this process


def portal_address(path: str) -> str:
    """A portal's page, ``/uman/...``: at that portal's address on the target of this run (portals
    may live on different hosts there); unchanged on the mock, where every portal shares its host."""
    portal, _, rest = path.lstrip("/").partition("/")
    return _PORTALS[portal] + "/" + rest if portal in _PORTALS else path


def addresses(target: Target, base_url: str | None) -> dict[str, str]:
    """Each portal's address on the target (``base_url``, from --base-url, before the file's)."""
    base = base_url or target.portalen.base_url
    return {portal: target.portalen.address(portal, base) for portal in PORTALS}


def use_addresses(target: Target, base_url: str | None) -> None:
    """From now on, in this process, portal pages open at the target's addresses."""
    _PORTALS.update(addresses(target, base_url))


def claims_for(target: Target, base_url: str | None, root: Path | None = None) -> Claims:
    """The claims of this process on the target: shared by every run on this machine against the
    same environment (its name and portal addresses), whichever checkout or file names it."""
    return Claims(folder_of(target.naam, addresses(target, base_url).values(), root))


def target_of(config: pytest.Config) -> Target | None:
    return config.stash.get(TARGET_KEY, None)


def not_on_target(reason: str) -> NoReturn:
    pytest.skip(f"{NOT_ON_TARGET}: {reason}")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """The target file, checked once before any test: its fields, its words, every portal's address
    and every persona's secrets in the environment; else the run stops with one line (exit code 4)."""
    path = from_option(config.getoption("--target"))
    base_url = config.getoption("base_url", default=None)
    try:
        target = ready(path, vocabulary(list(config.getini(STEP_LIBRARY))), base_url) if path else None
    except TargetError as error:
        raise pytest.UsageError(str(error)) from None
    config.stash[TARGET_KEY] = target
    if target is not None:
        use_addresses(target, base_url)
    if path and config.getoption("--tracing", default="off") != "off":
        raise pytest.UsageError(
            "op een doel worden geen traces gemaakt: ze zouden de geheimen van de persona's bevatten"
        )


def pytest_bdd_before_step(request: pytest.FixtureRequest, step: Any) -> None:
    request.node.stash[STEP_KEY] = f"{step.keyword.strip()} {step.name}"


@dataclass(frozen=True)
class Screens:
    """How the World sees a target's screens for its checks: a new browser, and the row of a member."""

    new_page: Callable[[], Page]
    member_row: Callable[[Page, str, str], tuple[str, str] | None]  # page, RIZIV, name -> type, status


class OnTarget:
    """What the World does on a target, for one scenario."""

    def __init__(
        self,
        target: Target,
        claims: Claims,
        step: Callable[[], str],
        sign_in: Callable[[Page, str, str, Callable[[str], tuple[str, str, str]]], None],
        screens: Screens | None = None,
    ) -> None:
        self.target = target
        self.claims = claims
        self.step = step
        self.sign_in = sign_in
        self.screens = screens
        self.undo: list[tuple[str, str, str, Callable[[Page], bool]]] = []  # what, who, where, how

    def changed(self, what: str, person: str, portal: str, undo: Callable[[Page], bool]) -> None:
        """A step is about to change the target: ``undo`` puts it back when the scenario ends, in a
        new browser where ``person`` (who made the change) is logged in at ``portal``. It looks
        first whether the change happened, and says so: True when it put something back."""
        self.undo.append((what, person, portal, undo))

    def undo_all(self, new_page: Callable[[], Page]) -> tuple[list[str], list[str]]:
        """Undo every change of the scenario, the last first: what was put back, and what is left
        behind (with why). A change that never happened is in neither."""
        done: list[str] = []
        left: list[str] = []
        for what, person, portal, undo in reversed(self.undo):
            page = new_page()
            try:
                self.log_in(page, person, portal)
                if undo(page):
                    done.append(what)
            except Exception as error:
                left.append(f"{what} ({type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''})")
            finally:
                page.context.close()
        self.undo.clear()
        return done, left

    def needs(self, texts: Iterable[str], code: Callable[[str, str], str]) -> list[str]:
        """Every persona a scenario with these step texts will claim, by name: those its steps name
        (quoted, also in a list such as "Ann Claes, Bert Wouters"), and the local manager who looks
        a named member of a named organisation up in UMAN, unless this worker saw her there already."""
        words = {w.strip() for quoted in re.findall(r'"([^"]*)"', "\n".join(texts)) for w in quoted.split(",")}
        named = {p.naam for p in self.target.persona if p.naam in words}
        orgs = {o.naam for o in self.target.organisatie if o.naam in words}
        needed = set(named)
        for name in named:
            persona = self.target.persona_named(name)
            for member in persona.lid if persona else []:
                manager = self.local_manager(member.organisatie, code)
                if member.organisatie in orgs and (name, member.organisatie) not in self.claims.listed and manager:
                    needed.add(manager)
        return sorted(needed)

    def claim_all(self, names: Iterable[str]) -> None:
        """Claim these personas now, in the order every worker follows; the scenario's later claims
        find them held. Not executable when one stays in use."""
        try:
            self.claims.claim_all(names)
        except PersonaInUse as busy:
            not_on_target(str(busy))

    def local_manager(self, org: str, code: Callable[[str, str], str]) -> str | None:
        """The first persona the target file declares as a local manager (LB) of ``org``."""
        return next(
            (p.naam for p in self.target.persona for m in p.lid if m.organisatie == org and code("type", m.type) == LB),
            None,
        )

    def declared(self, name: str, org: str) -> tuple[str, list[str]] | None:
        """The persona's e-mail address and applications in ``org``, as the target file declares them."""
        persona = self.target.persona_named(name)
        member = next((m for m in persona.lid if m.organisatie == org), None) if persona else None
        return (persona.email or "", list(member.toepassingen)) if persona and member else None

    def cannot(self, what: str) -> NoReturn:
        """Skip the scenario: its current step needs ``what``, which only an arranger can create."""
        not_on_target(f"de stap '{self.step()}' {what}")

    def persona(self, name: str) -> Persona:
        persona = self.target.persona_named(name)
        if persona is None:
            self.cannot(f"noemt {name!r}, geen persona van het doel")
        try:
            self.claims.claim(name)
        except PersonaInUse as busy:
            not_on_target(str(busy))
        return persona

    def check_without_rights(self, name: str) -> None:
        persona = self.persona(name)
        roles = [o.naam for o in self.target.organisatie if name in (o.vertegenwoordiger, o.hoofdtoegangsbeheerder)]
        if persona.lid or roles:
            self.cannot(f"vraagt dat {name!r} geen rechten heeft; het doelbestand geeft die wel")

    def check_organisation(self, name: str, kind: str, roles: dict[str, str], code: Callable[[str, str], str]) -> str:
        """The organisation's RIZIV number, when the target file declares it as the step says."""
        org = self.target.organisation_named(name)
        if org is None:
            self.cannot(f"noemt organisatie {name!r}, die het doelbestand niet kent")
        if code("soort", org.soort) != code("soort", kind):
            self.cannot(f"vraagt een {kind}, maar {name!r} is op het doel een {org.soort}")
        declared = {"legal_rep": org.vertegenwoordiger, "htb": org.hoofdtoegangsbeheerder}
        declared["progezondheid_htb"] = org.hoofdtoegangsbeheerder
        for role, person in roles.items():
            if role not in declared:
                self.cannot("vraagt een rol in ProGezondheid die enkel de mock kan klaarzetten")
            elif declared[role] != person:
                self.cannot(f"vraagt dat {person!r} die rol heeft in {name!r}; het doelbestand zegt {declared[role]!r}")
            self.persona(person)
        return org.riziv

    def check_member(
        self, name: str, org: str, type: str, status: str, applications: Sequence[str], code: Callable[[str, str], str]
    ) -> None:
        persona = self.persona(name)
        member = next((m for m in persona.lid if m.organisatie == org), None)
        if member is None:
            self.cannot(f"vraagt dat {name!r} lid is van {org!r}; het doelbestand zegt dat niet")
        wanted = (code("type", type), code("status", status), {code("beveiligde toepassing", a) for a in applications})
        found = (
            code("type", member.type),
            code("status", member.status),
            {code("beveiligde toepassing", a) for a in member.toepassingen},
        )
        if wanted != found:
            self.cannot(
                f"vraagt {type}, {status}, {', '.join(applications) or 'geen toepassingen'} in {org!r}; het doelbestand"
                f" zegt {member.type}, {member.status}, {', '.join(member.toepassingen) or 'geen toepassingen'}"
            )
        self.check_listed(name, org, code)

    def check_manager(self, name: str, org: str, role: str, domain: str, code: Callable[[str, str], str]) -> None:
        """An access manager for eHealth, whom UMAN lists as LB (a Toegangsbeheerder) or Co-LB (a
        Co-toegangsbeheerder): the target file declares her so, and UMAN shows her so."""
        self.persona(name)
        try:  # the step library says which managers UMAN lists, and as what
            kind = code(MANAGER_IN_UMAN, f"{role} voor {domain}")
        except ValueError:
            self.cannot(f"vraagt een {role} voor {domain}: enkel een (co-)toegangsbeheerder voor eHealth staat in UMAN")
        persona = self.target.persona_named(name)
        member = next((m for m in persona.lid if m.organisatie == org), None) if persona else None
        if member is None or code("type", member.type) != kind:
            self.cannot(f"vraagt dat {name!r} {role} is in {org!r}; het doelbestand geeft haar daar een ander type")
        self.check_listed(name, org, code)

    def check_listed(self, name: str, org: str, code: Callable[[str, str], str]) -> None:
        """What the file declares of a member, as UMAN lists it (type and status), seen by a local
        manager of the organisation: once per worker. Not seen when the file has no such manager."""
        if self.screens is None:
            return
        persona, organisation = self.target.persona_named(name), self.target.organisation_named(org)
        member = next(m for m in persona.lid if m.organisatie == org) if persona else None
        manager = self.local_manager(org, code)
        if member is None or organisation is None or manager is None:
            return
        key = (name, org)
        if key not in self.claims.listed:
            self.persona(manager)
            page = self.screens.new_page()
            try:
                self.log_in(page, manager, "uman")
                self.claims.listed[key] = self.screens.member_row(page, organisation.riziv, name)
            finally:
                page.context.close()
        listed = self.claims.listed[key]
        if listed is None:
            self.cannot(f"vraagt dat {name!r} lid is van {org!r}; UMAN toont {name!r} daar niet")
        elif listed != (member.type, member.status):
            self.cannot(f"UMAN toont {name!r} in {org!r} als {', '.join(listed)}; het doelbestand zegt anders")

    def credentials(self, name: str) -> tuple[str, str, str]:
        persona = self.persona(name)
        try:
            username, password, secret = persona.secrets()
        except TargetError as error:
            raise pytest.UsageError(str(error)) from None
        return username, password, self.claims.next_code(name, secret)

    def log_in(self, page: Page, person: str, portal: str) -> None:
        """Through the portal's own login and CSAM, as the persona would: with the CSAM session of
        her last login on this worker while it holds (single sign-on), else with her app key. A
        code works once and a new one comes every 30 s: a login per scenario would wait for it."""
        self.persona(person)
        csam = _PORTALS["csam"] + "/"
        kept = self.claims.csam_cookies.get(person)
        if kept:
            page.context.add_cookies(kept)
        self.sign_in(page, _PORTALS[portal], person, self.credentials)  # set by use_addresses
        self.claims.csam_cookies[person] = list(page.context.cookies(csam))
