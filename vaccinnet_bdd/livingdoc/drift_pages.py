"""The mock's pages that each section of the manual is about, rendered in Chromium.

An embedded mock gets a small world (one organisation of every type, its representative, HTB,
a local manager and a user); then, per section, the pages a reader of that section sees are
opened as that person, and their text (including closed accordions and the options of lists)
is what the labels are looked up in.

On a target (an acceptance environment, ``--target``) nothing is arranged: the cast is taken from
the target file (its first organisation, and the personas who are its representative, HTB, a local
manager, a user and someone without rights), each logs in with CSAM's app key, and a page that needs
someone the file does not have, or that could change the target, is not visited and says why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

from mock_portals.store import DEFAULT_SEED, Store
from steps.codes import CODES, KINDS
from steps.pages.btb import BtbPage
from steps.pages.ehealth import EhealthAccessPage
from steps.pages.progezondheid import ProGezondheidPage
from steps.pages.registratie import GUARD_POST as REGISTRATION_GUARD_POST
from steps.pages.registratie import RegistrationPage
from steps.pages.uman import LB, VACCINNET_REGISTRATION, UmanEntryPage, UsersPage
from steps.pages.vaccinnet import VaccinnetPage
from vaccinnet_bdd.harness.arranger import InProcessArranger
from vaccinnet_bdd.harness.chromium import VIEWPORT_SIZE, launch
from vaccinnet_bdd.harness.server import EmbeddedMock
from vaccinnet_bdd.harness.world import World

from .drift_cast import Cast

GUARD_POST = "wachtpost"  # the organisation every page is about, as the features name its kind
ROLE_WORDS = {
    "representative": "wettelijk vertegenwoordiger",
    "htb": "hoofdtoegangsbeheerder",
    "manager": "lokale beheerder",
    "user": "gebruiker met Vaccinnet",
    "stranger": "persoon zonder rechten",
}
# The people of the drift check's world, by the role in which they look at the pages.
ROLES = {
    "representative": "Rita Vertegenwoordiger",
    "htb": "Hugo Hoofdbeheerder",
    "manager": "Lotte Beheerder",
    "user": "Ulrike Gebruiker",
    "stranger": "Stijn Vreemde",
}


def _world(mock: EmbeddedMock) -> World:
    """One organisation of every kind, with its representative, HTB, a local manager and a user; the
    guard post without HTB, so that the registration form can be filled in. Arranged as the features
    arrange theirs: through the World and the mock's arrange operations."""
    world = World(InProcessArranger(mock), DEFAULT_SEED, "127.0.0.1", CODES)
    world.person(ROLES["stranger"])
    for kind in KINDS:
        org = f"{kind.upper()} TEST"
        htb = {} if kind == GUARD_POST else {"htb": ROLES["htb"]}
        world.organisation(org, kind, legal_rep=ROLES["representative"], **htb)
        world.member(ROLES["manager"], org, kind, type=LB)
        world.member(ROLES["user"], org, kind, applications=[VACCINNET_REGISTRATION])
    return world


def _guard_post(cast: Cast) -> str:
    return cast.world.organisation(cast.org).riziv


class NotVisited(Exception):
    """A page the check cannot see here; the message says why."""


def _as(page: Page, cast: Cast, role: str | None, portal: str = "") -> None:
    """A fresh browser state: logged out, or the person of ``role`` logged in at ``portal``."""
    page.context.clear_cookies()
    if role is not None:
        if role not in cast.roles:
            raise NotVisited(f"het doelbestand heeft geen persona als {ROLE_WORDS[role]} van {cast.org}")
        cast.world.log_in(page, cast.roles[role], portal)  # type: ignore[arg-type]


def _text(page: Page) -> str:
    page.wait_for_load_state()
    return str(page.locator("body").text_content())


Visit = Callable[[Page, Cast], None]


def _visit(person: str | None, portal: str, action: Callable[[Page, Cast], None]) -> Visit:
    def visit(page: Page, cast: Cast) -> None:
        _as(page, cast, person, portal)
        action(page, cast)

    return visit


def _registration_refused(page: Page, cast: Cast) -> None:
    if cast.on_target:  # a registration that is not refused there would change the target
        raise NotVisited("de geweigerde registratie zou het doel kunnen wijzigen")
    registration = RegistrationPage(page)
    registration.open()
    registration.register(REGISTRATION_GUARD_POST, _guard_post(cast))
    registration.alert.first.wait_for()  # the refusal's page has come


def _user_form(page: Page, cast: Cast) -> None:
    if "stranger" not in cast.roles:
        raise NotVisited(f"het doelbestand heeft geen persona zonder rechten om toe te voegen aan {cast.org}")
    stranger = cast.world.person(cast.roles["stranger"])
    users = UsersPage(page)
    users.open(_guard_post(cast))
    users.start_adding(stranger.insz)
    users.email.fill(stranger.email or "nieuwe.gebruiker@example.org")  # a target's persona may have none
    users.application(VACCINNET_REGISTRATION).check()


def _confirmation(page: Page, cast: Cast) -> None:
    _user_form(page, cast)
    users = UsersPage(page)
    users.save.click()
    users.confirm.wait_for()  # the confirmation page has come


def _organisation_home(page: Page, cast: Cast) -> None:
    entry = UmanEntryPage(page)
    entry.open_organisations()
    entry.choose(cast.org)


def _csam_for_uman(page: Page, cast: Cast) -> None:
    entry = UmanEntryPage(page)
    entry.open()
    entry.csam_login.click()


def _open(page_object: Callable[[Page], object], method: str, *with_org: bool) -> Callable[[Page, Cast], None]:
    def action(page: Page, cast: Cast) -> None:
        getattr(page_object(page), method)(*([_guard_post(cast)] if with_org else []))

    return action


