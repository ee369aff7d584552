"""Steps of features/uman/gebruikers_verwijderen.feature (manual §2.4.1.2)."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when

from steps.pages.uman import UsersPage

scenarios("uman/gebruikers_verwijderen.feature")


@when(parsers.parse('zij "{persons}" verwijdert'))
def _(users_page: UsersPage, persons: str) -> None:
    users_page.delete(*persons.split(", "))


@when('zij "Uitvoeren" kiest zonder iemand te selecteren')
def _(users_page: UsersPage) -> None:
    users_page.delete()


@then(parsers.parse('staat "{person}" niet meer in de gebruikerslijst'))
def _(users_page: UsersPage, person: str) -> None:
    expect(users_page.status).to_be_visible()
    expect(users_page.row(person)).to_have_count(0)
