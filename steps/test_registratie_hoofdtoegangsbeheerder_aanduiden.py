"""Steps of features/registratie/hoofdtoegangsbeheerder_aanduiden.feature (manual §2.2)."""

from __future__ import annotations

from playwright.sync_api import Page, expect
from pytest_bdd import given, parsers, scenarios, then, when

from mock_portals.identifiers import format_insz, format_riziv
from steps.harness.world import World
from steps.pages.registratie import RegistrationPage

scenarios("registratie/hoofdtoegangsbeheerder_aanduiden.feature")

WHO = r"(?:hij|zij)"


@given(parsers.parse('"{person}" is aangemeld bij de registratie van zorginstellingen'))
def _(page: Page, registration: RegistrationPage, world: World, person: str) -> None:
    page.context.add_cookies(world.session_cookies(person, "registratie"))
    registration.open()


@when(
    parsers.re(
        WHO + r' "(?P<org>[^"]+)" registreert als "(?P<category>[^"]+)" met zichzelf als hoofdtoegangsbeheerder'
        r"(?P<without_email> zonder e-mailadres)?"
    )
)
def _(registration: RegistrationPage, world: World, org: str, category: str, without_email: str | None) -> None:
    registration.register(category, world.organisation(org)["riziv"], email="" if without_email else None)


@when(
    parsers.re(
        WHO + r' "(?P<org>[^"]+)" registreert als "(?P<category>[^"]+)" met "(?P<htb>[^"]+)" als hoofdtoegangsbeheerder'
    )
)
def _(registration: RegistrationPage, world: World, org: str, category: str, htb: str) -> None:
    person = world.person(htb)
    registration.register(category, world.organisation(org)["riziv"], person["insz"], person["email"])


@when(
    parsers.re(
        WHO
        + r' instellingsnummer (?:"(?P<number>[^"]+)"|van "(?P<person>[^"]+)") registreert als "(?P<category>[^"]+)"'
    )
)
def _(registration: RegistrationPage, world: World, number: str | None, person: str | None, category: str) -> None:
    registration.register(category, number or world.person(person or "")["riziv"][:8])


@then(parsers.parse('meldt de registratie "{message}"'))
def _(registration: RegistrationPage, message: str) -> None:
    expect(registration.status).to_contain_text(message)


@then(parsers.parse('vermeldt de melding het RIZIV-nummer van "{org}" en het INSZ van "{person}"'))
def _(registration: RegistrationPage, world: World, org: str, person: str) -> None:
    expect(registration.alert).to_contain_text(format_riziv(world.organisation(org)["riziv"]))
    expect(registration.alert).to_contain_text(format_insz(world.person(person)["insz"]))


@then(parsers.parse('verwijst de melding naar "{link}"'))
def _(registration: RegistrationPage, link: str) -> None:
    expect(registration.alert.get_by_role("link", name=link)).to_be_visible()


@then(parsers.parse('noemt de melding "{text}"'))
def _(registration: RegistrationPage, text: str) -> None:
    expect(registration.alert).to_contain_text(text)


@then(parsers.parse('staat in het veld "Instellingsnummer (RIZIV-nummer)" nog het nummer van "{org}"'))
def _(registration: RegistrationPage, world: World, org: str) -> None:
    expect(registration.number).to_have_value(world.organisation(org)["riziv"])
