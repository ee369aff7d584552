"""Steps about the Beheer der Toegangsbeheerders that more than one feature uses."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page
from pytest_bdd import given, parsers, when

from steps.harness.world import World
from steps.pages.btb import BtbPage


@pytest.fixture
def btb(page: Page) -> BtbPage:
    return BtbPage(page)


@given(parsers.parse('"{person}" is aangemeld bij het Beheer der Toegangsbeheerders'))
def _(page: Page, btb: BtbPage, world: World, person: str) -> None:
    page.context.add_cookies(world.session_cookies(person, "btb"))
    btb.open()


@when("iemand het Beheer der Toegangsbeheerders opent")
def _(btb: BtbPage) -> None:
    btb.open()


@when(parsers.re(r'(?:(?:hij|zij) )?de stap "(?P<title>[^"]+)" openklikt'))
def _(btb: BtbPage, title: str) -> None:
    btb.open_step(title)
