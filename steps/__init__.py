"""The step library (one module per portal or topic) and its page objects (``steps/pages/``).

The harness registers the modules of ``LIBRARY`` as pytest plugins once (the project's setting
``vaccinnet_bdd_steps`` names this package), so that every step is usable from every feature. Each
module has the title under which the step catalogue shows it. ``CODES`` gives the harness the words
a target file may use (harness.target.vocabulary).
"""

from steps.codes import CODES as CODES

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
