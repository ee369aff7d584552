"""Steps about the eHealth access management (UMAN): the way in, the choice of organisation and
the page of one organisation (manual §2.4.1)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.common import riziv_as_shown
from steps.pages.csam import CsamLoginPage
from steps.pages.uman import UmanEntryPage, UsersPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.stage import RIGHTS, sees
from vaccinnet_bdd.harness.world import World


@pytest.fixture
def users_page(people: People) -> UsersPage:
    return people.following(UsersPage)


@pytest.fixture
def uman_entry(people: People) -> UmanEntryPage:
    return people.following(UmanEntryPage)


# --- the way in and the choice of organisation ----------------------------------------------


@when(parsers.parse('"{person:Persoon}" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer met "{key}"'))
def _(people: People, uman_entry: UmanEntryPage, csam: CsamLoginPage, world: World, person: str, key: str) -> None:
    """Opent de aanmeldpagina, klikt 'Zich aanmelden via CSAM' en kiest de digitale sleutel.

    Op de mock: met 'beveiligingscode via mobiele app' vult de persoon gebruikersnaam, wachtwoord en
    de code van het moment in, zoals op een echte omgeving; met een andere sleutel kiest hij zichzelf
    als testpersoon.

    Op een doel: enkel met 'beveiligingscode via mobiele app'; met een andere sleutel niet uitvoerbaar.
    """
    _log_in(people, uman_entry, csam, person, world.key(key, person))


@when(parsers.parse('"{person:Persoon}" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer'))
def _(people: People, uman_entry: UmanEntryPage, csam: CsamLoginPage, world: World, person: str) -> None:
    """Opent de aanmeldpagina, klikt 'Zich aanmelden via CSAM' en meldt zich aan, met een digitale sleutel
    die er in het scenario niet toe doet.

    Op de mock: met de eID (de persoon kiest zichzelf als testpersoon).
    Op een doel: met 'beveiligingscode via mobiele app', de enige sleutel die een run zonder iemand erbij
    kan gebruiken (het rapport zegt bij de stap welke sleutel het was).
    """
    _log_in(people, uman_entry, csam, person, world.key(None, person))


def _log_in(people: People, uman_entry: UmanEntryPage, csam: CsamLoginPage, person: str, key: str) -> None:
    people.of(person)
    uman_entry.open()
    uman_entry.csam_login.click()
    csam.log_in(person, key)


@when(parsers.parse("{actor:Actor} het eHealth-toegangsbeheer opent"))
def _(people: People, uman_entry: UmanEntryPage, actor: str) -> None:
    """Opent de lijst van organisaties van het eHealth-toegangsbeheer in de eigen browser: wie daar
    aangemeld is, ziet de lijst; wie niet, komt bij CSAM."""
    people.refer(actor)
    uman_entry.open_organisations()


@when(parsers.parse('"{person:Persoon}" de gebruikers van "{org:Organisatie}" opent'))
def _(users_page: UsersPage, world: World, person: str, org: str) -> None:
    """De persoon, aangemeld, opent de lijst 'Gebruikers' van de organisatie."""
    world.signed_in(person, "uman")
    users_page.open(world.organisation(org).riziv)


@when(parsers.parse('{actor:Actor} de organisatie "{org:Organisatie}" kiest'))
def _(people: People, uman_entry: UmanEntryPage, actor: str, org: str) -> None:
    """Klikt op de organisatie in de lijst van organisaties."""
    people.refer(actor)
    uman_entry.choose(org)


@then(parsers.parse('biedt de aanmeldpagina van de sociale zekerheid "{blocks:Lijst}" aan'))
def _(uman_entry: UmanEntryPage, blocks: list[str]) -> None:
    """De aanmeldpagina van het toegangsbeheer heeft deze blokken.

    Voorbeeld: biedt de aanmeldpagina van de sociale zekerheid "CSAM, Toegangscodes" aan
    """
    expect(uman_entry.title).to_be_visible()
    for title in blocks:
        expect(uman_entry.block(title)).to_be_visible()


@then(parsers.parse('toont de aanmeldpagina van de sociale zekerheid de knop "{button}"'))
def _(uman_entry: UmanEntryPage, button: str) -> None:
    """De aanmeldpagina van het toegangsbeheer heeft deze knop.

    Voorbeeld: toont de aanmeldpagina van de sociale zekerheid de knop "Zich aanmelden via CSAM"
    """
    expect(uman_entry.link(button)).to_be_visible()


@then(parsers.parse('kan {actor:Actor} kiezen uit de organisaties "{orgs:Organisaties}"'))
@sees(RIGHTS)
def _(people: People, uman_entry: UmanEntryPage, actor: str, orgs: list[str]) -> None:
    """Precies deze organisaties staan in de keuzelijst, in deze volgorde."""
    people.refer(actor)
    expect(uman_entry.organisations).to_have_text(orgs)


@then(parsers.parse('kan "{person:Persoon}" in het eHealth-toegangsbeheer kiezen voor "{org:Organisatie}"'))
@sees(RIGHTS)
def _(uman_entry: UmanEntryPage, world: World, person: str, org: str) -> None:
    """In de eigen browser ziet de persoon de organisatie, en enkel die, in het toegangsbeheer."""
    world.signed_in(person, "uman")
    uman_entry.open_organisations()
    expect(uman_entry.organisations).to_have_text([org])


@then(parsers.parse('toont het eHealth-toegangsbeheer de gebruikers van "{org:Organisatie}"'))
def _(users_page: UsersPage, org: str) -> None:
    """De pagina 'Gebruikers' van deze organisatie staat open."""
    expect(users_page.title).to_be_visible()
    expect(users_page.context_lines).to_contain_text(users_page.named(org))


@then(parsers.parse('toont de pagina "{name}" en "{hoedanigheid}" met het RIZIV-nummer'))
def _(users_page: UsersPage, name: str, hoedanigheid: str) -> None:
    """De twee contextregels bovenaan, elk met het RIZIV-nummer van de getoonde organisatie als 999999-99.

    Voorbeeld: toont de pagina "Benaming: WACHTPOST LEIE" en "Hoedanigheid: Wachtposten" met het RIZIV-nummer
    """
    number = riziv_as_shown(users_page.riziv)
    expect(users_page.context_lines).to_contain_text(users_page.context_line(name, number))
    expect(users_page.context_lines).to_contain_text(users_page.context_line(hoedanigheid, number))


@then(parsers.parse('toont de zijbalk "{title}" met "{link}"'))
def _(users_page: UsersPage, title: str, link: str) -> None:
    """De zijbalk heeft deze titel en deze link.

    Voorbeeld: toont de zijbalk "Functionaliteiten" met "Gebruikers"
    """
    expect(users_page.sidebar_heading(title)).to_be_visible()
    expect(users_page.sidebar_link(link)).to_be_visible()
