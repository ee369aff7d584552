"""The mock's pages that each section of the manual is about, rendered in Chromium.

An embedded mock gets a small world (one organisation of every type, its representative, HTB,
a local manager and a user); then, per section, the pages a reader of that section sees are
opened as that person, and their text (including closed accordions and the options of lists)
is what the labels are looked up in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

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
from vaccinnet_bdd.harness.chromium import launch
from vaccinnet_bdd.harness.server import EmbeddedMock
from vaccinnet_bdd.harness.world import World

GUARD_POST = "wachtpost"  # the organisation every page is about, as the features name its kind
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


def _guard_post(world: World) -> str:
    return world.organisation(f"{GUARD_POST.upper()} TEST").riziv


def _as(page: Page, world: World, role: str | None, portal: str = "") -> None:
    """A fresh browser state: logged out, or the person of ``role`` logged in at ``portal``."""
    page.context.clear_cookies()
    if role is not None:
        world.log_in(page, ROLES[role], portal)  # type: ignore[arg-type]


def _text(page: Page) -> str:
    page.wait_for_load_state()
    return str(page.locator("body").text_content())


Visit = Callable[[Page, World], None]


def _visit(person: str | None, portal: str, action: Callable[[Page, World], None]) -> Visit:
    def visit(page: Page, world: World) -> None:
        _as(page, world, person, portal)
        action(page, world)

    return visit


def _registration_refused(page: Page, world: World) -> None:
    registration = RegistrationPage(page)
    registration.open()
    registration.register(REGISTRATION_GUARD_POST, _guard_post(world))
    registration.alert.first.wait_for()  # the refusal's page has come


def _user_form(page: Page, world: World) -> None:
    stranger = world.person(ROLES["stranger"])
    users = UsersPage(page)
    users.open(_guard_post(world))
    users.start_adding(stranger.insz)
    users.email.fill(stranger.email)
    users.application(VACCINNET_REGISTRATION).check()


def _confirmation(page: Page, world: World) -> None:
    _user_form(page, world)
    users = UsersPage(page)
    users.save.click()
    users.confirm.wait_for()  # the confirmation page has come


def _organisation_home(page: Page, world: World) -> None:
    entry = UmanEntryPage(page)
    entry.open_organisations()
    entry.choose(f"{GUARD_POST.upper()} TEST")


def _csam_for_uman(page: Page, world: World) -> None:
    entry = UmanEntryPage(page)
    entry.open()
    entry.csam_login.click()


def _open(page_object: Callable[[Page], object], method: str, *with_org: bool) -> Callable[[Page, World], None]:
    def action(page: Page, world: World) -> None:
        getattr(page_object(page), method)(*([_guard_post(world)] if with_org else []))

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


class RenderedPages:
    """The pages of each section, rendered on demand: their text and the controls they offer."""

    def __init__(self, browser: Browser, url: str, world: World) -> None:
        self.page = browser.new_context(base_url=url).new_page()
        self.page.set_default_timeout(20_000)  # a tool, not a test of speed: a busy machine is fine
        self.world = world
        self._texts: dict[str, str] = {}
        self._controls: dict[str, set[tuple[str, str]]] = {}

    def _render(self, section: str) -> None:
        if section in self._texts:
            return
        texts, controls = [], set()
        for visit in PAGES.get(section, []):
            visit(self.page, self.world)
            texts.append(_text(self.page))
            controls |= _controls(self.page)
        self._texts[section], self._controls[section] = "\n".join(texts), controls

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
def rendered_pages(browser: Browser | None = None) -> Iterator[RenderedPages]:
    """The pages of every section of the manual, while a mock and a browser run.

    Pass a browser to use one that is already running (as under pytest-playwright).
    """
    mock = EmbeddedMock(Store(seed=DEFAULT_SEED))
    world = _world(mock)
    try:
        if browser is not None:
            yield RenderedPages(browser, mock.url, world)
            return
        with sync_playwright() as playwright:
            own = launch(playwright.chromium)
            try:
                yield RenderedPages(own, mock.url, world)
            finally:
                own.close()
    finally:
        mock.stop()
