"""Steps of features/csam/aanmelden.feature."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when
from pytest_playwright.pytest_playwright import CreateContextCallback

from steps.pages.csam import CsamLoginPage
from steps.pages.vaccinnet import VaccinnetPage

scenarios("csam/aanmelden.feature")


@when("iemand zich bij Vaccinnet begint aan te melden")
@when("zij zich opnieuw bij Vaccinnet begint aan te melden")
def _(vaccinnet: VaccinnetPage) -> None:
    vaccinnet.start_login()


@when("zij zich afmeldt bij Vaccinnet")
def _(vaccinnet: VaccinnetPage) -> None:
    vaccinnet.open()
    vaccinnet.log_out()


@when("zij Vaccinnet opent in een nieuw browservenster", target_fixture="csam")
def _(new_context: CreateContextCallback) -> CsamLoginPage:
    page = new_context().new_page()
    VaccinnetPage(page).start_login()
    return CsamLoginPage(page)


@then("biedt CSAM deze digitale sleutels aan:")
def _(csam: CsamLoginPage, datatable: list[list[str]]) -> None:
    expect(csam.heading).to_be_visible()
    for group, key in datatable[1:]:
        expect(csam.key_group(group).get_by_role("link", name=key, exact=True)).to_be_visible()


@then(parsers.parse('vraagt Vaccinnet "{person}" om een profiel te kiezen'))
def _(vaccinnet: VaccinnetPage, person: str) -> None:
    expect(vaccinnet.profile_heading).to_be_visible()
    expect(vaccinnet.page.get_by_text(f"Aangemeld als {person}")).to_be_visible()
