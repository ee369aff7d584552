"""Steps about logging in through CSAM, used by the features of every portal."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import then

from steps.pages.csam import CsamLoginPage
from steps.pages.registratie import RegistrationPage


@pytest.fixture
def csam(page: Page) -> CsamLoginPage:
    return CsamLoginPage(page)


@pytest.fixture
def registration(page: Page) -> RegistrationPage:
    return RegistrationPage(page)


@then("vraagt CSAM om een digitale sleutel")
def _(csam: CsamLoginPage) -> None:
    expect(csam.heading).to_be_visible()
    expect(csam.key("eID")).to_be_visible()
