"""The mock's pages that each section of the manual is about, rendered in Chromium.

An embedded mock gets a small world (one organisation of every type, its representative, HTB,
a local manager and a user); then, per section, the pages a reader of that section sees are
opened as that person, and their text (including closed accordions and the options of lists)
is what the labels are looked up in.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from playwright.sync_api import Browser, Page, sync_playwright

from mock_portals.domain.memberships import Application, MemberType
from mock_portals.domain.orgtypes import ORG_TYPES
from mock_portals.store import Store
from steps.harness.browser import resolve_chromium
from steps.harness.mock import serve_in_thread


@dataclass
class World:
    store: Store
    org: str  # the guard post every page is about
    representative: str
    htb: str
    manager: str
    user: str
    stranger: str


def _world() -> World:
    store = Store()
    rep, htb, manager, user, stranger = (store.persons.add() for _ in range(5))
    guard_post = ""
    for kind in ORG_TYPES:
        org = store.organisations.add(kind.key, legal_rep=rep.insz, htb=htb.insz)
        store.memberships.add(org.riziv, manager.insz, type=MemberType.LB)
        store.memberships.add(org.riziv, user.insz, applications=[Application.VACCINNET_REGISTRATION])
        guard_post = org.riziv if kind.key == "wachtpost" else guard_post
    store.organisations.change(guard_post, htb=None)  # so the registration form can be filled in
    return World(store, guard_post, rep.insz, htb.insz, manager.insz, user.insz, stranger.insz)


def _as(page: Page, world: World, insz: str, portal: str) -> None:
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {
                "name": f"{p}_session",
                "value": world.store.auth.open_session(p, insz).sid,
                "domain": "127.0.0.1",
                "path": f"/{p}",
            }
            for p in ("csam", portal)
        ]
    )


def _text(page: Page) -> str:
    return str(page.evaluate("() => document.body.textContent"))


Visit = Callable[[Page, World], None]


def _open(path: str, person: str | None = None, portal: str = "") -> Visit:
    def visit(page: Page, world: World) -> None:
        if person:
            _as(page, world, getattr(world, person), portal)
        else:
            page.context.clear_cookies()
        page.goto(path.format(org=world.org))

    return visit


def _registration_refused(page: Page, world: World) -> None:
    _as(page, world, world.stranger, "registratie")
    page.goto("/registratie/zorginstelling")
    page.get_by_label("Soort instelling").select_option("Wachtpost")
    page.get_by_label("Instellingsnummer (RIZIV-nummer)").fill(world.org)
    page.get_by_role("button", name="Hoofdtoegangsbeheerder aanstellen").click()


def _user_form_and_confirmation(page: Page, world: World) -> None:
    stranger = world.store.persons.get(world.stranger)
    _as(page, world, world.manager, "uman")
    page.goto(f"/uman/{world.org}/gebruikers")
    page.get_by_label("Rijksregisternummer (INSZ) van de nieuwe gebruiker").fill(stranger.insz)
    page.get_by_role("button", name="Volgende").click()
    page.get_by_label("E-mailadres *").fill(stranger.email)
    page.get_by_role("checkbox", name="Vaccinnet Consultatie en Registratie", exact=True).check()


def _confirmation(page: Page, world: World) -> None:
    _user_form_and_confirmation(page, world)
    page.get_by_role("button", name="Opslaan").click()


# Per section: the pages its reader sees.
PAGES: dict[str, list[Visit]] = {
    "1.3": [_open("/uman/organisaties", "manager", "uman")],
    "2.1": [_open("/progezondheid/", "representative", "progezondheid")],
    "2.2": [
        _open("/ehealth/toegang"),
        _open("/ehealth/gebruikshandleiding"),
        _open("/registratie/zorginstelling"),
        _open("/registratie/zorginstelling", "representative", "registratie"),
        _registration_refused,
    ],
    "2.3": [
        _open("/btb/"),
        _open("/ehealth/gebruikshandleiding"),
        _open("/btb/toegangsbeheerders/{org}", "htb", "btb"),
    ],
    "2.4.1": [
        _open("/btb/"),
        _open("/uman/"),
        _open("/csam/authorize?client=uman&state=/uman/organisaties"),
        _open("/uman/organisaties", "manager", "uman"),
        _open("/uman/{org}/", "manager", "uman"),
    ],
    "2.4.1.1": [_open("/uman/{org}/gebruikers", "manager", "uman"), _user_form_and_confirmation, _confirmation],
    "2.4.1.2": [_open("/uman/{org}/gebruikers", "manager", "uman")],
    "2.4.2": [
        _open("/csam/authorize?client=vaccinnet&state=/vaccinnet/profiel"),
        _open("/vaccinnet/profiel", "user", "vaccinnet"),
        _open("/vaccinnet/hulp"),
    ],
    "3.1.1": [_open("/vaccinnet/hulp")],
}


@contextmanager
def rendered_pages(browser: Browser | None = None) -> Iterator[Callable[[str], str]]:
    """A function from a section number to the text of its pages, while a mock and a browser run.

    Pass a browser to use one that is already running (as under pytest-playwright).
    """
    world = _world()
    url, server, thread = serve_in_thread(world.store)
    try:
        if browser is not None:
            yield _page_texts(browser, url, world)
            return
        executable = resolve_chromium(os.environ.get("VACCINNET_BDD_CHROMIUM")) or None
        with sync_playwright() as playwright:
            own = playwright.chromium.launch(executable_path=executable)
            try:
                yield _page_texts(own, url, world)
            finally:
                own.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def _page_texts(browser: Browser, url: str, world: World) -> Callable[[str], str]:
    page = browser.new_context(base_url=url).new_page()
    page.set_default_timeout(5_000)
    cache: dict[str, str] = {}

    def page_text(section: str) -> str:
        if section not in cache:
            texts = []
            for visit in PAGES.get(section, []):
                visit(page, world)
                texts.append(_text(page))
            cache[section] = "\n".join(texts)
        return cache[section]

    return page_text
