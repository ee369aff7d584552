"""Steps about Vaccinnet that the features of more than one portal use."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page
from pytest_bdd import given, parsers, when

from steps.harness.world import World
from steps.pages.csam import CsamLoginPage
from steps.pages.vaccinnet import VaccinnetPage


@pytest.fixture
def vaccinnet(page: Page) -> VaccinnetPage:
    return VaccinnetPage(page)


@when(parsers.parse('"{person}" zich bij Vaccinnet aanmeldt met "{key}"'))
def _(vaccinnet: VaccinnetPage, csam: CsamLoginPage, person: str, key: str) -> None:
    vaccinnet.start_login()
    csam.log_in(person, key)


@given(parsers.parse('"{person}" is aangemeld bij Vaccinnet'))
def _(page: Page, world: World, person: str) -> None:
    insz = world.person(person)["insz"]
    page.context.add_cookies([world.admin.session_cookie(portal, insz) for portal in ("csam", "vaccinnet")])
