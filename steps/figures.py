"""Steps that redraw the manual's screenshots (``vaccinnet-bdd figures``), and the states they show.

A figure is a scenario under ``features/figuren/``, tagged ``@figuur`` and ``@handleiding-<section>``;
its last step names the figure and the elements the manual marks (see ``vaccinnet_bdd.figures``).
"""

from __future__ import annotations

from playwright.sync_api import expect
from pytest_bdd import then, when

from steps.pages.common import PortalPage
from steps.parameters import parsers
from vaccinnet_bdd.figures.draw import Camera, read_marks
from vaccinnet_bdd.harness.people import People


@then(parsers.parse('toont de pagina figuur "{figure}" met deze markeringen:'))
def _(portal: PortalPage, camera: Camera, figure: str, datatable: list[list[str]]) -> None:
    """Elk gemarkeerd element staat zichtbaar op de pagina; met --figures-dir wordt de figuur getekend.

    Een lege kolom nummer tekent enkel een rechthoek. De rol is knop, link, keuzevakje, keuzerondje, veld,
    keuzelijst, keuze, titel, blok, tekst of tabblad, of een ARIA-rol; de naam is de toegankelijke naam van
    het element.

    Voorbeeld: toont de pagina figuur "2.4.1.2-1" met deze markeringen:
    Tabel: nummer | rol | naam
    """
    marks = read_marks(datatable)
    targets = [portal.marked(mark.role, mark.name) for mark in marks]
    for element in targets:
        expect(element).to_be_visible()
    camera.take(figure, portal.page, marks, targets, portal.screen_text())


# --- states the manual's screenshots show ----------------------------------------------------------


@when(parsers.parse('{actor:Actor} de keuzelijst "{label}" openklapt'))
def _(people: People, portal: PortalPage, actor: str, label: str) -> None:
    """Toont alle keuzes van de keuzelijst tegelijk, zoals de schermafdrukken van de handleiding.

    Voorbeeld: zij de keuzelijst "Binnen de organisatie:" openklapt
    """
    people.refer(actor)
    portal.expand_list(label)
