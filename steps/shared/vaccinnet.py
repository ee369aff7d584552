"""Steps about Vaccinnet that the features of more than one portal use."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, then, when

from steps.harness.world import World
from steps.pages.common import PortalPage
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
    page.context.add_cookies(world.session_cookies(person, "vaccinnet"))


@then(parsers.re(r'kan (?:hij|zij) binnen de organisatie enkel kiezen uit "(?P<orgs>[^"]+)"'))
def _(vaccinnet: VaccinnetPage, orgs: str) -> None:
    expect(vaccinnet.organisation_choices()).to_have_text([o.strip() for o in orgs.split(",")])


@then(parsers.re(r'ziet (?:hij|zij) "Binnen de organisatie:" niet'))
def _(vaccinnet: VaccinnetPage) -> None:
    expect(vaccinnet.profile_heading).to_be_visible()
    expect(vaccinnet.organisation).to_have_count(0)


@then(parsers.parse('kan "{person}" in Vaccinnet kiezen voor "{org}"'))
def _(portal: PortalPage, page_as: Callable[[str, str], Page], person: str, org: str) -> None:
    expect(portal.status).to_be_visible()  # the action before this step has finished
    vaccinnet = VaccinnetPage(page_as(person, "vaccinnet"))
    vaccinnet.open()
    expect(vaccinnet.organisation_choices()).to_have_text([org])
