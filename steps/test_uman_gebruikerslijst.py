"""Steps of features/uman/gebruikerslijst.feature (manual §2.4.1.1: the list, filters, export)."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when

from steps.pages.uman import UsersPage

scenarios("uman/gebruikerslijst.feature")


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",")]


@when(parsers.re(r'zij filtert op (?P<label>.+) "(?P<value>[^"]*)"'))
def _(users_page: UsersPage, label: str, value: str) -> None:
    users_page.filter(label, value)


@when(parsers.parse('zij de gebruikers exporteert met "{link}"'), target_fixture="export")
def _(users_page: UsersPage, link: str) -> list[list[str]]:
    return users_page.export(link)


@then(parsers.parse('heeft de lijst de kolommen "{columns}"'))
def _(users_page: UsersPage, columns: str) -> None:
    expect(users_page.table.get_by_role("columnheader")).to_contain_text(_items(columns))


@then(parsers.parse('staan de beheerders boven de gebruikers: "{kinds}"'))
def _(users_page: UsersPage, kinds: str) -> None:
    expect(users_page.rows()).to_have_count(len(_items(kinds)))
    for cell, kind in zip(users_page.type_cells(), _items(kinds), strict=True):
        expect(cell).to_have_text(kind)


@then(parsers.parse('toont de lijst enkel "{persons}"'))
def _(users_page: UsersPage, persons: str) -> None:
    expect(users_page.rows()).to_have_count(len(_items(persons)))
    for person in _items(persons):
        expect(users_page.row(person)).to_have_count(1)


@then(parsers.parse('toont de pagina {count:d} gebruikers van "{pages}"'))
def _(users_page: UsersPage, count: int, pages: str) -> None:
    expect(users_page.rows()).to_have_count(count)
    expect(users_page.page.get_by_text(pages)).to_be_visible()


@then(parsers.parse('bevat het bestand de kolommen "{columns}"'))
def _(export: list[list[str]], columns: str) -> None:
    assert export[0] == _items(columns)


@then(parsers.parse('bevat het bestand enkel "{persons}"'))
def _(export: list[list[str]], persons: str) -> None:
    assert [f"{first} {last}" for last, first, *_ in export[1:]] == _items(persons)


@then(parsers.re(r"kan (?:hij|zij) geen gebruikers toevoegen of verwijderen"))
def _(users_page: UsersPage) -> None:
    expect(users_page.table).to_be_visible()
    expect(users_page.next).to_have_count(0)
    expect(users_page.run).to_have_count(0)
