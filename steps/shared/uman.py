"""Steps about the eHealth access management (UMAN) that more than one feature uses."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import parsers, then, when

from steps.harness.world import World
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
