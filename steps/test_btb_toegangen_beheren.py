"""Steps of features/btb/toegangen_beheren.feature (the way into manual §2.4.1)."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when

from steps.pages.btb import BtbPage
from steps.pages.uman import UmanEntryPage, UsersPage

scenarios("btb/toegangen_beheren.feature")


@when(parsers.parse('zij via "Toegangen beheren" naar "{system}" gaat'))
def _(btb: BtbPage, system: str) -> None:
    btb.open_step("TOEGANGEN BEHEREN")
    btb.page.get_by_role("link", name=system, exact=True).click()


@when(parsers.parse('zij de organisatie "{org}" kiest'))
def _(uman_entry: UmanEntryPage, org: str) -> None:
    uman_entry.choose(org)


@then("toont de stap deze systemen:")
def _(btb: BtbPage, datatable: list[list[str]]) -> None:
    for system, button in datatable[1:]:
        expect(btb.system(system).get_by_role("link", name=button, exact=True)).to_be_visible()


@then(parsers.parse('biedt de aanmeldpagina "{blocks}" aan'))
def _(uman_entry: UmanEntryPage, blocks: str) -> None:
    expect(uman_entry.heading).to_be_visible()
    for title in blocks.split(", "):
        expect(uman_entry.block(title)).to_be_visible()


@then(parsers.parse('toont ze de knop "{button}"'))
def _(uman_entry: UmanEntryPage, button: str) -> None:
    expect(uman_entry.page.get_by_role("link", name=button)).to_be_visible()


@then(parsers.parse('toont het eHealth-toegangsbeheer de gebruikers van "{org}"'))
def _(users_page: UsersPage, org: str) -> None:
    expect(users_page.page.get_by_role("heading", name="Gebruikers", exact=True)).to_be_visible()
    expect(users_page.context_lines).to_contain_text(f"Benaming: {org};")
