"""The step library (one module per portal or topic) and its page objects (``steps/pages/``).

The harness registers the modules of ``LIBRARY`` as pytest plugins once (the project's setting
``vaccinnet_bdd_steps`` names this package), so that every step is usable from every feature. Each
module has the title under which the step catalogue shows it. ``PROVIDES`` is what the library
hands the harness (``vaccinnet_bdd.harness.provided``): the words of the mock's codes (also those a
target file may use), how a page is described when a step fails, how an account logs in on a
target, the portals' screens a target's state is arranged with, and the manual's pages for the
drift check.
"""

from steps.codes import CODES as CODES
from steps.manual_pages import MANUAL_PAGES
from steps.pages.common import PortalPage
from steps.pages.csam import sign_in
from steps.pages.screens import PortalScreens
from vaccinnet_bdd.harness.provided import Provided

LIBRARY = {
    "steps.persons": "Personen en rechten",
    "steps.generic": "Elke pagina",
    "steps.csam": "CSAM",
    "steps.ehealth": "eGezondheid",
    "steps.registratie": "Registratie van de zorginstelling",
    "steps.progezondheid": "ProGezondheid",
    "steps.btb": "Beheer der Toegangsbeheerders",
    "steps.uman": "eHealth-toegangsbeheer (UMAN): aanmelden en organisatie kiezen",
    "steps.uman_users": "eHealth-toegangsbeheer (UMAN): de gebruikerslijst",
    "steps.uman_forms": "eHealth-toegangsbeheer (UMAN): gebruikers toevoegen, wijzigen en verwijderen",
    "steps.vaccinnet": "Vaccinnet",
    "steps.journey": "De hele handleiding als één reis",
    "steps.figures": "Figuren van de handleiding",
}

PROVIDES = Provided(
    codes=CODES,
    describe=lambda page: PortalPage(page).shown(),
    sign_in=sign_in,
    screens=PortalScreens,
    manual_pages=MANUAL_PAGES,
)