# Per section: the pages its reader sees, each as the person who sees it.
PAGES: dict[str, list[Visit]] = {
    "1.3": [_visit("manager", "uman", _open(UmanEntryPage, "open_organisations"))],
    "2.1": [_visit("representative", "progezondheid", _open(ProGezondheidPage, "open"))],
    "2.2": [
        _visit(None, "", _open(EhealthAccessPage, "open")),
        _visit(None, "", _open(EhealthAccessPage, "open_guide")),
        _visit(None, "", _open(RegistrationPage, "open")),
        _visit("representative", "registratie", _open(RegistrationPage, "open")),
        _visit("stranger", "registratie", _registration_refused),
    ],
    "2.3": [
        _visit(None, "", _open(BtbPage, "open")),
        _visit(None, "", _open(EhealthAccessPage, "open_guide")),
        _visit("htb", "btb", _open(BtbPage, "open_managers_of", True)),
    ],
    "2.4.1": [
        _visit(None, "", _open(BtbPage, "open")),
        _visit(None, "", _open(UmanEntryPage, "open")),
        _visit(None, "", _csam_for_uman),
        _visit("manager", "uman", _open(UmanEntryPage, "open_organisations")),
        _visit("manager", "uman", _organisation_home),
    ],
    "2.4.1.1": [
        _visit("manager", "uman", _open(UsersPage, "open", True)),
        _visit("manager", "uman", _user_form),
        _visit("manager", "uman", _confirmation),
    ],
    "2.4.1.2": [_visit("manager", "uman", _open(UsersPage, "open", True))],
    "2.4.2": [
        _visit(None, "", _open(VaccinnetPage, "start_login")),
        _visit("user", "vaccinnet", _open(VaccinnetPage, "open")),
        _visit(None, "", _open(VaccinnetPage, "open_help")),
    ],
    "3.1.1": [_visit(None, "", _open(VaccinnetPage, "open_help"))],
}


# Sections whose pages show what each kind of organisation (and its representative) has: the mock's
# world has one organisation of every kind; a target has those of its file only.
BY_KIND = {"1.3", "2.1"}


class RenderedPages:
    """The pages of each section, rendered on demand: their text and the controls they offer."""

    def __init__(self, browser: Browser, url: str, cast: Cast) -> None:
        self.page = browser.new_context(base_url=url, viewport=VIEWPORT_SIZE).new_page()
        self.page.set_default_timeout(20_000)  # a tool, not a test of speed: a busy machine is fine
        self.cast = cast
        self._texts: dict[str, str] = {}
        self._controls: dict[str, set[tuple[str, str]]] = {}
        self._unvisited: dict[str, list[str]] = {}

    def _render(self, section: str) -> None:
        if section in self._texts:
            return
        texts, controls, unvisited = [], set(), []
        lacking = sorted(set(KINDS) - self.cast.kinds) if section in BY_KIND else []
        if lacking:
            unvisited.append(f"het doelbestand noemt geen {', '.join(lacking)}")
        for visit in PAGES.get(section, []):
            try:
                visit(self.page, self.cast)
            except NotVisited as why:
                unvisited.append(str(why))
                continue
            texts.append(_text(self.page))
            controls |= _controls(self.page)
        self._texts[section], self._controls[section] = "\n".join(texts), controls
        self._unvisited[section] = unvisited

    def unvisited(self, section: str) -> list[str]:
        """Why pages of the section were not visited (on a target), if any were not."""
        self._render(section)
        return self._unvisited[section]

    def text(self, section: str) -> str:
        """All the text of the section's pages, closed accordions and the options of lists included."""
        self._render(section)
        return self._texts[section]

    def has_control(self, section: str, roles: tuple[str, ...], name: str | None) -> bool:
        """Whether a page of the section has a control of one of ``roles`` named exactly ``name`` (any name: None)."""
        self._render(section)
        return any(role in roles and (name is None or shown == name) for role, shown in self._controls[section])


_ARIA_LINE = re.compile(r'^\s*- (\w+)(?: "((?:[^"\\]|\\.)*)")?', re.MULTILINE)


def _controls(page: Page) -> set[tuple[str, str]]:
    """Every (role, accessible name) of the page, after opening its accordions."""
    for _ in range(20):  # nested accordions open one level at a time
        closed = page.get_by_role("button", expanded=False)
        if not closed.count():
            break
        closed.first.click()
    snapshot = page.locator("body").aria_snapshot()
    return {(m.group(1), json.loads(f'"{m.group(2) or ""}"')) for m in _ARIA_LINE.finditer(snapshot)}


@contextmanager
def rendered_pages(
    browser: Browser | None = None, target: Path | None = None, base_url: str | None = None
) -> Iterator[RenderedPages]:
    """The pages of every section of the manual, while a mock (or a target) and a browser run.

    Pass a browser to use one that is already running (as under pytest-playwright).
    """
    mock, claims = None, None
    if target is None:
        mock = EmbeddedMock(Store(seed=DEFAULT_SEED))
        cast, url = Cast(_world(mock), f"{GUARD_POST.upper()} TEST", ROLES), mock.url
    else:
        from .drift_target import target_cast

        (cast, claims), url = target_cast(target, base_url), base_url or ""
    try:
        if browser is not None:
            yield RenderedPages(browser, url, cast)
            return
        with sync_playwright() as playwright:
            own = launch(playwright.chromium)
            try:
                yield RenderedPages(own, url, cast)
            finally:
                own.close()
    finally:
        if mock is not None:
            mock.stop()
        if claims is not None:
            claims.release()
