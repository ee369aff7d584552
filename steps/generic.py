"""Steps that work the same on every portal page: links, messages, form fields."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages import btb, uman
from steps.pages.common import Filled, PortalPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.world import World

FORMS = {**uman.FORMS, **btb.FORMS}  # every form a request can be sent by hand to


@pytest.fixture
def portal(people: People) -> PortalPage:
    return people.following(PortalPage)


@when(parsers.parse('{actor:Actor} op "{link}" klikt'))
def _(people: People, portal: PortalPage, actor: str, link: str) -> None:
    """Klikt op de link of knop met deze naam."""
    people.refer(actor)
    portal.follow(link)


@then(parsers.parse('is "{person:Persoon}" aangemeld'))
def _(portal: PortalPage, person: str) -> None:
    """De pagina zegt dat deze persoon aangemeld is ('Aangemeld als ...')."""
    expect(portal.logged_in_as(person)).to_be_visible()


@then(parsers.parse('meldt de pagina "{message}"'))
def _(portal: PortalPage, message: str) -> None:
    """De pagina toont precies één melding met deze tekst.

    Voorbeeld: meldt de pagina "Selecteer eerst minstens één gebruiker."
    """
    expect(portal.alert.filter(has_text=message)).to_have_count(1)


@then(parsers.parse('meldt het veld "{label}" "{message}"'))
def _(portal: PortalPage, label: str, message: str) -> None:
    """Het veld is als ongeldig gemarkeerd, met deze melding ernaast (als toegankelijke beschrijving).

    Voorbeeld: meldt het veld "Rijksregisternummer (INSZ) van de nieuwe gebruiker"
        "Het controlegetal van dit INSZ klopt niet."
    """
    expect(portal.field(label)).to_have_attribute("aria-invalid", "true")
    expect(portal.field(label)).to_have_accessible_description(re.compile(re.escape(message)))


@then(parsers.parse('staat in het veld "{label}" nog "{value}"'))
def _(portal: PortalPage, label: str, value: str) -> None:
    """Het veld houdt wat de persoon invulde: er ging niets verloren."""
    expect(portal.field(label)).to_have_value(value)


@when(parsers.parse('{actor:Actor} zelf "{form}" verstuurt voor "{person:Persoon}" in "{org:Organisatie}"'))
def _(people: People, portal: PortalPage, world: World, actor: str, form: str, person: str, org: str) -> None:
    """Verstuurt zelf het verzoek van het formulier ("een gebruiker toevoegen", "gebruikers verwijderen",
    "de rechten wijzigen" of "een toegangsbeheerder aanstellen", als toegangsbeheerder voor eHealth),
    zoals met de ontwikkelaarstools, met de eigen aanmelding, vanop een pagina van dat portaal.

    Voorbeeld: zij zelf "gebruikers verwijderen" verstuurt voor "Lies Bos" in "WACHTPOST LEIE"
    """
    people.refer(actor)
    _send_by_hand(portal, world, form, person, org, [])


@when(
    parsers.parse(
        '{actor:Actor} zelf "{form}" verstuurt voor "{person:Persoon}" in "{org:Organisatie}" met "{apps:Lijst}"'
    )
)
def _(
    people: People, portal: PortalPage, world: World, actor: str, form: str, person: str, org: str, apps: list[str]
) -> None:
    """Als hierboven, met deze beveiligde toepassingen aangevinkt.

    Voorbeeld: zij zelf "een gebruiker toevoegen" verstuurt voor "Bert Wouters" in "WACHTPOST LEIE" met "eHealthBox"
    """
    people.refer(actor)
    _send_by_hand(portal, world, form, person, org, apps)


def _send_by_hand(portal: PortalPage, world: World, form: str, person: str, org: str, apps: list[str]) -> None:
    if form not in FORMS:
        raise ValueError(f"onbekend formulier {form!r}; gekend: {', '.join(FORMS)}")
    found = world.person(person)
    filled = Filled(
        org=world.organisation(org).riziv,
        insz=found.insz,
        email=found.email,
        applications=tuple(world.code("beveiligde toepassing", app) for app in apps),
        role=world.code("rol", btb.MANAGER),
        domain=world.code("domein", btb.EHEALTH),
    )
    portal.send_by_hand(FORMS[form], filled)


@then(parsers.parse('weigert het portaal dat met "{message}"'))
def _(portal: PortalPage, message: str) -> None:
    """Het antwoord op het verzoek is een weigering (4xx) en de pagina meldt dit, in een melding.

    Voorbeeld: weigert het portaal dat met "U kunt de gebruikers van WACHTPOST LEIE niet beheren"
    """
    expect(portal.alert.filter(has_text=message)).to_have_count(1)
    assert portal.answer is not None and 400 <= portal.answer < 500, f"het portaal antwoordde {portal.answer}"
