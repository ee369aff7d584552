"""Steps about the eGezondheid page "Hoe toegang krijgen tot de applicaties?" (manual §2.2)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.ehealth import EhealthAccessPage
from steps.parameters import parsers
from vaccinnet_bdd.harness.people import People


@pytest.fixture
def ehealth(people: People) -> EhealthAccessPage:
    return people.following(EhealthAccessPage)


@when(parsers.parse('{actor:Actor} de pagina "Hoe toegang krijgen tot de applicaties?" opent'))
def _(people: People, ehealth: EhealthAccessPage, actor: str) -> None:
    """Opent de pagina van eGezondheid met de uitleg over toegang."""
    people.refer(actor)
    ehealth.open()


@when(parsers.parse('{actor:Actor} "{topic}" openklikt'))
def _(people: People, ehealth: EhealthAccessPage, actor: str, topic: str) -> None:
    """Klapt een onderwerp van de pagina open.

    Voorbeeld: ze "Een toegangsmachtiging vragen" openklikt
    """
    people.refer(actor)
    ehealth.open_topic(topic)


@when(parsers.parse('{actor:Actor} de registratie opent onder "{request}"'))
def _(people: People, ehealth: EhealthAccessPage, actor: str, request: str) -> None:
    """Klikt 'Registreer u via de website van CSAM' onder deze soort aanvraag.

    Voorbeeld: ze de registratie opent onder "Toegang vragen als zorginstelling"
    """
    people.refer(actor)
    ehealth.open_registration(request)


@then(parsers.parse('toont "In de praktijk" de onderwerpen "{topics:Lijst}"'))
def _(ehealth: EhealthAccessPage, topics: list[str]) -> None:
    """De onderwerpen van 'In de praktijk', in deze volgorde.

    Voorbeeld: toont "In de praktijk" de onderwerpen "Mandaten"
    """
    expect(ehealth.topics).to_have_text(topics)


@then(parsers.parse('toont elke aanvraag "{register}" en "{guide}":'))
def _(ehealth: EhealthAccessPage, register: str, guide: str, datatable: list[list[str]]) -> None:
    """Elke soort aanvraag van de tabel heeft beide links.

    Voorbeeld: toont elke aanvraag "Registreer u via de website van CSAM" en "Raadpleeg de gebruikshandleiding":
    Tabel: aanvraag
    """
    for (request,) in datatable[1:]:
        expect(ehealth.request_link(request, register)).to_be_visible()
        expect(ehealth.request_link(request, guide)).to_be_visible()
