"""Steps about the eHealth access management (UMAN): the organisation, the user list, adding,
changing and deleting users, the export (manual §2.4.1)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import then, when

from steps.harness.world import World
from steps.pages.common import PortalPage, insz_as_shown, riziv_as_shown
from steps.pages.csam import CsamLoginPage
from steps.pages.uman import UmanEntryPage, UsersPage
from steps.parameters import sentence


@pytest.fixture
def users_page(page: Page) -> UsersPage:
    return UsersPage(page)


@pytest.fixture
def uman_entry(page: Page) -> UmanEntryPage:
    return UmanEntryPage(page)


# --- the way in and the choice of organisation ----------------------------------------------


@when(sentence('"{person}" zich via CSAM aanmeldt bij het eHealth-toegangsbeheer met "{key}"'))
def _(uman_entry: UmanEntryPage, csam: CsamLoginPage, person: str, key: str) -> None:
    """Opent de aanmeldpagina, klikt 'Zich aanmelden via CSAM' en kiest de digitale sleutel."""
    uman_entry.open()
    uman_entry.csam_login.click()
    csam.log_in(person, key)


@when(sentence('"{person}" de gebruikers van "{org}" opent'))
def _(page: Page, users_page: UsersPage, world: World, person: str, org: str) -> None:
    """De persoon, aangemeld, opent de lijst 'Gebruikers' van de organisatie."""
    world.log_in(page, person, "uman")
    users_page.open(world.organisation(org).riziv)


@when(sentence('{actor:Actor} de organisatie "{org}" kiest'))
def _(uman_entry: UmanEntryPage, actor: str, org: str) -> None:
    """Klikt op de organisatie in de lijst van organisaties."""
    uman_entry.choose(org)


@then(sentence('biedt de aanmeldpagina van de sociale zekerheid "{blocks:Lijst}" aan'))
def _(uman_entry: UmanEntryPage, blocks: list[str]) -> None:
    """De aanmeldpagina van het toegangsbeheer heeft deze blokken.

    Voorbeeld: biedt de aanmeldpagina van de sociale zekerheid "CSAM, Toegangscodes" aan
    """
    expect(uman_entry.title).to_be_visible()
    for title in blocks:
        expect(uman_entry.block(title)).to_be_visible()


@then(sentence('toont de aanmeldpagina van de sociale zekerheid de knop "{button}"'))
def _(uman_entry: UmanEntryPage, button: str) -> None:
    """De aanmeldpagina van het toegangsbeheer heeft deze knop.

    Voorbeeld: toont de aanmeldpagina van de sociale zekerheid de knop "Zich aanmelden via CSAM"
    """
    expect(uman_entry.link(button)).to_be_visible()


@then(sentence('kan {actor:Actor} kiezen uit de organisaties "{orgs:Lijst}"'))
def _(uman_entry: UmanEntryPage, actor: str, orgs: list[str]) -> None:
    """Precies deze organisaties staan in de keuzelijst, in deze volgorde."""
    expect(uman_entry.organisations).to_have_text(orgs)


@then(sentence('kan "{person}" in het eHealth-toegangsbeheer kiezen voor "{org}"'))
def _(portal: PortalPage, page_as: Callable[[str, str], Page], person: str, org: str) -> None:
    """In een eigen browser ziet de persoon de organisatie, en enkel die, in het toegangsbeheer."""
    expect(portal.status).to_be_visible()  # the action before this step has finished
    entry = UmanEntryPage(page_as(person, "uman"))
    entry.open_organisations()
    expect(entry.organisations).to_have_text([org])


@then(sentence('toont het eHealth-toegangsbeheer de gebruikers van "{org}"'))
def _(users_page: UsersPage, org: str) -> None:
    """De pagina 'Gebruikers' van deze organisatie staat open."""
    expect(users_page.title).to_be_visible()
    expect(users_page.context_lines).to_contain_text(f"Benaming: {org};")


@then(sentence('toont de pagina "{name}" en "{hoedanigheid}" met het RIZIV-nummer'))
def _(users_page: UsersPage, world: World, name: str, hoedanigheid: str) -> None:
    """De twee contextregels bovenaan, elk met het RIZIV-nummer als 999999-99.

    Voorbeeld: toont de pagina "Benaming: WACHTPOST LEIE" en "Hoedanigheid: Wachtposten" met het RIZIV-nummer
    """
    number = riziv_as_shown(world.organisation(name.removeprefix("Benaming: ")).riziv)
    expect(users_page.context_lines).to_contain_text(f"{name}; RIZIV-nummer: {number}")
    expect(users_page.context_lines).to_contain_text(f"{hoedanigheid}; RIZIV-nummer: {number}")


@then(sentence('toont de zijbalk "{title}" met "{link}"'))
def _(users_page: UsersPage, title: str, link: str) -> None:
    """De zijbalk heeft deze titel en deze link.

    Voorbeeld: toont de zijbalk "Functionaliteiten" met "Gebruikers"
    """
    expect(users_page.sidebar_heading(title)).to_be_visible()
    expect(users_page.sidebar_link(link)).to_be_visible()


# --- the user list -------------------------------------------------------------------------


@when(sentence('{actor:Actor} filtert op {criterion} "{value}"'))
def _(users_page: UsersPage, actor: str, criterion: str, value: str) -> None:
    """Vult een criterium van de lijst in (of kiest het) en klikt 'Zoeken'.

    Voorbeeld: zij filtert op Status "Geblokkeerd"
    """
    users_page.filter(criterion, value)


@when(sentence('{actor:Actor} de gebruikers exporteert met "{link}"'), target_fixture="export")
def _(users_page: UsersPage, actor: str, link: str) -> list[list[str]]:
    """Downloadt de lijst met de link '(.csv)' of 'Excel' en leest het bestand.

    Voorbeeld: zij de gebruikers exporteert met "Excel"
    """
    return users_page.export(link)


@then(sentence('toont de lijst "{found}"'))
def _(users_page: UsersPage, found: str) -> None:
    """Het aantal gevonden gebruikers, zoals de lijst het telt.

    Voorbeeld: toont de lijst "4 items gevonden."
    """
    expect(users_page.found).to_have_text(found)


@then(sentence('heeft de lijst de kolommen "{columns:Lijst}"'))
def _(users_page: UsersPage, columns: list[str]) -> None:
    """De lijst heeft deze kolomtitels.

    Voorbeeld: heeft de lijst de kolommen "Naam, Voornaam, Type, INSZ, Status"
    """
    expect(users_page.column_headers).to_contain_text(columns)


@then(sentence('staan de beheerders boven de gebruikers: "{kinds:Lijst}"'))
def _(users_page: UsersPage, kinds: list[str]) -> None:
    """De kolom Type van boven naar onder.

    Voorbeeld: staan de beheerders boven de gebruikers: "LB, Co-LB, USER"
    """
    expect(users_page.rows()).to_have_count(len(kinds))
    for cell, kind in zip(users_page.column_cells("Type"), kinds, strict=True):
        expect(cell).to_have_text(kind)


@then(sentence('toont de lijst enkel "{persons:Lijst}"'))
def _(users_page: UsersPage, persons: list[str]) -> None:
    """De lijst toont precies deze personen."""
    expect(users_page.rows()).to_have_count(len(persons))
    for person in persons:
        expect(users_page.row(person)).to_have_count(1)


@then(sentence('toont de pagina {count:d} gebruikers van "{pages}"'))
def _(users_page: UsersPage, count: int, pages: str) -> None:
    """Zoveel rijen op deze pagina, met deze paginering.

    Voorbeeld: toont de pagina 10 gebruikers van "Pagina 1 van 2"
    """
    expect(users_page.rows()).to_have_count(count)
    expect(users_page.paging).to_have_text(pages)


@then(sentence('staat "{person}" in de lijst als "{member_type}" met status "{status}"'))
def _(users_page: UsersPage, person: str, member_type: str, status: str) -> None:
    """De kolommen Type en Status van de persoon.

    Voorbeeld: staat "Ann Claes" in de lijst als "USER" met status "Actief"
    """
    expect(users_page.cell(person, "Type")).to_have_text(member_type)
    expect(users_page.cell(person, "Status")).to_have_text(status)


@then(sentence('toont de lijst het INSZ van "{person}" als 999999 999 99'))
def _(users_page: UsersPage, world: World, person: str) -> None:
    """De kolom INSZ toont het nummer in groepen van 6, 3 en 2 cijfers."""
    expect(users_page.cell(person, "INSZ")).to_have_text(insz_as_shown(world.person(person).insz))


@then(sentence('toont de lijst het INSZ van "{person}" als "{shown}"'))
def _(users_page: UsersPage, person: str, shown: str) -> None:
    """De kolom INSZ toont precies deze tekst.

    Voorbeeld: toont de lijst het INSZ van "Ann Claes" als "850730 033 28"
    """
    expect(users_page.cell(person, "INSZ")).to_have_text(shown)


@then(sentence("kan {actor:Actor} geen gebruikers toevoegen of verwijderen"))
def _(users_page: UsersPage, actor: str) -> None:
    """De lijst staat er, zonder 'Volgende' om toe te voegen en zonder 'Uitvoeren' om te verwijderen."""
    expect(users_page.table).to_be_visible()
    expect(users_page.next).to_have_count(0)
    expect(users_page.run).to_have_count(0)


@then(sentence('bevat het bestand de kolommen "{columns:Lijst}"'))
def _(export: list[list[str]], columns: list[str]) -> None:
    """De eerste rij van het geëxporteerde bestand.

    Voorbeeld: bevat het bestand de kolommen "Naam, Voornaam, Gebruikersnaam, Type, INSZ, Status"
    """
    assert export[0] == columns


@then(sentence('bevat het bestand enkel "{persons:Lijst}"'))
def _(export: list[list[str]], persons: list[str]) -> None:
    """De gebruikers in het geëxporteerde bestand (voornaam en naam), in volgorde."""
    assert [f"{first} {last}" for last, first, *_ in export[1:]] == persons


# --- adding and changing users (§2.4.1.1) ----------------------------------------------------


@when(sentence('{actor:Actor} "{person}" toevoegt met "{apps:Lijst}"'))
def _(users_page: UsersPage, world: World, actor: str, person: str, apps: list[str]) -> None:
    """INSZ invullen, 'Volgende', e-mailadres en toepassingen, 'Opslaan' en 'Bevestigen'."""
    found = world.person(person)
    users_page.add(found.insz, found.email, apps)


@when(sentence('{actor:Actor} het INSZ van "{person}" invult en op "Volgende" klikt'))
def _(users_page: UsersPage, world: World, actor: str, person: str) -> None:
    """Vult onderaan het INSZ van de persoon in en klikt 'Volgende'."""
    users_page.start_adding(world.person(person).insz)


@when(sentence('{actor:Actor} INSZ "{insz}" invult en op "Volgende" klikt'))
def _(users_page: UsersPage, actor: str, insz: str) -> None:
    """Vult onderaan dit INSZ in, zoals het getypt wordt, en klikt 'Volgende'."""
    users_page.start_adding(insz)


@when(sentence('{actor:Actor} "{person}" aanvinkt in de gebruikerslijst'))
def _(users_page: UsersPage, actor: str, person: str) -> None:
    """Vinkt het keuzevakje voor de gebruiker aan, zonder al een actie uit te voeren."""
    users_page.select_user(person)


@when(sentence('{actor:Actor} e-mailadres "{email}" invult en "{apps:Lijst}" aanvinkt'))
def _(users_page: UsersPage, actor: str, email: str, apps: list[str]) -> None:
    """Vult het formulier van de gebruiker in zonder al op 'Opslaan' te klikken."""
    users_page.enter_user(email, apps)


@when(sentence('{actor:Actor} e-mailadres "{email}" en "{apps:Lijst}" opslaat'))
def _(users_page: UsersPage, actor: str, email: str, apps: list[str]) -> None:
    """Vult het e-mailadres in, vinkt de toepassingen aan en klikt 'Opslaan'."""
    users_page.fill_user(email, apps)


@when(sentence('{actor:Actor} zonder e-mailadres "{apps:Lijst}" opslaat'))
def _(users_page: UsersPage, actor: str, apps: list[str]) -> None:
    """Laat het e-mailadres leeg, vinkt de toepassingen aan en klikt 'Opslaan'."""
    users_page.fill_user("", apps)


@when(sentence('{actor:Actor} de rechten van "{person}" wijzigt in "{apps:Lijst}"'))
def _(users_page: UsersPage, actor: str, person: str, apps: list[str]) -> None:
    """Het icoon van een blad met potloodje, dan enkel deze toepassingen aanvinken en 'Opslaan'."""
    users_page.edit_rights(person, apps)


@then(sentence('meldt de lijst "{message}"'))
def _(users_page: UsersPage, message: str) -> None:
    """De lijst toont deze statusmelding bovenaan.

    Voorbeeld: meldt de lijst "De gegevens van de gebruiker werden opgeslagen"
    """
    expect(users_page.status).to_have_text(message)


@then(sentence('vraagt het formulier "{required}" en "{optional}"'))
def _(users_page: UsersPage, required: str, optional: str) -> None:
    """Het eerste veld is verplicht, het tweede staat er ook.

    Voorbeeld: vraagt het formulier "E-mailadres *" en "Lokaal e-mailadres"
    """
    expect(users_page.field(required)).to_have_attribute("required", "")
    expect(users_page.field(optional)).to_be_visible()


@then(sentence('biedt het formulier {count:d} beveiligde toepassingen aan, waaronder "{app}"'))
def _(users_page: UsersPage, count: int, app: str) -> None:
    """Zoveel keuzevakjes onder 'Beveiligde toepassingen', waaronder deze.

    Voorbeeld: biedt het formulier 13 beveiligde toepassingen aan, waaronder "Vaccinnet Consultatie en Registratie"
    """
    expect(users_page.applications).to_have_count(count)
    expect(users_page.application(app)).to_be_visible()


@then(sentence('biedt het formulier "{app}" niet aan'))
def _(users_page: UsersPage, app: str) -> None:
    """Het formulier staat open, zonder deze toepassing.

    Voorbeeld: biedt het formulier "Vaccinnet Bestel- en voorraadbeheer" niet aan
    """
    expect(users_page.email).to_be_visible()
    expect(users_page.application(app)).to_have_count(0)


@then(sentence('toont de controlepagina "{title}" met status "{status}" en het INSZ van "{person}"'))
def _(users_page: UsersPage, world: World, title: str, status: str, person: str) -> None:
    """De controlepagina na 'Opslaan', met de identificatiegegevens.

    Voorbeeld: toont de controlepagina "Een gebruiker aanmaken" met status "Actief" en het INSZ van "Ann Claes"
    """
    expect(users_page.heading(title)).to_be_visible()
    expect(users_page.identification).to_contain_text([insz_as_shown(world.person(person).insz), status])


@then(sentence('kan {actor:Actor} kiezen tussen "{back}" en "{confirm}"'))
def _(users_page: UsersPage, actor: str, back: str, confirm: str) -> None:
    """Beide knoppen staan op de pagina.

    Voorbeeld: kan zij kiezen tussen "Vorige" en "Bevestigen"
    """
    expect(users_page.button(back)).to_be_visible()
    expect(users_page.button(confirm)).to_be_visible()


@then(sentence('blijft "{app}" aangevinkt'))
def _(users_page: UsersPage, app: str) -> None:
    """Na een weigering blijft de toepassing aangevinkt: er ging niets verloren."""
    expect(users_page.application(app)).to_be_checked()


@then(sentence('staat "{person}" als "{member_type}" in het eHealth-toegangsbeheer van "{org}"'))
def _(page: Page, world: World, person: str, member_type: str, org: str) -> None:
    """Met dezelfde aanmelding (single sign-on) toont de lijst 'Gebruikers' de persoon met dit type.

    Voorbeeld: staat "Ann Claes" als "LB" in het eHealth-toegangsbeheer van "WACHTPOST LEIE"
    """
    users = UsersPage(page)
    users.open(world.organisation(org).riziv)
    expect(users.cell(person, "Type")).to_have_text(member_type)


# --- deleting users (§2.4.1.2) ---------------------------------------------------------------


@when(sentence('{actor:Actor} "{persons:Lijst}" verwijdert'))
def _(users_page: UsersPage, actor: str, persons: list[str]) -> None:
    """Vinkt de personen aan, kiest 'Gebruiker(s) verwijderen' en klikt 'Uitvoeren'."""
    users_page.delete(*persons)


@when(sentence('{actor:Actor} "Uitvoeren" kiest zonder iemand te selecteren'))
def _(users_page: UsersPage, actor: str) -> None:
    """Kiest 'Gebruiker(s) verwijderen' en klikt 'Uitvoeren' zonder aangevinkte gebruiker."""
    users_page.delete()


@then(sentence('staat "{person}" niet meer in de gebruikerslijst'))
def _(users_page: UsersPage, person: str) -> None:
    """De actie is uitgevoerd en de persoon staat niet meer in de lijst."""
    expect(users_page.status).to_be_visible()
    expect(users_page.row(person)).to_have_count(0)
