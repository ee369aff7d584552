"""Steps of features/uman/gebruikers_toevoegen.feature (manual §2.4.1.1)."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import parsers, scenarios, then, when

from mock_portals.identifiers import format_insz
from steps.harness.world import World
from steps.pages.uman import UsersPage

scenarios("uman/gebruikers_toevoegen.feature")


def _apps(text: str) -> list[str]:
    return [app.strip() for app in text.split(",")]


@when(parsers.parse('zij "{person}" toevoegt met "{apps}"'))
def _(users_page: UsersPage, world: World, person: str, apps: str) -> None:
    found = world.person(person)
    users_page.add(found["insz"], found["email"], _apps(apps))


@when(parsers.parse('zij het INSZ van "{person}" invult en op "Volgende" klikt'))
def _(users_page: UsersPage, world: World, person: str) -> None:
    users_page.start_adding(world.person(person)["insz"])


@when(parsers.parse('zij INSZ "{insz}" invult en op "Volgende" klikt'))
def _(users_page: UsersPage, insz: str) -> None:
    users_page.start_adding(insz)


@when(parsers.parse('zij e-mailadres "{email}" en "{apps}" opslaat'))
def _(users_page: UsersPage, email: str, apps: str) -> None:
    users_page.fill_user(email, _apps(apps))


@when(parsers.parse('zij zonder e-mailadres "{apps}" opslaat'))
def _(users_page: UsersPage, apps: str) -> None:
    users_page.fill_user("", _apps(apps))


@when(parsers.parse('zij de rechten van "{person}" wijzigt in "{apps}"'))
def _(users_page: UsersPage, person: str, apps: str) -> None:
    users_page.edit_rights(person, _apps(apps))


@then(parsers.parse('toont de zijbalk "{title}" met "{link}"'))
def _(users_page: UsersPage, title: str, link: str) -> None:
    expect(users_page.sidebar.get_by_role("heading", name=title)).to_be_visible()
    expect(users_page.sidebar.get_by_role("link", name=link, exact=True)).to_be_visible()


@then(parsers.parse('meldt de lijst "{message}"'))
def _(users_page: UsersPage, message: str) -> None:
    expect(users_page.status).to_have_text(message)


@then(parsers.parse('staat "{person}" in de lijst als "{kind}" met status "{status}"'))
def _(users_page: UsersPage, person: str, kind: str, status: str) -> None:
    expect(users_page.cell(person, 4)).to_have_text(kind)
    expect(users_page.cell(person, 6)).to_have_text(status)


@then(parsers.parse('toont de lijst het INSZ van "{person}" als 999999 999 99'))
def _(users_page: UsersPage, world: World, person: str) -> None:
    expect(users_page.cell(person, 5)).to_have_text(format_insz(world.person(person)["insz"]))


@then(parsers.parse('vraagt het formulier "{required}" en "{optional}"'))
def _(users_page: UsersPage, required: str, optional: str) -> None:
    expect(users_page.page.get_by_label(required, exact=True)).to_have_attribute("required", "")
    expect(users_page.page.get_by_label(optional, exact=True)).to_be_visible()


@then(parsers.parse('biedt het formulier {count:d} beveiligde toepassingen aan, waaronder "{app}"'))
def _(users_page: UsersPage, count: int, app: str) -> None:
    expect(users_page.page.get_by_role("group", name="Beveiligde toepassingen").get_by_role("checkbox")).to_have_count(
        count
    )
    expect(users_page.application(app)).to_be_visible()


@then(parsers.parse('biedt het formulier "{app}" niet aan'))
def _(users_page: UsersPage, app: str) -> None:
    expect(users_page.email).to_be_visible()
    expect(users_page.application(app)).to_have_count(0)


@then(parsers.parse('toont de controlepagina "{title}" met status "{status}" en het INSZ van "{person}"'))
def _(users_page: UsersPage, world: World, title: str, status: str, person: str) -> None:
    expect(users_page.page.get_by_role("heading", name=title)).to_be_visible()
    expect(users_page.identification).to_contain_text([format_insz(world.person(person)["insz"]), status])


@then(parsers.parse('kan zij kiezen tussen "{back}" en "{confirm}"'))
def _(users_page: UsersPage, back: str, confirm: str) -> None:
    expect(users_page.page.get_by_role("button", name=back)).to_be_visible()
    expect(users_page.page.get_by_role("button", name=confirm)).to_be_visible()


@then(parsers.parse('blijft "{app}" aangevinkt'))
def _(users_page: UsersPage, app: str) -> None:
    expect(users_page.application(app)).to_be_checked()
