"""The step library (one module per portal or topic), its page objects and the harness.

``HARNESS`` and ``LIBRARY`` are registered once, as pytest plugins, so that every step is usable
from every feature. Each library module has the title under which the step catalogue shows it.
"""

HARNESS = (  # a module before those that import it (pytest rewrites a plugin's asserts on its import)
    "steps.harness.rootdir",
    "steps.harness.collect",
    "steps.harness.retry",
    "steps.harness.browser",
    "steps.harness.mock",
    "steps.harness.scale_out",
    "steps.harness.tags",
    "steps.harness.world",
    "steps.harness.catalogue",
)
LIBRARY = {
    "steps.persons": "Personen en rechten",
    "steps.generic": "Elke pagina",
    "steps.csam": "CSAM",
    "steps.ehealth": "eGezondheid",
    "steps.registratie": "Registratie van de zorginstelling",
    "steps.progezondheid": "ProGezondheid",
    "steps.btb": "Beheer der Toegangsbeheerders",
    "steps.uman": "eHealth-toegangsbeheer (UMAN)",
    "steps.vaccinnet": "Vaccinnet",
    "steps.journey": "De hele handleiding als één reis",
    "steps.figures": "Figuren van de handleiding",
}
