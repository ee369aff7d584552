"""Steps of features/ehealth/toegang_vragen.feature (manual §2.2)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import parsers, scenarios, then, when

from steps.pages.csam import CsamLoginPage
from steps.pages.ehealth import EhealthAccessPage
from steps.pages.registratie import RegistrationPage

scenarios("ehealth/toegang_vragen.feature")


@pytest.fixture
def ehealth(page: Page) -> EhealthAccessPage:
    return EhealthAccessPage(page)


@when('iemand de pagina "Hoe toegang krijgen tot de applicaties?" opent')
def _(ehealth: EhealthAccessPage) -> None:
    ehealth.open()


@when(parsers.re(r'"(?P<topic>[^"]+)" openklikt'))
def _(ehealth: EhealthAccessPage, topic: str) -> None:
    ehealth.open_topic(topic)


@when(parsers.parse('de registratie opent onder "{request}"'))
def _(ehealth: EhealthAccessPage, request: str) -> None:
    ehealth.open_registration(request)


@when(parsers.parse('"{person}" zich bij de registratie aanmeldt met "{key}"'))
def _(registration: RegistrationPage, csam: CsamLoginPage, person: str, key: str) -> None:
    registration.log_in.click()
    csam.log_in(person, key)


@then(parsers.parse('toont "In de praktijk" de onderwerpen "{topics}"'))
def _(ehealth: EhealthAccessPage, topics: str) -> None:
    expect(ehealth.topics).to_have_text(topics.split(", "))


@then(parsers.parse('toont elke aanvraag "{register}" en "{guide}":'))
def _(ehealth: EhealthAccessPage, register: str, guide: str, datatable: list[list[str]]) -> None:
    for (request,) in datatable[1:]:
        expect(ehealth.request(request).get_by_role("link", name=register)).to_be_visible()
        expect(ehealth.request(request).get_by_role("link", name=guide)).to_be_visible()


@then("toont de aanmeldpagina deze digitale sleutels:")
def _(registration: RegistrationPage, datatable: list[list[str]]) -> None:
    expect(registration.login_heading).to_be_visible()
    expect(registration.keys()).to_have_text([key for (key,) in datatable[1:]])


@then(parsers.parse('biedt ze ook "{block}" aan'))
def _(registration: RegistrationPage, block: str) -> None:
    expect(registration.block(block)).to_be_visible()


@then(parsers.parse('vraagt de registratie "{category}" en "{number}"'))
def _(registration: RegistrationPage, category: str, number: str) -> None:
    expect(registration.page.get_by_label(category)).to_be_visible()
    expect(registration.page.get_by_label(number)).to_be_visible()
