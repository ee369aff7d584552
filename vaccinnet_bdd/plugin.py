"""The project's pytest plugin, registered by the ``pytest11`` entry point of the installed package.

Registering it from the installed package (instead of a root ``conftest.py``) makes its options
known before pytest chooses its root folder, so ``pytest --manual PATH`` works with a manual
anywhere. It registers the harness, the figures and the living documentation; the harness then
registers the step library the project names (``harness.library``). No layer registers one above it.
"""

import pytest

pytest.register_assert_rewrite("vaccinnet_bdd.livingdoc", "vaccinnet_bdd.figures")

# pytest-playwright and pytest-base-url first (by their entry-point names): the harness overrides
# some of their fixtures, and the plugin registered last wins. A module before those that import it
# (pytest rewrites a plugin's asserts on its import).
pytest_plugins = [
    "playwright",
    "base_url",
    "vaccinnet_bdd.harness.options",
    "vaccinnet_bdd.harness.rootdir",
    "vaccinnet_bdd.harness.collect",
    "vaccinnet_bdd.harness.by_line",
    "vaccinnet_bdd.harness.outcome",
    "vaccinnet_bdd.harness.stage",
    "vaccinnet_bdd.harness.mock",
    "vaccinnet_bdd.harness.where",  # chooses the stage before any other plugin's configure (tryfirst)
    "vaccinnet_bdd.harness.masking",  # before explain: it masks the error after explain wrote it
    "vaccinnet_bdd.harness.retry",
    "vaccinnet_bdd.harness.browser",
    "vaccinnet_bdd.harness.explain",
    "vaccinnet_bdd.harness.scale_out",
    "vaccinnet_bdd.harness.tags",
    "vaccinnet_bdd.harness.scenario",
    "vaccinnet_bdd.harness.library",
    "vaccinnet_bdd.figures.plugin",
    "vaccinnet_bdd.livingdoc.catalogue",
    "vaccinnet_bdd.livingdoc.plugin",
]
