"""Steps about ProGezondheid: who represents which organisation, in which role (manual §2.1)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.csam import EID, CsamLoginPage
from steps.pages.progezondheid import ProGezondheidPage
from steps.parameters import sentence
from vaccinnet_bdd.harness.people import People


@pytest.fixture
def progezondheid(people: People) -> ProGezondheidPage:
    return people.following(ProGezondheidPage)


@when(sentence('"{person}" zich aanmeldt bij ProGezondheid'))
def _(people: People, progezondheid: ProGezondheidPage, csam: CsamLoginPage, person: str) -> None:
    """Opent ProGezondheid en meldt zich aan via CSAM met de eID."""
    people.of(person)
    progezondheid.open()
    csam.log_in(person, EID)


@then(sentence('toont ProGezondheid "{org}" als "{kind}" met "{representative}" en rol "{role}"'))
def _(progezondheid: ProGezondheidPage, org: str, kind: str, representative: str, role: str) -> None:
    """De rij van de organisatie: organisatievorm, vertegenwoordiger en rol of beroep.

    Voorbeeld: toont ProGezondheid "WACHTPOST LEIE" als "Wachtpost"
        met "Lotte Dubois (wettelijke vertegenwoordiger)" en rol "Verantwoordelijke"
    """
    expect(progezondheid.cells(org)).to_contain_text([org, kind, representative, role])


@then(sentence('meldt ProGezondheid "{message}"'))
def _(progezondheid: ProGezondheidPage, message: str) -> None:
    """ProGezondheid toont deze statusmelding.

    Voorbeeld: meldt ProGezondheid "U bent voor geen enkele organisatie wettelijke vertegenwoordiger of titularis."
    """
    expect(progezondheid.status).to_have_text(message)
