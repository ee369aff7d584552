"""Steps of features/progezondheid/wettelijke_vertegenwoordiger.feature (manual §2.1)."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when

from steps.pages.csam import CsamLoginPage
from steps.pages.progezondheid import ProGezondheidPage

scenarios("progezondheid/wettelijke_vertegenwoordiger.feature")


@when(parsers.parse('"{person}" zich aanmeldt bij ProGezondheid'), target_fixture="progezondheid")
def _(csam: CsamLoginPage, person: str) -> ProGezondheidPage:
    progezondheid = ProGezondheidPage(csam.page)
    progezondheid.open()
    csam.log_in(person, "eID")
    return progezondheid


@then(parsers.parse('toont ProGezondheid "{org}" als "{kind}" met "{representative}" en rol "{role}"'))
def _(progezondheid: ProGezondheidPage, org: str, kind: str, representative: str, role: str) -> None:
    expect(progezondheid.row(org).get_by_role("cell")).to_contain_text([org, kind, representative, role])


@then(parsers.parse('meldt ProGezondheid "{message}"'))
def _(progezondheid: ProGezondheidPage, message: str) -> None:
    expect(progezondheid.status).to_have_text(message)
