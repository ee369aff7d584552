"""Steps about ProGezondheid: who represents which organisation, in which role (manual §2.1)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.csam import CsamLoginPage
from steps.pages.progezondheid import ProGezondheidPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.stage import RIGHTS, sees
from vaccinnet_bdd.harness.world import World


@pytest.fixture
def progezondheid(people: People) -> ProGezondheidPage:
    return people.following(ProGezondheidPage)


@when(parsers.parse('"{person:Persoon}" zich aanmeldt bij ProGezondheid'))
def _(people: People, progezondheid: ProGezondheidPage, csam: CsamLoginPage, world: World, person: str) -> None:
    """Opent ProGezondheid en meldt zich aan via CSAM, met een digitale sleutel die er niet toe doet.

    Op de mock: met de eID (de persoon kiest zichzelf als testpersoon).
    Op een doel: met 'beveiligingscode via mobiele app', de enige sleutel die een run zonder iemand erbij
    kan gebruiken (het rapport zegt bij de stap welke sleutel het was).
    """
    key = world.key(None, person)
    people.of(person)
    progezondheid.open()
    csam.log_in(person, key)


@then(parsers.parse('toont ProGezondheid "{org:Organisatie}" als "{kind}" met "{representative}" en rol "{role}"'))
def _(progezondheid: ProGezondheidPage, org: str, kind: str, representative: str, role: str) -> None:
    """De rij van de organisatie: organisatievorm, vertegenwoordiger en rol of beroep.

    Voorbeeld: toont ProGezondheid "WACHTPOST LEIE" als "Wachtpost"
        met "Lotte Dubois (wettelijke vertegenwoordiger)" en rol "Verantwoordelijke"
    """
    expect(progezondheid.cells(org)).to_contain_text([org, kind, representative, role])


@then(parsers.parse('meldt ProGezondheid "{message}"'))
@sees(RIGHTS)
def _(progezondheid: ProGezondheidPage, message: str) -> None:
    """ProGezondheid toont deze statusmelding.

    Voorbeeld: meldt ProGezondheid "U bent voor geen enkele organisatie wettelijke vertegenwoordiger of titularis."
    """
    expect(progezondheid.status).to_have_text(message)
