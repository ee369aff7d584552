"""Steps about Vaccinnet: logging in, the profile choice "Binnen de organisatie" (manual §2.4.2)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from pytest_bdd import given, then, when

from steps.pages.csam import CsamLoginPage
from steps.pages.vaccinnet import VaccinnetPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.stage import PROFILES, RIGHTS, RIGHTS_OF_KIND, sees
from vaccinnet_bdd.harness.world import World


@pytest.fixture
def vaccinnet(people: People) -> VaccinnetPage:
    return people.following(VaccinnetPage)


@given(parsers.parse('"{person:Persoon}" is aangemeld bij Vaccinnet'))
def _(world: World, person: str) -> None:
    """De persoon is via CSAM aangemeld bij Vaccinnet (en dus ook bij CSAM).

    Op de mock: een sessie van CSAM en Vaccinnet, meteen.
    Op een doel: aangemeld via de eigen aanmelding van het portaal en CSAM's sleutel 'beveiligingscode via
    mobiele app', als het account dat de persoon speelt.
    """
    world.arrive(person, "vaccinnet", lambda _: None)


@when(parsers.parse('"{person:Persoon}" zich bij Vaccinnet aanmeldt met "{key}"'))
def _(people: People, vaccinnet: VaccinnetPage, csam: CsamLoginPage, world: World, person: str, key: str) -> None:
    """Opent Vaccinnet, klikt 'Aanmelden' en meldt zich aan via CSAM met deze digitale sleutel.

    Op de mock: met 'beveiligingscode via mobiele app' vult de persoon gebruikersnaam, wachtwoord en
    de code van het moment in, zoals op een echte omgeving; met een andere sleutel kiest hij zichzelf
    als testpersoon.

    Op een doel: enkel met 'beveiligingscode via mobiele app'; met een andere sleutel niet uitvoerbaar.
    """
    _log_in(people, vaccinnet, csam, person, world.key(key, person))


@when(parsers.parse('"{person:Persoon}" zich bij Vaccinnet aanmeldt'))
def _(people: People, vaccinnet: VaccinnetPage, csam: CsamLoginPage, world: World, person: str) -> None:
    """Opent Vaccinnet, klikt 'Aanmelden' en meldt zich aan via CSAM, met een digitale sleutel die er in
    het scenario niet toe doet.

    Op de mock: met de eID (de persoon kiest zichzelf als testpersoon).
    Op een doel: met 'beveiligingscode via mobiele app', de enige sleutel die een run zonder iemand erbij
    kan gebruiken (het rapport zegt bij de stap welke sleutel het was).
    """
    _log_in(people, vaccinnet, csam, person, world.key(None, person))


def _log_in(people: People, vaccinnet: VaccinnetPage, csam: CsamLoginPage, person: str, key: str) -> None:
    people.of(person)
    vaccinnet.start_login()
    csam.log_in(person, key)


@when(parsers.parse("{actor:Actor} zich bij Vaccinnet begint aan te melden"))
@when(parsers.parse("{actor:Actor} zich opnieuw bij Vaccinnet begint aan te melden"))
def _(people: People, vaccinnet: VaccinnetPage, actor: str) -> None:
    """Opent Vaccinnet en klikt 'Aanmelden': CSAM neemt het over."""
    people.refer(actor)
    vaccinnet.start_login()


@when(parsers.parse("{actor:Actor} Vaccinnet opent"))
def _(people: People, vaccinnet: VaccinnetPage, actor: str) -> None:
    """Opent de startpagina van Vaccinnet (aangemeld: de profielkeuze of de eigen startpagina)."""
    people.refer(actor)
    vaccinnet.open()


@when(parsers.parse("{actor:Actor} zich afmeldt bij Vaccinnet"))
def _(people: People, vaccinnet: VaccinnetPage, actor: str) -> None:
    """Klikt 'Afmelden' in Vaccinnet."""
    people.refer(actor)
    vaccinnet.open()
    vaccinnet.log_out()


@when(parsers.parse("{actor:Actor} Vaccinnet opent in een nieuw browservenster"))
def _(people: People, vaccinnet: VaccinnetPage, actor: str) -> None:
    """Dezelfde persoon, in een nieuwe browser zonder aanmelding, begint zich bij Vaccinnet aan te melden."""
    people.refer(actor)
    people.new_browser()
    vaccinnet.start_login()


@when(parsers.parse('{actor:Actor} het profiel "{role}" kiest binnen de organisatie "{org:Organisatie}"'))
def _(people: People, vaccinnet: VaccinnetPage, actor: str, role: str, org: str) -> None:
    """Kiest 'Ik wil me aanmelden als:' en 'Binnen de organisatie:', dan 'Profiel bevestigen'.

    Voorbeeld: zij het profiel "Burger" kiest binnen de organisatie "WACHTPOST LEIE"
    """
    people.refer(actor)
    vaccinnet.choose_profile(role, org)


@when(parsers.parse('{actor:Actor} het profiel "{role}" kiest'))
def _(people: People, vaccinnet: VaccinnetPage, actor: str, role: str) -> None:
    """Kiest 'Ik wil me aanmelden als:' zonder organisatie, dan 'Profiel bevestigen'.

    Voorbeeld: hij het profiel "Burger" kiest
    """
    people.refer(actor)
    vaccinnet.choose_profile(role)


@when(parsers.parse('{actor:Actor} zelf het profiel van "{org:Organisatie}" verstuurt'))
def _(people: People, vaccinnet: VaccinnetPage, world: World, actor: str, org: str) -> None:
    """Verstuurt een profiel voor de organisatie buiten de keuzelijst om, zoals met de ontwikkelaarstools."""
    people.refer(actor)
    vaccinnet.submit_profile_by_hand(world.organisation(org).riziv)


@then(parsers.parse('vraagt Vaccinnet "{person:Persoon}" om een profiel te kiezen'))
def _(vaccinnet: VaccinnetPage, person: str) -> None:
    """De profielkeuze staat open voor deze aangemelde persoon."""
    expect(vaccinnet.profile_title).to_be_visible()
    expect(vaccinnet.logged_in_as(person)).to_be_visible()


@then(parsers.parse('kan {actor:Actor} binnen de organisatie enkel kiezen uit "{orgs:Organisaties}"'))
@sees(RIGHTS)
def _(people: People, vaccinnet: VaccinnetPage, actor: str, orgs: list[str]) -> None:
    """'Binnen de organisatie:' biedt precies deze organisaties aan."""
    people.refer(actor)
    expect(vaccinnet.organisation_choices()).to_have_text(orgs)


@then(parsers.parse('ziet {actor:Actor} "Binnen de organisatie:" niet'))
@sees(RIGHTS)
def _(people: People, vaccinnet: VaccinnetPage, actor: str) -> None:
    """De profielkeuze staat open, zonder 'Binnen de organisatie:'."""
    people.refer(actor)
    expect(vaccinnet.profile_title).to_be_visible()
    expect(vaccinnet.organisation).to_have_count(0)


@then(parsers.parse('kan "{person:Persoon}" in Vaccinnet kiezen voor "{org:Organisatie}"'))
@sees(RIGHTS)
def _(vaccinnet: VaccinnetPage, world: World, person: str, org: str) -> None:
    """In de eigen browser ziet de persoon de organisatie, en enkel die, onder 'Binnen de organisatie:'."""
    world.signed_in(person, "vaccinnet")
    vaccinnet.open()
    expect(vaccinnet.organisation_choices()).to_have_text([org])


@then(parsers.parse('is {actor:Actor} in Vaccinnet aangemeld binnen de organisatie "{org:Organisatie}"'))
def _(people: People, vaccinnet: VaccinnetPage, actor: str, org: str) -> None:
    """Het gekozen profiel noemt de organisatie."""
    people.refer(actor)
    expect(vaccinnet.profile).to_contain_text([org])


@then(parsers.parse("is {actor:Actor} in Vaccinnet aangemeld als burger"))
def _(people: People, vaccinnet: VaccinnetPage, actor: str) -> None:
    """Het profiel is Burger, zonder organisatie: 'Mijn vaccinaties'."""
    people.refer(actor)
    expect(vaccinnet.citizen_home).to_be_visible()
    expect(vaccinnet.profile).to_contain_text([vaccinnet.as_citizen()])


@then(parsers.parse('mag {actor:Actor} voor "{org:Organisatie}" enkel "{apps:Lijst}" gebruiken'))
def _(people: People, vaccinnet: VaccinnetPage, actor: str, org: str, apps: list[str]) -> None:
    """Precies deze Vaccinnet-toepassingen voor de organisatie, in deze volgorde."""
    people.refer(actor)
    expect(vaccinnet.applications(org)).to_have_text(apps)


@then(parsers.parse('vraagt Vaccinnet "{question}" met "{role_label}" en "{org_label}"'))
def _(vaccinnet: VaccinnetPage, question: str, role_label: str, org_label: str) -> None:
    """De schermteksten van de profielkeuze: de vraag en de twee keuzelijsten.

    Voorbeeld: vraagt Vaccinnet "Kies uw profiel:" met "Ik wil me aanmelden als:" en "Binnen de organisatie:"
    """
    expect(vaccinnet.heading(question)).to_be_visible()
    expect(vaccinnet.field(role_label)).to_be_visible()
    expect(vaccinnet.field(org_label)).to_be_visible()


@then(parsers.parse('staat "{placeholder}" vooraan in "Binnen de organisatie:"'))
def _(vaccinnet: VaccinnetPage, placeholder: str) -> None:
    """De eerste keuze van 'Binnen de organisatie:'.

    Voorbeeld: staat "Kies een profiel" vooraan in "Binnen de organisatie:"
    """
    expect(vaccinnet.organisation_options().first).to_have_text(placeholder)


@then(parsers.parse('staat onder "{group}" enkel "{orgs:Organisaties}"'))
@sees(RIGHTS_OF_KIND)
def _(vaccinnet: VaccinnetPage, group: str, orgs: list[str]) -> None:
    """'Binnen de organisatie:' groepeert per soort: onder deze groep staan precies deze organisaties.

    Voorbeeld: staat onder "Wachtpost" enkel "WACHTPOST LEIE"
    """
    expect(vaccinnet.organisations_under(group)).to_have_text(orgs)


@then(parsers.parse('kan {actor:Actor} zich enkel aanmelden als "{roles:Lijst}"'))
@sees(PROFILES)
def _(people: People, vaccinnet: VaccinnetPage, actor: str, roles: list[str]) -> None:
    """'Ik wil me aanmelden als:' biedt precies deze profielen aan.

    Voorbeeld: kan zij zich enkel aanmelden als "Burger, Arts"
    """
    people.refer(actor)
    expect(vaccinnet.role_options()).to_have_text(roles)


@then(parsers.parse('meldt Vaccinnet "{message}"'))
def _(vaccinnet: VaccinnetPage, message: str) -> None:
    """Vaccinnet toont een melding met deze tekst.

    Voorbeeld: meldt Vaccinnet "U heeft geen rechten om voor deze organisatie aan te melden"
    """
    expect(vaccinnet.alert).to_contain_text(message)


@then(parsers.parse('toont Vaccinnet het contactcenter met "{email}" en "{phone}"'))
def _(vaccinnet: VaccinnetPage, email: str, phone: str) -> None:
    """'Hulp nodig' toont hoe het contactcenter van eHealth te bereiken is.

    Voorbeeld: toont Vaccinnet het contactcenter met "support.vaccinnet@support.eraanova.fgov.be"
        en "02 453 29 78, keuze 2"
    """
    expect(vaccinnet.contact).to_contain_text(email)
    expect(vaccinnet.contact).to_contain_text(phone)
