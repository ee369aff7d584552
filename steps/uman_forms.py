"""Steps of the UMAN forms: adding and changing users (§2.4.1.1) and deleting them (§2.4.1.2)."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import Page, expect
from pytest_bdd import then, when

from steps.pages.common import insz_as_shown
from steps.pages.uman import TYPE, UsersPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.identities import names_someone
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.world import World

# --- adding and changing users (§2.4.1.1) ----------------------------------------------------


@when(parsers.parse('{actor:Actor} "{person:Persoon}" toevoegt met "{apps:Lijst}"'))
def _(people: People, users_page: UsersPage, world: World, actor: str, person: str, apps: list[str]) -> None:
    """INSZ invullen, 'Volgende', e-mailadres en toepassingen, 'Opslaan' en 'Bevestigen'.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: wie de gebruiker toevoegde, verwijdert hem weer als het scenario eindigt.
    """
    people.refer(actor)
    found = world.person(person)
    _undo_adding(users_page, world, person)
    users_page.add(found.insz, found.email, apps)


def _undo_adding(users_page: UsersPage, world: World, person: str) -> None:
    """Delete her again when the scenario ends, unless the list shows her already (then adding her
    changes nothing: the portal refuses a second time)."""

    def prepare() -> Callable[[Page], bool] | None:
        riziv = users_page.riziv
        if users_page.member(person) is not None:
            return None
        return lambda page: _users_of(page, riziv).delete_if_listed(person)

    world.changing(f"{person} toegevoegd", "uman", prepare)


def _users_of(page: Page, riziv: str) -> UsersPage:
    users = UsersPage(page)
    users.open(riziv)
    return users


@when(parsers.parse('{actor:Actor} het INSZ van "{person:Persoon}" invult en op "Volgende" klikt'))
def _(people: People, users_page: UsersPage, world: World, actor: str, person: str) -> None:
    """Vult onderaan het INSZ van de persoon in en klikt 'Volgende'.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: wie de gebruiker toevoegde, verwijdert hem weer als het scenario eindigt.
    """
    people.refer(actor)
    found = world.person(person)
    _undo_adding(users_page, world, person)
    users_page.start_adding(found.insz)


@when(parsers.parse('{actor:Actor} INSZ "{insz}" invult en op "Volgende" klikt'))
def _(people: People, users_page: UsersPage, world: World, actor: str, insz: str) -> None:
    """Vult onderaan dit INSZ in, zoals het getypt wordt, en klikt 'Volgende'.

    Op de mock: zoals beschreven, met elk INSZ.
    Op een doel: een INSZ dat van niemand kan zijn (fout controlegetal, letters, te kort) verandert
    niets en speelt er zoals op de mock. Wie met een geldig INSZ toegevoegd zou worden, speelt geen rol
    en geen stap verwijdert hem weer: in een scenario dat de portalen wijzigt (@wijzigt) niet
    uitvoerbaar; in een ander verwacht het scenario een weigering en speelt het enkel met --allow-changes.
    """
    people.refer(actor)
    if names_someone(insz):
        world.irreversible(f"INSZ {insz} toevoegen")
    users_page.start_adding(insz)


@when(parsers.parse('{actor:Actor} "{person:Persoon}" aanvinkt in de gebruikerslijst'))
def _(people: People, users_page: UsersPage, actor: str, person: str) -> None:
    """Vinkt het keuzevakje voor de gebruiker aan, zonder al een actie uit te voeren."""
    people.refer(actor)
    users_page.select_user(person)


@when(parsers.parse('{actor:Actor} e-mailadres "{email}" invult en "{apps:Lijst}" aanvinkt'))
def _(people: People, users_page: UsersPage, actor: str, email: str, apps: list[str]) -> None:
    """Vult het formulier van de gebruiker in zonder al op 'Opslaan' te klikken."""
    people.refer(actor)
    users_page.enter_user(email, apps)


@when(parsers.parse('{actor:Actor} e-mailadres "{email}" en "{apps:Lijst}" opslaat'))
def _(people: People, users_page: UsersPage, actor: str, email: str, apps: list[str]) -> None:
    """Vult het e-mailadres in, vinkt de toepassingen aan en klikt 'Opslaan'."""
    people.refer(actor)
    users_page.fill_user(email, apps)


@when(parsers.parse('{actor:Actor} zonder e-mailadres "{apps:Lijst}" opslaat'))
def _(people: People, users_page: UsersPage, actor: str, apps: list[str]) -> None:
    """Laat het e-mailadres leeg, vinkt de toepassingen aan en klikt 'Opslaan'."""
    people.refer(actor)
    users_page.fill_user("", apps)


@when(parsers.parse('{actor:Actor} de rechten van "{person:Persoon}" wijzigt in "{apps:Lijst}"'))
def _(people: People, users_page: UsersPage, world: World, actor: str, person: str, apps: list[str]) -> None:
    """Het icoon van een blad met potloodje, dan enkel deze toepassingen aanvinken en 'Opslaan'.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: wie wijzigde, zet de rechten uit het doelbestand terug als het scenario eindigt.
    """
    people.refer(actor)
    riziv = users_page.riziv
    _, before = world.declared(person, riziv)
    world.changed(f"rechten van {person}", "uman", lambda page: _users_of(page, riziv).set_rights_back(person, before))
    users_page.edit_rights(person, apps)


@then(parsers.parse('meldt de lijst "{message}"'))
def _(users_page: UsersPage, message: str) -> None:
    """De lijst toont deze statusmelding bovenaan.

    Voorbeeld: meldt de lijst "De gegevens van de gebruiker werden opgeslagen"
    """
    expect(users_page.status).to_have_text(message)


@then(parsers.parse('vraagt het formulier "{required}" en "{optional}"'))
def _(users_page: UsersPage, required: str, optional: str) -> None:
    """Het eerste veld is verplicht, het tweede staat er ook.

    Voorbeeld: vraagt het formulier "E-mailadres *" en "Lokaal e-mailadres"
    """
    expect(users_page.field(required)).to_have_attribute("required", "")
    expect(users_page.field(optional)).to_be_visible()


@then(parsers.parse('biedt het formulier {count:d} beveiligde toepassingen aan, waaronder "{app}"'))
def _(users_page: UsersPage, count: int, app: str) -> None:
    """Zoveel keuzevakjes onder 'Beveiligde toepassingen', waaronder deze.

    Voorbeeld: biedt het formulier 13 beveiligde toepassingen aan, waaronder "Vaccinnet Consultatie en Registratie"
    """
    expect(users_page.applications).to_have_count(count)
    expect(users_page.application(app)).to_be_visible()


@then(parsers.parse('biedt het formulier "{app}" niet aan'))
def _(users_page: UsersPage, app: str) -> None:
    """Het formulier staat open, zonder deze toepassing.

    Voorbeeld: biedt het formulier "Vaccinnet Bestel- en voorraadbeheer" niet aan
    """
    expect(users_page.email).to_be_visible()
    expect(users_page.application(app)).to_have_count(0)


@then(parsers.parse('toont de controlepagina "{title}" met status "{status}" en het INSZ van "{person:Persoon}"'))
def _(users_page: UsersPage, world: World, title: str, status: str, person: str) -> None:
    """De controlepagina na 'Opslaan', met de identificatiegegevens.

    Voorbeeld: toont de controlepagina "Een gebruiker aanmaken" met status "Actief" en het INSZ van "Ann Claes"
    """
    expect(users_page.heading(title)).to_be_visible()
    expect(users_page.identification).to_contain_text([insz_as_shown(world.person(person).insz), status])


@then(parsers.parse('kan {actor:Actor} kiezen tussen "{back}" en "{confirm}"'))
def _(people: People, users_page: UsersPage, actor: str, back: str, confirm: str) -> None:
    """Beide knoppen staan op de pagina.

    Voorbeeld: kan zij kiezen tussen "Vorige" en "Bevestigen"
    """
    people.refer(actor)
    expect(users_page.button(back)).to_be_visible()
    expect(users_page.button(confirm)).to_be_visible()


@then(parsers.parse('blijft "{app}" aangevinkt'))
def _(users_page: UsersPage, app: str) -> None:
    """Na een weigering blijft de toepassing aangevinkt: er ging niets verloren."""
    expect(users_page.application(app)).to_be_checked()


@then(
    parsers.parse('staat "{person:Persoon}" als "{member_type}" in het eHealth-toegangsbeheer van "{org:Organisatie}"')
)
def _(users_page: UsersPage, world: World, person: str, member_type: str, org: str) -> None:
    """Met dezelfde aanmelding (single sign-on) toont de lijst 'Gebruikers' de persoon met dit type.

    Voorbeeld: staat "Ann Claes" als "LB" in het eHealth-toegangsbeheer van "WACHTPOST LEIE"
    """
    users_page.open(world.organisation(org).riziv)
    expect(users_page.cell(person, TYPE)).to_have_text(member_type)


# --- deleting users (§2.4.1.2) ---------------------------------------------------------------


@when(parsers.parse('{actor:Actor} "{persons:Personen}" verwijdert'))
def _(people: People, users_page: UsersPage, world: World, actor: str, persons: list[str]) -> None:
    """Vinkt de personen aan, kiest 'Gebruiker(s) verwijderen' en klikt 'Uitvoeren'.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: wie verwijderde, voegt wie verwijderd werd weer toe (e-mailadres en toepassingen
    uit het doelbestand) als het scenario eindigt; een type of status die het formulier niet
    teruggeeft (Co-LB, Geblokkeerd), meldt het als achtergebleven."""
    people.refer(actor)
    for person in persons:
        _undo_deleting(world, users_page, person)
    users_page.delete(*persons)


def _undo_deleting(world: World, users_page: UsersPage, person: str) -> None:
    """As the list shows her now (type and status), put back when the scenario ends."""

    def prepare() -> Callable[[Page], bool] | None:
        riziv, insz = users_page.riziv, world.person(person).insz
        email, apps = world.declared(person, riziv)
        was = users_page.member(person)
        if was is None:  # not listed: there is no one to delete, nor to add back
            return None
        return lambda page: _users_of(page, riziv).add_back(person, insz, email, apps, was)

    world.changing(f"{person} verwijderd", "uman", prepare)


@when(parsers.parse('{actor:Actor} "Uitvoeren" kiest zonder iemand te selecteren'))
def _(people: People, users_page: UsersPage, actor: str) -> None:
    """Kiest 'Gebruiker(s) verwijderen' en klikt 'Uitvoeren' zonder aangevinkte gebruiker."""
    people.refer(actor)
    users_page.delete()


@then(parsers.parse('staat "{person:Persoon}" niet meer in de gebruikerslijst'))
def _(users_page: UsersPage, person: str) -> None:
    """De actie is uitgevoerd en de persoon staat niet meer in de lijst."""
    expect(users_page.status).to_be_visible()
    expect(users_page.row(person)).to_have_count(0)
