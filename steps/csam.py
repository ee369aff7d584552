"""Steps about logging in through CSAM, the digital keys and single sign-on."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.csam import EID, CsamLoginPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.people import People
from vaccinnet_bdd.harness.world import World


@pytest.fixture
def csam(people: People, world: World) -> CsamLoginPage:
    return people.following(lambda page: CsamLoginPage(page, world.credentials))


@then(parsers.parse("biedt CSAM deze digitale sleutels aan:"))
def _(csam: CsamLoginPage, datatable: list[list[str]]) -> None:
    """CSAM toont elke sleutel van de tabel in zijn groep.

    Tabel: groep | sleutel
    """
    expect(csam.title).to_be_visible()
    for group, key in datatable[1:]:
        expect(csam.key_in_group(group, key)).to_be_visible()


@then(parsers.parse("vraagt CSAM om een digitale sleutel"))
def _(csam: CsamLoginPage) -> None:
    """De persoon moet zich (opnieuw) aanmelden: CSAM toont de digitale sleutels."""
    expect(csam.title).to_be_visible()
    expect(csam.key(EID)).to_be_visible()


@when(parsers.parse("er {minutes:d} minuten verstrijken zonder activiteit"))
def _(world: World, minutes: int) -> None:
    """De klok van de portalen loopt zoveel minuten verder, zonder dat iemand iets doet.

    Voorbeeld: er 31 minuten verstrijken zonder activiteit

    Op de mock: de klok van de mock loopt zoveel minuten verder.
    Op een doel: niet uitvoerbaar (enkel de klok van de mock kan verzet worden).
    """
    world.pass_time(minutes * 60)
