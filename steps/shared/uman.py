"""Steps about the eHealth access management (UMAN) that more than one feature uses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from steps.harness.world import World
from steps.pages.common import PortalPage
from steps.pages.csam import CsamLoginPage
from steps.pages.uman import UmanEntryPage, UsersPage


@pytest.fixture
def users_page(page: Page) -> UsersPage:
    return UsersPage(page)


@pytest.fixture
def uman_entry(page: Page) -> UmanEntryPage:
    return UmanEntryPage(page)


@when(parsers.parse('"{person}" de gebruikers van "{org}" opent'))
def _(page: Page, users_page: UsersPage, world: World, person: str, org: str) -> None:
    page.context.add_cookies(world.session_cookies(person, "uman"))
    users_page.open(world.organisation(org)["riziv"])


@then(parsers.parse('toont de lijst "{found}"'))
def _(users_page: UsersPage, found: str) -> None:
    expect(users_page.found).to_have_text(found)


@when(parsers.parse('"{person}" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer met "{key}"'))
def _(uman_entry: UmanEntryPage, csam: CsamLoginPage, person: str, key: str) -> None:
    uman_entry.open()
    uman_entry.csam_login.click()
    csam.log_in(person, key)


@then(parsers.re(r'kan (?:hij|zij) kiezen uit de organisaties "(?P<orgs>[^"]+)"'))
def _(uman_entry: UmanEntryPage, orgs: str) -> None:
    expect(uman_entry.organisations).to_have_text(orgs.split(", "))


@then(parsers.parse('kan "{person}" in het eHealth-toegangsbeheer kiezen voor "{org}"'))
def _(portal: PortalPage, page_as: Callable[[str, str], Page], person: str, org: str) -> None:
    expect(portal.status).to_be_visible()  # the action before this step has finished
    entry = UmanEntryPage(page_as(person, "uman"))
    entry.open_organisations()
    expect(entry.organisations).to_have_text([org])


@then(parsers.parse('toont de pagina "{name}" en "{hoedanigheid}" met het RIZIV-nummer'))
def _(users_page: UsersPage, world: World, name: str, hoedanigheid: str) -> None:
    riziv = world.organisation(name.removeprefix("Benaming: "))["riziv"]
    number = f"{riziv[:6]}-{riziv[6:]}"
    expect(users_page.context_lines).to_contain_text(f"{name}; RIZIV-nummer: {number}")
    expect(users_page.context_lines).to_contain_text(f"{hoedanigheid}; RIZIV-nummer: {number}")
