"""Steps about the Beheer der Toegangsbeheerders: the three steps, appointing access managers (§2.3)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect
from pytest_bdd import given, then, when

from steps.pages.btb import MANAGER_REMOVED, NO_MANAGERS, STEP_APPOINT_MANAGERS, STEPS, BtbPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.identities import names_someone
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.stage import MEMBERS, sees
from vaccinnet_bdd.harness.world import World


@pytest.fixture
def btb(people: People) -> BtbPage:
    return people.following(BtbPage)


@given(parsers.parse('"{person:Persoon}" is aangemeld bij het Beheer der Toegangsbeheerders'))
def _(btb: BtbPage, world: World, person: str) -> None:
    """De persoon is via CSAM aangemeld en ziet de pagina Beheer der Toegangsbeheerders.

    Op de mock: een sessie van CSAM en BTB, meteen.
    Op een doel: aangemeld via de eigen aanmelding van het portaal en CSAM's sleutel 'beveiligingscode via
    mobiele app', als het account dat de persoon speelt.
    """
    world.arrive(person, "btb", lambda _: btb.open())


@given(parsers.parse('"{person:Persoon}" beheert de toegangsbeheerders van "{org:Organisatie}"'))
def _(btb: BtbPage, world: World, person: str, org: str) -> None:
    """De persoon is aangemeld en ziet de toegangsbeheerders van de organisatie.

    Voorbeeld: "Piet Janssens" beheert de toegangsbeheerders van "WACHTPOST LEIE"

    Op de mock: een sessie van CSAM en BTB, meteen.
    Op een doel: aangemeld via de eigen aanmelding van het portaal en CSAM's sleutel 'beveiligingscode via
    mobiele app', als het account dat de persoon speelt.
    """
    world.arrive(person, "btb", lambda _: btb.open_managers_of(world.organisation(org).riziv))


@when(parsers.parse("{actor:Actor} het Beheer der Toegangsbeheerders opent"))
def _(people: People, btb: BtbPage, actor: str) -> None:
    """Opent de pagina Beheer der Toegangsbeheerders van CSAM."""
    people.refer(actor)
    btb.open()


@when(parsers.parse('{actor:Actor} de stap "{title}" openklikt'))
def _(people: People, btb: BtbPage, actor: str, title: str) -> None:
    """Klikt op de titel (het grijze balkje) van een van de drie stappen.

    Voorbeeld: ze de stap "TOEGANGEN BEHEREN" openklikt
    """
    people.refer(actor)
    btb.open_step(title)


@when(parsers.parse('{actor:Actor} via "Toegangen beheren" naar "{system}" gaat'))
def _(people: People, btb: BtbPage, actor: str, system: str) -> None:
    """Klikt 'Toegangen beheren' open en dan de knop van een systeem.

    Voorbeeld: zij via "Toegangen beheren" naar "Toegangsbeheer eHealth" gaat
    """
    people.refer(actor)
    btb.go_to_system(system)


@when(parsers.parse('{actor:Actor} "{person:Persoon}" aanstelt als "{role}" voor "{domain}"'))
def _(people: People, btb: BtbPage, world: World, actor: str, person: str, role: str, domain: str) -> None:
    """Stelt de persoon aan met deze rol voor dit domein.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: wie aanstelde, verwijdert de toegangsbeheerder weer als het scenario eindigt.

    Voorbeeld: hij "Ann Claes" aanstelt als "Toegangsbeheerder" voor "eHealth"
    """
    people.refer(actor)
    found = world.person(person)
    _undo_appointing(btb, world, person)
    btb.appoint(found.insz, found.email, role, domain)


def _undo_appointing(btb: BtbPage, world: World, person: str) -> None:
    """Remove her again when the scenario ends; one the list shows already is put back as she was."""

    def prepare() -> Callable[[Page], bool] | None:
        riziv, insz, was = btb.riziv, world.person(person).insz, btb.manager(person)
        if was is not None:
            return lambda page: _managers_of(page, riziv).put_back(person, insz, was)
        return lambda page: _managers_of(page, riziv).remove_if_listed(person)

    world.changing(f"{person} aangesteld als toegangsbeheerder", "btb", prepare)


def _managers_of(page: Page, riziv: str) -> BtbPage:
    managers = BtbPage(page)
    managers.open_managers_of(riziv)
    return managers


def _undo_changing(btb: BtbPage, world: World, person: str, what: str) -> None:
    """What the list shows of the access manager now, put back when the scenario ends."""

    def prepare() -> Callable[[Page], bool] | None:
        riziv, insz, was = btb.riziv, world.person(person).insz, btb.manager(person)
        if was is None:  # not listed: there is nothing to change, nor to put back
            return None
        return lambda page: _managers_of(page, riziv).put_back(person, insz, was)

    world.changing(what, "btb", prepare)


@when(parsers.parse('{actor:Actor} INSZ "{insz}" aanstelt met e-mailadres "{email}"'))
def _(people: People, btb: BtbPage, world: World, actor: str, insz: str, email: str) -> None:
    """Stelt een toegangsbeheerder aan met dit INSZ, zoals het getypt wordt.

    Op de mock: zoals beschreven, met elk INSZ.
    Op een doel: een INSZ dat van niemand kan zijn verandert niets en speelt er zoals op de mock. Wie met
    een geldig INSZ aangesteld zou worden, speelt geen rol en geen stap verwijdert hem weer: in een
    scenario dat de portalen wijzigt (@wijzigt) niet uitvoerbaar; in een ander verwacht het scenario een
    weigering en speelt het enkel met --allow-changes.
    """
    people.refer(actor)
    if names_someone(insz):
        world.irreversible(f"toegangsbeheerder met INSZ {insz} aanstellen")
    btb.appoint(insz, email)


@when(parsers.parse('{actor:Actor} "{person:Persoon}" aanstelt zonder e-mailadres'))
def _(people: People, btb: BtbPage, world: World, actor: str, person: str) -> None:
    """Stelt de persoon aan als toegangsbeheerder, met een leeg e-mailadres.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: wie aanstelde, verwijdert de toegangsbeheerder weer als het scenario eindigt.
    """
    people.refer(actor)
    found = world.person(person)
    _undo_appointing(btb, world, person)
    btb.appoint(found.insz, "")


@when(parsers.parse('{actor:Actor} de rol van "{person:Persoon}" wijzigt in "{role}"'))
def _(people: People, btb: BtbPage, world: World, actor: str, person: str, role: str) -> None:
    """Klikt 'Wijzigen' bij de toegangsbeheerder, kiest de rol en stelt aan.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: wie wijzigde, zet de rol terug zoals de lijst ze toonde als het scenario eindigt.

    Voorbeeld: hij de rol van "Ann Claes" wijzigt in "Co-toegangsbeheerder"
    """
    people.refer(actor)
    _undo_changing(btb, world, person, f"rol van toegangsbeheerder {person} gewijzigd")
    btb.change(person, role)


@when(parsers.parse('{actor:Actor} toegangsbeheerder "{person:Persoon}" verwijdert'))
def _(people: People, btb: BtbPage, world: World, actor: str, person: str) -> None:
    """Klikt 'Verwijderen' bij de toegangsbeheerder.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: wie verwijderde, stelt haar weer aan met dezelfde rol, hetzelfde domein en
    e-mailadres als het scenario eindigt.
    """
    people.refer(actor)
    _undo_changing(btb, world, person, f"toegangsbeheerder {person} verwijderd")
    btb.remove(person)


@then(parsers.parse('toont de pagina de stappen "{titles:Lijst}"'))
def _(btb: BtbPage, titles: list[str]) -> None:
    """De pagina toont de titels van deze stappen.

    Voorbeeld: toont de pagina de stappen "TOEGANGSBEHEERDERS AANSTELLEN, TOEGANGEN BEHEREN"
    """
    for title in titles:
        expect(btb.step(title)).to_be_visible()


@then(parsers.parse("zijn de stappen dichtgeklapt"))
def _(btb: BtbPage) -> None:
    """Geen van de drie stappen staat open."""
    for title in STEPS:
        expect(btb.step(title)).to_have_attribute("aria-expanded", "false")
        expect(btb.step_content(title)).to_be_hidden()


@then(parsers.parse('toont de stap de knop "{button}"'))
def _(btb: BtbPage, button: str) -> None:
    """De opengeklapte stap 'TOEGANGSBEHEERDERS AANSTELLEN' heeft deze knop.

    Voorbeeld: toont de stap de knop "Toegangsbeheerders aanstellen"
    """
    expect(btb.button_in_step(STEP_APPOINT_MANAGERS, button)).to_be_visible()


@then(parsers.parse("toont de stap deze systemen:"))
def _(btb: BtbPage, datatable: list[list[str]]) -> None:
    """Onder 'TOEGANGEN BEHEREN' staat elk systeem van de tabel met zijn knop.

    Tabel: systeem | knop
    """
    for system, button in datatable[1:]:
        expect(btb.system_button(system, button)).to_be_visible()


@then(parsers.parse('staat "{person:Persoon}" als "{role}" voor "{domain}" in de lijst van toegangsbeheerders'))
def _(btb: BtbPage, person: str, role: str, domain: str) -> None:
    """De aanstelling is bewaard en staat in de lijst.

    Voorbeeld: staat "Ann Claes" als "Toegangsbeheerder" voor "eHealth" in de lijst van toegangsbeheerders
    """
    expect(btb.status).to_be_visible()
    expect(btb.manager_cells(person)).to_contain_text([person, role, domain])


@then(parsers.parse('staat "{person:Persoon}" niet meer in de lijst van toegangsbeheerders'))
def _(btb: BtbPage, person: str) -> None:
    """De toegangsbeheerder werd verwijderd en staat niet meer in de lijst."""
    expect(btb.status).to_have_text(MANAGER_REMOVED)
    expect(btb.manager_cells(person)).to_have_count(0)


@then(parsers.parse("zijn er nog geen toegangsbeheerders"))
@sees(MEMBERS)
def _(btb: BtbPage) -> None:
    """De lijst van toegangsbeheerders is leeg: er werd niets bewaard."""
    expect(btb.manager_rows()).to_have_text([NO_MANAGERS])


@then(
    parsers.parse('ziet "{person:Persoon}" "{manager:Persoon}" niet bij de toegangsbeheerders van "{org:Organisatie}"')
)
def _(btb: BtbPage, world: World, person: str, manager: str, org: str) -> None:
    """In de eigen browser, aangemeld, opent de persoon de toegangsbeheerders van de organisatie: de
    toegangsbeheerder staat er niet. Zo toont de hoofdtoegangsbeheerder dat een geweigerd verzoek niets
    veranderde.

    Voorbeeld: ziet "Piet Janssens" "Tom Willems" niet bij de toegangsbeheerders van "WACHTPOST LEIE"
    """
    world.signed_in(person, "btb")
    btb.open_managers_of(world.organisation(org).riziv)
    expect(btb.manager_rows()).not_to_have_count(0)  # the list has come: a row, or the line that it is empty
    expect(btb.manager_cells(manager)).to_have_count(0)
