"""Steps about the CSAM registration of a care institution that appoints the HTB (manual §2.2)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from pytest_bdd import given, then, when

from steps.pages.common import insz_as_shown, riziv_as_shown
from steps.pages.csam import CsamLoginPage
from steps.pages.registratie import RegistrationPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.identities import names_an_entity
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.stage import HTB, sees
from vaccinnet_bdd.harness.world import World

# Why a step that registers an HTB is not executable on a target: nothing puts back what it did.
REGISTERING_HTB = (
    "een hoofdtoegangsbeheerder registreren (geen scherm van de portalen trekt een aangeduide"
    " hoofdtoegangsbeheerder weer in, en de registratie weigert een tweede zolang de organisatie er een heeft)"
)


@pytest.fixture
def registration(people: People) -> RegistrationPage:
    return people.following(RegistrationPage)


@given(parsers.parse('"{person:Persoon}" is aangemeld bij de registratie van zorginstellingen'))
def _(registration: RegistrationPage, world: World, person: str) -> None:
    """De persoon is aangemeld en ziet het registratieformulier van een zorginstelling.

    Op de mock: een sessie van CSAM en de registratie, meteen.
    Op een doel: aangemeld via de eigen aanmelding van het portaal en CSAM's sleutel 'beveiligingscode via
    mobiele app', als het account dat de persoon speelt.
    """
    world.arrive(person, "registratie", lambda _: registration.open())


@when(parsers.parse('"{person:Persoon}" zich bij de registratie aanmeldt met "{key}"'))
def _(people: People, registration: RegistrationPage, csam: CsamLoginPage, world: World, person: str, key: str) -> None:
    """Klikt 'Zich aanmelden' op de aanmeldpagina van de registratie en meldt zich aan via CSAM.

    Toont de browser van de persoon die aanmeldpagina niet (nog niets, of een andere pagina), dan
    opent de stap ze eerst.

    Op de mock: met 'beveiligingscode via mobiele app' vult de persoon gebruikersnaam, wachtwoord en
    de code van het moment in, zoals op een echte omgeving; met een andere sleutel kiest hij zichzelf
    als testpersoon.

    Op een doel: enkel met 'beveiligingscode via mobiele app'; met een andere sleutel niet uitvoerbaar.
    """
    _log_in(people, registration, csam, person, world.key(key, person))


@when(parsers.parse('"{person:Persoon}" zich bij de registratie aanmeldt'))
def _(people: People, registration: RegistrationPage, csam: CsamLoginPage, world: World, person: str) -> None:
    """Als hierboven, met een digitale sleutel die er in het scenario niet toe doet.

    Op de mock: met de eID (de persoon kiest zichzelf als testpersoon).
    Op een doel: met 'beveiligingscode via mobiele app', de enige sleutel die een run zonder iemand erbij
    kan gebruiken (het rapport zegt bij de stap welke sleutel het was).
    """
    _log_in(people, registration, csam, person, world.key(None, person))


def _log_in(people: People, registration: RegistrationPage, csam: CsamLoginPage, person: str, key: str) -> None:
    people.of(person)
    registration.start_login()
    csam.log_in(person, key)


@when(
    parsers.parse(
        '{actor:Actor} "{org:Organisatie}" registreert als "{category}" met zichzelf als hoofdtoegangsbeheerder'
    )
)
@sees(HTB)
def _(people: People, registration: RegistrationPage, world: World, actor: str, org: str, category: str) -> None:
    """Registreert de organisatie onder deze soort instelling, met de aangemelde persoon als HTB.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: geen scherm trekt een aangeduide hoofdtoegangsbeheerder weer in. In een scenario dat
    de portalen wijzigt (@wijzigt) niet uitvoerbaar; in een ander verwacht het scenario een weigering,
    zoals op de mock, en speelt het enkel met --allow-changes.

    Voorbeeld: zij "WACHTPOST LEIE" registreert als "Wachtpost" met zichzelf als hoofdtoegangsbeheerder
    """
    people.refer(actor)
    world.irreversible(REGISTERING_HTB)
    registration.register(category, world.organisation(org).riziv)


@when(parsers.parse('{actor:Actor} "{org:Organisatie}" registreert als "{category}" met zichzelf als hoofdtoegangsbeheerder zonder e-mailadres'))  # noqa: E501  # fmt: skip
@sees(HTB)
def _(people: People, registration: RegistrationPage, world: World, actor: str, org: str, category: str) -> None:
    """Als hierboven, met een leeg e-mailadres.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: geen scherm trekt een aangeduide hoofdtoegangsbeheerder weer in. In een scenario dat
    de portalen wijzigt (@wijzigt) niet uitvoerbaar; in een ander verwacht het scenario een weigering,
    zoals op de mock, en speelt het enkel met --allow-changes.

    Voorbeeld: zij "WACHTPOST LEIE" registreert als "Wachtpost" met zichzelf als hoofdtoegangsbeheerder
        zonder e-mailadres
    """
    people.refer(actor)
    world.irreversible(REGISTERING_HTB)
    registration.register(category, world.organisation(org).riziv, email="")


@when(
    parsers.parse(
        '{actor:Actor} "{org:Organisatie}" registreert als "{category}" met "{htb:Persoon}" als hoofdtoegangsbeheerder'
    )
)
@sees(HTB)
def _(
    people: People, registration: RegistrationPage, world: World, actor: str, org: str, category: str, htb: str
) -> None:
    """Registreert de organisatie met een andere persoon als HTB.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: geen scherm trekt een aangeduide hoofdtoegangsbeheerder weer in. In een scenario dat
    de portalen wijzigt (@wijzigt) niet uitvoerbaar; in een ander verwacht het scenario een weigering,
    zoals op de mock, en speelt het enkel met --allow-changes.

    Voorbeeld: zij "WACHTPOST LEIE" registreert als "Wachtpost" met "Piet Janssens" als hoofdtoegangsbeheerder
    """
    people.refer(actor)
    world.irreversible(REGISTERING_HTB)
    person = world.person(htb)
    registration.register(category, world.organisation(org).riziv, person.insz, person.email)


@when(parsers.parse('{actor:Actor} instellingsnummer "{number}" registreert als "{category}"'))
def _(people: People, registration: RegistrationPage, world: World, actor: str, number: str, category: str) -> None:
    """Registreert met dit instellingsnummer, zoals het getypt wordt.

    Op de mock: zoals beschreven, met elk nummer.
    Op een doel: een nummer dat van geen RIZIV-entiteit kan zijn (fout controlegetal, letters, te kort)
    verandert niets en speelt er zoals op de mock. Een geldig nummer zou een hoofdtoegangsbeheerder
    aanduiden, wat geen scherm weer intrekt: in een scenario dat de portalen wijzigt (@wijzigt) niet
    uitvoerbaar; in een ander verwacht het scenario een weigering en speelt het enkel met --allow-changes.

    Voorbeeld: zij instellingsnummer "12345679" registreert als "Wachtpost"
    """
    people.refer(actor)
    if names_an_entity(number):
        world.irreversible(REGISTERING_HTB)
    registration.register(category, number)


@when(parsers.parse('{actor:Actor} instellingsnummer van "{person:Persoon}" registreert als "{category}"'))
def _(people: People, registration: RegistrationPage, world: World, actor: str, person: str, category: str) -> None:
    """Registreert met de eerste 8 cijfers van het eigen RIZIV-nummer van een zorgverlener.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: geen scherm trekt een aangeduide hoofdtoegangsbeheerder weer in. In een scenario dat
    de portalen wijzigt (@wijzigt) niet uitvoerbaar; in een ander verwacht het scenario een weigering,
    zoals op de mock, en speelt het enkel met --allow-changes.

    Voorbeeld: zij instellingsnummer van "Els Maes" registreert als "Wachtpost"
    """
    people.refer(actor)
    world.irreversible(REGISTERING_HTB)
    riziv = world.person(person).riziv
    assert riziv is not None, f"{person} heeft geen eigen RIZIV-nummer: maak de persoon een zorgverlener"
    registration.register(category, riziv[:8])


@then(parsers.parse('meldt de registratie "{message}"'))
def _(registration: RegistrationPage, message: str) -> None:
    """De registratie toont deze statusmelding.

    Voorbeeld: meldt de registratie "Lotte Dubois is nu hoofdtoegangsbeheerder van WACHTPOST LEIE."
    """
    expect(registration.status).to_contain_text(message)


@then(parsers.parse('vermeldt de melding het RIZIV-nummer van "{org:Organisatie}" en het INSZ van "{person:Persoon}"'))
def _(registration: RegistrationPage, world: World, org: str, person: str) -> None:
    """De foutmelding noemt wat het RIZIV moet weten: het nummer van de entiteit en het INSZ."""
    expect(registration.alert).to_contain_text(riziv_as_shown(world.organisation(org).riziv))
    expect(registration.alert).to_contain_text(insz_as_shown(world.person(person).insz))


@then(parsers.parse('verwijst de melding naar "{link}"'))
def _(registration: RegistrationPage, link: str) -> None:
    """De foutmelding heeft een link met deze naam.

    Voorbeeld: verwijst de melding naar "Contactinformatie RIZIV voor huisartsen"
    """
    expect(registration.alert_link(link)).to_be_visible()


@then(parsers.parse('noemt de melding "{text}"'))
def _(registration: RegistrationPage, text: str) -> None:
    """De foutmelding bevat deze tekst.

    Voorbeeld: noemt de melding "met de schriftelijke bevestiging van het RIZIV als bijlage"
    """
    expect(registration.alert).to_contain_text(text)


@then(parsers.parse('staat in het veld "{label}" nog het nummer van "{org:Organisatie}"'))
def _(registration: RegistrationPage, world: World, label: str, org: str) -> None:
    """Na een weigering blijft het ingevulde instellingsnummer staan.

    Voorbeeld: staat in het veld "Instellingsnummer (RIZIV-nummer)" nog het nummer van "WACHTPOST LEIE"
    """
    expect(registration.field(label)).to_have_value(world.organisation(org).riziv)


@then(parsers.parse("toont de aanmeldpagina van eGezondheid deze digitale sleutels:"))
def _(registration: RegistrationPage, datatable: list[list[str]]) -> None:
    """De aanmeldpagina van de registratie somt precies deze sleutels op.

    Tabel: sleutel
    """
    expect(registration.login_title).to_be_visible()
    expect(registration.keys()).to_have_text([key for (key,) in datatable[1:]])


@then(parsers.parse('biedt de aanmeldpagina van eGezondheid ook "{block}" aan'))
def _(registration: RegistrationPage, block: str) -> None:
    """De aanmeldpagina van de registratie heeft ook dit blok.

    Voorbeeld: biedt de aanmeldpagina van eGezondheid ook "Met uw toegangscodes" aan
    """
    expect(registration.block(block)).to_be_visible()


@then(parsers.parse('vraagt de registratie "{category}" en "{number}"'))
def _(registration: RegistrationPage, category: str, number: str) -> None:
    """Het registratieformulier heeft deze twee velden.

    Voorbeeld: vraagt de registratie "Soort instelling" en "Instellingsnummer (RIZIV-nummer)"
    """
    expect(registration.field(category)).to_be_visible()
    expect(registration.field(number)).to_be_visible()
