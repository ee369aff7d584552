"""Steps that work the same on every portal page: links, messages, form fields."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.common import PortalPage
from steps.parameters import sentence
from vaccinnet_bdd.harness.explain import Describe
from vaccinnet_bdd.harness.people import People


@pytest.fixture
def portal(people: People) -> PortalPage:
    return people.following(PortalPage)


@pytest.fixture(scope="session")
def describe_page() -> Describe:
    """The harness asks for it when a step fails, to say what the page shows instead."""
    return lambda page: PortalPage(page).shown()


@when(sentence('{actor:Actor} op "{link}" klikt'))
def _(portal: PortalPage, actor: str, link: str) -> None:
    """Klikt op de link of knop met deze naam."""
    portal.follow(link)


@then(sentence('meldt de pagina "{message}"'))
def _(portal: PortalPage, message: str) -> None:
    """De pagina toont precies één melding met deze tekst.

    Voorbeeld: meldt de pagina "Selecteer eerst minstens één gebruiker."
    """
    expect(portal.alert.filter(has_text=message)).to_have_count(1)


@then(sentence('meldt het veld "{label}" "{message}"'))
def _(portal: PortalPage, label: str, message: str) -> None:
    """Het veld is als ongeldig gemarkeerd, met deze melding ernaast (als toegankelijke beschrijving).

    Voorbeeld: meldt het veld "Rijksregisternummer (INSZ) van de nieuwe gebruiker"
        "Het controlegetal van dit INSZ klopt niet."
    """
    expect(portal.field(label)).to_have_attribute("aria-invalid", "true")
    expect(portal.field(label)).to_have_accessible_description(re.compile(re.escape(message)))


@then(sentence('staat in het veld "{label}" nog "{value}"'))
def _(portal: PortalPage, label: str, value: str) -> None:
    """Het veld houdt wat de persoon invulde: er ging niets verloren."""
    expect(portal.field(label)).to_have_value(value)
