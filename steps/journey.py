"""Steps of the whole manual as one journey: several people, each in a browser of their own, only
through the screens (logging in through CSAM included)."""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.btb import STEP_APPOINT_MANAGERS, BtbPage
from steps.pages.csam import EID, ITSME, MYGOV, CsamLoginPage
from steps.pages.ehealth import CARE_INSTITUTION, EhealthAccessPage
from steps.pages.registratie import RegistrationPage
from steps.pages.uman import USERS, UmanEntryPage, UsersPage
from steps.pages.vaccinnet import VaccinnetPage
from steps.parameters import sentence
from steps.registratie import REGISTERING_HTB
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.world import World


@when(sentence('"{rep}" bij eGezondheid "{htb}" aanduidt als hoofdtoegangsbeheerder van "{org}" onder "{category}"'))
def _(people: People, world: World, rep: str, htb: str, org: str, category: str) -> None:
    """§2.2 in de browser van de vertegenwoordiger: eGezondheid, registratie, aanmelden, HTB aanduiden.

    Op een doel: niet uitvoerbaar: geen scherm trekt een aangeduide hoofdtoegangsbeheerder weer in.

    Voorbeeld: "Lotte Dubois" bij eGezondheid "Piet Janssens" aanduidt als hoofdtoegangsbeheerder
        van "WACHTPOST LEIE" onder "Wachtpost"
    """
    world.irreversible(REGISTERING_HTB)
    page = people.of(rep)
    ehealth, registration = EhealthAccessPage(page), RegistrationPage(page)
    ehealth.open()
    ehealth.open_registration(CARE_INSTITUTION)
    registration.log_in.click()
    CsamLoginPage(page, world.credentials, world.picker_key).log_in(rep, EID)
    person = world.person(htb)
    registration.register(category, world.organisation(org).riziv, person.insz, person.email)
    registration.status.wait_for()  # the next person starts once this step is done


@when(sentence('"{htb}" in het Beheer der Toegangsbeheerders "{manager}" aanstelt als toegangsbeheerder voor eHealth'))
def _(people: People, world: World, htb: str, manager: str) -> None:
    """§2.3 in de browser van de HTB: de stap openklikken, aanmelden, de toegangsbeheerder aanstellen."""
    page = people.of(htb)
    btb = BtbPage(page)
    btb.open()
    btb.open_step(STEP_APPOINT_MANAGERS)
    btb.appoint_managers.click()
    CsamLoginPage(page, world.credentials, world.picker_key).log_in(htb, ITSME)
    person = world.person(manager)
    btb.appoint(person.insz, person.email)
    btb.status.wait_for()


@when(sentence('"{manager}" in het eHealth-toegangsbeheer "{user}" toevoegt aan "{org}" met "{app}"'))
def _(people: People, world: World, manager: str, user: str, org: str, app: str) -> None:
    """§2.4.1 en §2.4.1.1 in de browser van de toegangsbeheerder: van BTB tot 'Bevestigen'."""
    page = people.of(manager)
    btb, entry, users = BtbPage(page), UmanEntryPage(page), UsersPage(page)
    btb.open()
    btb.go_to_system()
    entry.csam_login.click()
    CsamLoginPage(page, world.credentials, world.picker_key).log_in(manager, MYGOV)
    entry.choose(org)
    users.sidebar_link(USERS).click()
    person = world.person(user)
    users.add(person.insz, person.email, [app])
    users.status.wait_for()


@when(sentence('"{user}" zich in Vaccinnet aanmeldt als "{role}" binnen "{org}"'))
def _(people: People, world: World, user: str, role: str, org: str) -> None:
    """§2.4.2 in de browser van de gebruiker: aanmelden en het profiel kiezen.

    Voorbeeld: "Ann Claes" zich in Vaccinnet aanmeldt als "Burger" binnen "WACHTPOST LEIE"
    """
    page = people.of(user)
    vaccinnet = VaccinnetPage(page)
    vaccinnet.start_login()
    CsamLoginPage(page, world.credentials, world.picker_key).log_in(user, ITSME)
    vaccinnet.choose_profile(role, org)


@then(sentence('mag "{user}" voor "{org}" "{app}" gebruiken'))
def _(vaccinnet: VaccinnetPage, user: str, org: str, app: str) -> None:
    """Vaccinnet toont de persoon als Burger binnen de organisatie, met deze toepassing."""
    expect(vaccinnet.profile).to_contain_text([vaccinnet.as_citizen(user), org])
    expect(vaccinnet.applications(org)).to_have_text([app])
