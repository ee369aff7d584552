"""Steps of the whole manual as one journey: several people, each in a browser of their own, only
through the screens (logging in through CSAM included)."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.btb import STEP_APPOINT_MANAGERS, BtbPage
from steps.pages.csam import CsamLoginPage
from steps.pages.ehealth import CARE_INSTITUTION, EhealthAccessPage
from steps.pages.registratie import RegistrationPage
from steps.pages.screens import PortalScreens
from steps.pages.uman import USERS, UmanEntryPage, UsersPage
from steps.pages.vaccinnet import VaccinnetPage
from steps.parameters import parsers
from steps.registratie import REGISTERING_HTB
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.world import World


@when(parsers.parse('"{rep:Persoon}" bij eGezondheid "{htb:Persoon}" aanduidt als hoofdtoegangsbeheerder van "{org:Organisatie}" onder "{category}"'))  # noqa: E501  # fmt: skip
def _(people: People, world: World, rep: str, htb: str, org: str, category: str) -> None:
    """§2.2 in de browser van de vertegenwoordiger: eGezondheid, registratie, aanmelden, HTB aanduiden.

    Op de mock: zoals beschreven; het volgende scenario begint op een lege mock.
    Op een doel: geen scherm trekt een aangeduide hoofdtoegangsbeheerder weer in. In een scenario dat
    de portalen wijzigt (@wijzigt) niet uitvoerbaar; in een ander verwacht het scenario een weigering,
    zoals op de mock, en speelt het enkel met --allow-changes.

    Voorbeeld: "Lotte Dubois" bij eGezondheid "Piet Janssens" aanduidt als hoofdtoegangsbeheerder
        van "WACHTPOST LEIE" onder "Wachtpost"
    """
    world.irreversible(REGISTERING_HTB)
    page = people.of(rep)
    ehealth, registration = EhealthAccessPage(page), RegistrationPage(page)
    ehealth.open()
    ehealth.open_registration(CARE_INSTITUTION)
    registration.log_in.click()
    CsamLoginPage(page, world.credentials).log_in(rep, world.key(None, rep))
    person = world.person(htb)
    registration.register(category, world.organisation(org).riziv, person.insz, person.email)
    registration.status.wait_for()  # the next person starts once this step is done


@when(parsers.parse('"{htb:Persoon}" in het Beheer der Toegangsbeheerders "{manager:Persoon}" aanstelt als toegangsbeheerder voor eHealth'))  # noqa: E501  # fmt: skip
def _(people: People, world: World, htb: str, manager: str) -> None:
    """§2.3 in de browser van de HTB: de stap openklikken, aanmelden, de toegangsbeheerder aanstellen.

    Op de mock: aanmelden met de eID.
    Op een doel: aanmelden met 'beveiligingscode via mobiele app'; wie aanstelde, verwijdert de
    toegangsbeheerder weer als het scenario eindigt.
    """
    key, page = world.key(None, htb), people.of(htb)
    btb = BtbPage(page)
    btb.open()
    btb.open_step(STEP_APPOINT_MANAGERS)
    btb.appoint_managers.click()
    CsamLoginPage(page, world.credentials).log_in(htb, key)
    person = world.person(manager)
    btb.appoint(person.insz, person.email)
    riziv = btb.shown_organisation()
    world.changed(f"{person.name} aangesteld", "btb", lambda p: PortalScreens(p).remove_manager(riziv, person.name))
    btb.status.wait_for()


@when(parsers.parse('"{manager:Persoon}" in het eHealth-toegangsbeheer "{user:Persoon}" toevoegt aan "{org:Organisatie}" met "{app}"'))  # noqa: E501  # fmt: skip
def _(people: People, world: World, manager: str, user: str, org: str, app: str) -> None:
    """§2.4.1 en §2.4.1.1 in de browser van de toegangsbeheerder: van BTB tot 'Bevestigen'.

    Op de mock: aanmelden met de eID.
    Op een doel: aanmelden met 'beveiligingscode via mobiele app'; wie de gebruiker toevoegde,
    verwijdert hem weer als het scenario eindigt.
    """
    key, page = world.key(None, manager), people.of(manager)
    btb, entry, users = BtbPage(page), UmanEntryPage(page), UsersPage(page)
    btb.open()
    btb.go_to_system()
    entry.csam_login.click()
    CsamLoginPage(page, world.credentials).log_in(manager, key)
    entry.choose(org)
    users.sidebar_link(USERS).click()
    person, riziv = world.person(user), world.organisation(org).riziv
    world.changed(f"{person.name} toegevoegd", "uman", lambda p: PortalScreens(p).delete_user(riziv, person.name))
    users.add(person.insz, person.email, [app])
    users.status.wait_for()


@when(parsers.parse('"{user:Persoon}" zich in Vaccinnet aanmeldt als "{role}" binnen "{org:Organisatie}"'))
def _(people: People, world: World, user: str, role: str, org: str) -> None:
    """§2.4.2 in de browser van de gebruiker: aanmelden en het profiel kiezen.

    Voorbeeld: "Ann Claes" zich in Vaccinnet aanmeldt als "Burger" binnen "WACHTPOST LEIE"
    """
    key, page = world.key(None, user), people.of(user)
    vaccinnet = VaccinnetPage(page)
    vaccinnet.start_login()
    CsamLoginPage(page, world.credentials).log_in(user, key)
    vaccinnet.choose_profile(role, org)


@then(parsers.parse('mag "{user:Persoon}" voor "{org:Organisatie}" "{app}" gebruiken'))
def _(vaccinnet: VaccinnetPage, user: str, org: str, app: str) -> None:
    """Vaccinnet toont de persoon als Burger binnen de organisatie, met deze toepassing."""
    expect(vaccinnet.profile).to_contain_text([vaccinnet.as_citizen(user), org])
    expect(vaccinnet.applications(org)).to_have_text([app])
