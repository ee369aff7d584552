"""Steps of the UMAN user list (manual §2.4.1.1): columns, counts, filters and the export."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.common import insz_as_shown
from steps.pages.uman import INSZ, STATUS, TYPE, UsersPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.stage import MEMBERS, sees
from vaccinnet_bdd.harness.world import World

# --- the user list -------------------------------------------------------------------------


@when(parsers.parse('{actor:Actor} filtert op {criterion} "{value}"'))
def _(people: People, users_page: UsersPage, actor: str, criterion: str, value: str) -> None:
    """Vult een criterium van de lijst in (of kiest het) en klikt 'Zoeken'.

    Voorbeeld: zij filtert op Status "Geblokkeerd"
    """
    people.refer(actor)
    users_page.filter(criterion, value)


@when(parsers.parse('{actor:Actor} de gebruikers exporteert met "{link}"'), target_fixture="export")
def _(people: People, users_page: UsersPage, actor: str, link: str) -> list[list[str]]:
    """Downloadt de lijst met de link '(.csv)' of 'Excel' en leest het bestand.

    Voorbeeld: zij de gebruikers exporteert met "Excel"
    """
    people.refer(actor)
    return users_page.export(link)


@then(parsers.parse('toont de lijst "{found}"'))
@sees(MEMBERS)
def _(users_page: UsersPage, found: str) -> None:
    """Het aantal gevonden gebruikers, zoals de lijst het telt.

    Voorbeeld: toont de lijst "4 items gevonden."
    """
    expect(users_page.found).to_have_text(found)


@then(parsers.parse('heeft de lijst de kolommen "{columns:Lijst}"'))
def _(users_page: UsersPage, columns: list[str]) -> None:
    """De lijst heeft deze kolomtitels.

    Voorbeeld: heeft de lijst de kolommen "Naam, Voornaam, Type, INSZ, Status"
    """
    expect(users_page.column_headers).to_contain_text(columns)


@then(parsers.parse('staan de beheerders boven de gebruikers: "{kinds:Lijst}"'))
@sees(MEMBERS)
def _(users_page: UsersPage, kinds: list[str]) -> None:
    """De kolom Type van boven naar onder.

    Voorbeeld: staan de beheerders boven de gebruikers: "LB, Co-LB, USER"
    """
    expect(users_page.rows()).to_have_count(len(kinds))
    for cell, kind in zip(users_page.column_cells(TYPE), kinds, strict=True):
        expect(cell).to_have_text(kind)


@then(parsers.parse('toont de lijst enkel "{persons:Personen}"'))
@sees(MEMBERS)
def _(users_page: UsersPage, persons: list[str]) -> None:
    """De lijst toont precies deze personen."""
    expect(users_page.rows()).to_have_count(len(persons))
    for person in persons:
        expect(users_page.row(person)).to_have_count(1)


@then(parsers.parse('toont de pagina {count:d} gebruikers van "{pages}"'))
@sees(MEMBERS)
def _(users_page: UsersPage, count: int, pages: str) -> None:
    """Zoveel rijen op deze pagina, met deze paginering.

    Voorbeeld: toont de pagina 10 gebruikers van "Pagina 1 van 2"
    """
    expect(users_page.rows()).to_have_count(count)
    expect(users_page.paging).to_have_text(pages)


@then(parsers.parse('staat "{person:Persoon}" in de lijst als "{member_type}" met status "{status}"'))
def _(users_page: UsersPage, person: str, member_type: str, status: str) -> None:
    """De kolommen Type en Status van de persoon.

    Voorbeeld: staat "Ann Claes" in de lijst als "USER" met status "Actief"
    """
    expect(users_page.cell(person, TYPE)).to_have_text(member_type)
    expect(users_page.cell(person, STATUS)).to_have_text(status)


@then(parsers.parse('toont de lijst het INSZ van "{person:Persoon}" als 999999 999 99'))
def _(users_page: UsersPage, world: World, person: str) -> None:
    """De kolom INSZ toont het nummer in groepen van 6, 3 en 2 cijfers."""
    expect(users_page.cell(person, INSZ)).to_have_text(insz_as_shown(world.person(person).insz))


@then(parsers.parse('toont de lijst het INSZ van "{person:Persoon}" als "{shown}"'))
def _(users_page: UsersPage, person: str, shown: str) -> None:
    """De kolom INSZ toont precies deze tekst.

    Voorbeeld: toont de lijst het INSZ van "Ann Claes" als "850730 033 28"
    """
    expect(users_page.cell(person, INSZ)).to_have_text(shown)


@then(parsers.parse("kan {actor:Actor} geen gebruikers toevoegen of verwijderen"))
def _(people: People, users_page: UsersPage, actor: str) -> None:
    """De lijst staat er, zonder 'Volgende' om toe te voegen en zonder 'Uitvoeren' om te verwijderen."""
    people.refer(actor)
    expect(users_page.table).to_be_visible()
    expect(users_page.next).to_have_count(0)
    expect(users_page.run).to_have_count(0)


@then(parsers.parse('bevat het bestand de kolommen "{columns:Lijst}"'))
def _(export: list[list[str]], columns: list[str]) -> None:
    """De eerste rij van het geëxporteerde bestand.

    Voorbeeld: bevat het bestand de kolommen "Naam, Voornaam, Gebruikersnaam, Type, INSZ, Status"
    """
    assert export[0] == columns


@then(parsers.parse('bevat het bestand enkel "{persons:Personen}"'))
@sees(MEMBERS)
def _(export: list[list[str]], persons: list[str]) -> None:
    """Precies deze gebruikers in het geëxporteerde bestand (voornaam en naam), in welke volgorde ook."""
    assert sorted(f"{first} {last}" for last, first, *_ in export[1:]) == sorted(persons)


@then(parsers.parse('ziet "{person:Persoon}" "{member:Persoon}" niet in de gebruikers van "{org:Organisatie}"'))
def _(users_page: UsersPage, world: World, person: str, member: str, org: str) -> None:
    """In de eigen browser, aangemeld, opent de persoon de gebruikers van de organisatie: het lid staat
    er niet. Zo toont een beheerder dat een geweigerd verzoek niets veranderde.

    Voorbeeld: ziet "Lies Bos" "Tom Willems" niet in de gebruikers van "WACHTPOST LEIE"
    """
    world.signed_in(person, "uman")
    users_page.open(world.organisation(org).riziv)
    expect(users_page.table).to_be_visible()
    expect(users_page.row(member)).to_have_count(0)


@then(parsers.parse('ziet "{person:Persoon}" "{member:Persoon}" nog in de gebruikers van "{org:Organisatie}"'))
def _(users_page: UsersPage, world: World, person: str, member: str, org: str) -> None:
    """In de eigen browser, aangemeld, opent de persoon de gebruikers van de organisatie: het lid staat
    er nog.

    Voorbeeld: ziet "Lies Bos" "Bert Wouters" nog in de gebruikers van "WACHTPOST LEIE"
    """
    world.signed_in(person, "uman")
    users_page.open(world.organisation(org).riziv)
    expect(users_page.row(member)).to_have_count(1)
