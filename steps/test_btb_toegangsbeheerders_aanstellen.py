"""Steps of features/btb/toegangsbeheerders_aanstellen.feature (manual §2.3)."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, scenarios, then, when

from steps.harness.world import World
from steps.pages.btb import BtbPage
from steps.pages.uman import UsersPage

scenarios("btb/toegangsbeheerders_aanstellen.feature")

STEPS = ("EEN HOOFDTOEGANGSBEHEERDER AANSTELLEN", "TOEGANGSBEHEERDERS AANSTELLEN", "TOEGANGEN BEHEREN")


@given(parsers.parse('"{person}" beheert de toegangsbeheerders van "{org}"'))
def _(page: Page, btb: BtbPage, world: World, person: str, org: str) -> None:
    page.context.add_cookies(world.session_cookies(person, "btb"))
    btb.open_managers_of(world.organisation(org)["riziv"])


@when(parsers.parse('hij "{person}" aanstelt als "{role}" voor "{domain}"'))
def _(btb: BtbPage, world: World, person: str, role: str, domain: str) -> None:
    found = world.person(person)
    btb.appoint(found["insz"], found["email"], role, domain)


@when(parsers.parse('hij INSZ "{insz}" aanstelt met e-mailadres "{email}"'))
def _(btb: BtbPage, insz: str, email: str) -> None:
    btb.appoint(insz, email, "Toegangsbeheerder")


@when(parsers.parse('hij "{person}" aanstelt zonder e-mailadres'))
def _(btb: BtbPage, world: World, person: str) -> None:
    btb.appoint(world.person(person)["insz"], "", "Toegangsbeheerder")


@when(parsers.parse('hij de rol van "{person}" wijzigt in "{role}"'))
def _(btb: BtbPage, person: str, role: str) -> None:
    btb.change(person, role)


@when(parsers.parse('hij toegangsbeheerder "{person}" verwijdert'))
def _(btb: BtbPage, person: str) -> None:
    btb.remove(person)


@then(parsers.parse('toont de pagina de stappen "{titles}"'))
def _(btb: BtbPage, titles: str) -> None:
    for title in titles.split(", "):
        expect(btb.step(title)).to_be_visible()


@then("zijn de stappen dichtgeklapt")
def _(btb: BtbPage) -> None:
    for title in STEPS:
        expect(btb.step(title)).to_have_attribute("aria-expanded", "false")
        expect(btb.step_content(title)).to_be_hidden()


@then(parsers.parse('toont de stap de knop "{button}"'))
def _(btb: BtbPage, button: str) -> None:
    expect(btb.step_content("TOEGANGSBEHEERDERS AANSTELLEN").get_by_role("link", name=button)).to_be_visible()


@then(parsers.parse('staat "{person}" als "{role}" voor "{domain}" in de lijst van toegangsbeheerders'))
def _(btb: BtbPage, person: str, role: str, domain: str) -> None:
    expect(btb.status).to_be_visible()
    expect(btb.manager_row(person).get_by_role("cell")).to_contain_text([person, role, domain])


@then(parsers.parse('staat "{person}" niet meer in de lijst van toegangsbeheerders'))
def _(btb: BtbPage, person: str) -> None:
    expect(btb.status).to_have_text("De toegangsbeheerder werd verwijderd")
    expect(btb.manager_row(person)).to_have_count(0)


@then("zijn er nog geen toegangsbeheerders")
def _(btb: BtbPage) -> None:
    expect(btb.manager_rows()).to_have_text(["Nog geen toegangsbeheerders."])


@then(parsers.parse('staat "{person}" als "{kind}" in het eHealth-toegangsbeheer van "{org}"'))
def _(page: Page, world: World, person: str, kind: str, org: str) -> None:
    users = UsersPage(page)
    users.open(world.organisation(org)["riziv"])  # single sign-on: the CSAM session is still open
    expect(users.cell(person, 4)).to_have_text(kind)
