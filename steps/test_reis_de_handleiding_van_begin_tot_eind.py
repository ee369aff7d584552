"""Steps of features/reis/de_handleiding_van_begin_tot_eind.feature: the whole manual, UI only.

Each person acts in a browser context of their own and logs in through the CSAM screens.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, scenarios, then, when
from pytest_playwright.pytest_playwright import CreateContextCallback

from steps.harness.world import World
from steps.pages.btb import BtbPage
from steps.pages.csam import CsamLoginPage
from steps.pages.ehealth import EhealthAccessPage
from steps.pages.registratie import RegistrationPage
from steps.pages.uman import UmanEntryPage, UsersPage
from steps.pages.vaccinnet import VaccinnetPage

scenarios("reis/de_handleiding_van_begin_tot_eind.feature")


@pytest.fixture
def browser_of(new_context: CreateContextCallback) -> Callable[[str], Page]:
    """The page of each person's own browser, opened on first use."""
    pages: dict[str, Page] = {}

    def page_of(person: str) -> Page:
        if person not in pages:
            pages[person] = new_context().new_page()
        return pages[person]

    return page_of


@given(
    parsers.re(r'"(?P<first>[^"]+)", "(?P<second>[^"]+)" en "(?P<third>[^"]+)" hebben geen rechten in een organisatie')
)
def _(world: World, first: str, second: str, third: str) -> None:
    for person in (first, second, third):
        world.person(person)


@when(
    parsers.parse('"{rep}" bij eGezondheid "{htb}" aanduidt als hoofdtoegangsbeheerder van "{org}" onder "{category}"')
)
def _(browser_of: Callable[[str], Page], world: World, rep: str, htb: str, org: str, category: str) -> None:
    page = browser_of(rep)
    ehealth, registration = EhealthAccessPage(page), RegistrationPage(page)
    ehealth.open()
    ehealth.open_registration("Toegang vragen als zorginstelling")
    registration.log_in.click()
    CsamLoginPage(page).log_in(rep, "eID")
    person = world.person(htb)
    registration.register(category, world.organisation(org)["riziv"], person["insz"], person["email"])
    registration.status.wait_for()  # the next person starts once this step is done


@when(
    parsers.parse(
        '"{htb}" in het Beheer der Toegangsbeheerders "{manager}" aanstelt als toegangsbeheerder voor eHealth'
    )
)
def _(browser_of: Callable[[str], Page], world: World, htb: str, manager: str) -> None:
    page = browser_of(htb)
    btb = BtbPage(page)
    btb.open()
    btb.open_step("TOEGANGSBEHEERDERS AANSTELLEN")
    btb.appoint_managers.click()
    CsamLoginPage(page).log_in(htb, "itsme")
    person = world.person(manager)
    btb.appoint(person["insz"], person["email"], "Toegangsbeheerder", "eHealth")
    btb.status.wait_for()


@when(parsers.parse('"{manager}" in het eHealth-toegangsbeheer "{user}" toevoegt aan "{org}" met "{app}"'))
def _(browser_of: Callable[[str], Page], world: World, manager: str, user: str, org: str, app: str) -> None:
    page = browser_of(manager)
    btb, entry, users = BtbPage(page), UmanEntryPage(page), UsersPage(page)
    btb.open()
    btb.open_step("TOEGANGEN BEHEREN")
    btb.system("EHEALTH").get_by_role("link", name="Toegangsbeheer eHealth").click()
    entry.csam_login.click()
    CsamLoginPage(page).log_in(manager, "MyGov.be")
    entry.choose(org)
    users.sidebar.get_by_role("link", name="Gebruikers", exact=True).click()
    person = world.person(user)
    users.add(person["insz"], person["email"], [app])
    users.status.wait_for()


@when(parsers.parse('"{user}" zich in Vaccinnet aanmeldt als "{role}" binnen "{org}"'), target_fixture="vaccinnet")
def _(browser_of: Callable[[str], Page], user: str, role: str, org: str) -> VaccinnetPage:
    page = browser_of(user)
    vaccinnet = VaccinnetPage(page)
    vaccinnet.start_login()
    CsamLoginPage(page).log_in(user, "itsme")
    vaccinnet.choose_profile(role, org)
    return vaccinnet


@then(parsers.parse('mag "{user}" voor "{org}" "{app}" gebruiken'))
def _(vaccinnet: VaccinnetPage, user: str, org: str, app: str) -> None:
    expect(vaccinnet.profile).to_contain_text([f"{user} (Burger)", org])
    expect(vaccinnet.applications(org)).to_have_text([app])
