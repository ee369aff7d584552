"""The step catalogue: each step with an example that matches only itself, as text, Markdown and JSON,
and the nearest steps of a misspelt one."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from steps import LIBRARY
from steps.parameters import sentence
from vaccinnet_bdd.livingdoc import catalogue

from .conftest import library_step_definitions

ROOT = Path(__file__).resolve().parent.parent


def test_the_catalogue_lists_every_step_with_an_example_that_matches_exactly_its_own_step() -> None:
    entries = catalogue.entries(LIBRARY)
    definitions = library_step_definitions()
    assert len(entries) == len(definitions)
    assert {e.group for e in entries} == set(LIBRARY.values())
    for entry in entries:
        assert entry.explanation.endswith("."), f"{entry.source}: explain the step in one Dutch sentence"
        matching = [
            c.parser.name
            for c in definitions
            if catalogue.KEYWORDS[str(c.type)] == entry.keyword and c.parser.is_matching(entry.example)
        ]
        assert matching == [entry.text], f"{entry.typed}: matches {matching}"
        assert not re.search(r"[{}]|\(\?", entry.example), f"a parameter shown as a pattern: {entry.example}"


def test_a_parameter_without_an_example_is_refused_by_name() -> None:
    from vaccinnet_bdd.harness.internals import StepFunctionContext

    def step() -> None:
        """Een stap zonder voorbeeld voor zijn parameter."""

    context = StepFunctionContext(type="when", step_func=step, parser=sentence('{actor:Actor} "{onbekend}" kiest'))
    with pytest.raises(catalogue.CatalogueError, match="no example for parameter 'onbekend'"):
        catalogue.entry_of(context, "Proef")


def test_a_step_says_what_it_does_on_both_stages_or_is_refused() -> None:
    """Every Gegeven step says it; an Als or Dan step only where the stages differ, but then both."""
    from vaccinnet_bdd.harness.internals import StepFunctionContext

    def step() -> None:
        """Een stap die iets klaarzet.

        Voorbeeld: "Ann Claes" is klaar
        """

    given = StepFunctionContext(type="given", step_func=step, parser=sentence('"{person}" is klaar'))
    with pytest.raises(catalogue.CatalogueError, match=re.escape("'Op de mock: ...' and 'Op een doel: ...'")):
        catalogue.entry_of(given, "Proef")
    when = StepFunctionContext(type="when", step_func=step, parser=sentence('"{person}" is klaar'))
    assert catalogue.entry_of(when, "Proef").target_does is None
    step.__doc__ = f"{step.__doc__}\n        Op een doel: gecontroleerd in het doelbestand.\n"
    with pytest.raises(catalogue.CatalogueError, match="does not say what it does on both stages"):
        catalogue.entry_of(when, "Proef")  # one stage said, the other not
    step.__doc__ += "        Op de mock: meteen klaargezet.\n"
    entry = catalogue.entry_of(given, "Proef")
    assert (entry.mock_does, entry.target_does) == ("meteen klaargezet.", "gecontroleerd in het doelbestand.")
    assert "*Op de mock:* meteen klaargezet." in catalogue.as_markdown([entry])


def test_the_catalogue_in_markdown_and_json() -> None:
    import json

    entries = catalogue.entries(LIBRARY)
    markdown = catalogue.as_markdown(entries)
    assert "## Vaccinnet" in markdown and "### Gegeven" in markdown
    assert '- `Als zij "Ann Claes, Bert Wouters" verwijdert`' in markdown
    data = json.loads(catalogue.as_json(entries))
    by_text = {d["text"]: d for d in data}
    added = by_text['"{person:Persoon}" is gebruiker van {kind:Soort} "{org:Organisatie}" met "{apps:Lijst}"']
    assert added["keyword"] == "Gegeven" and added["group"] == "Personen en rechten"
    assert added["mock_does"] and added["target_does"]
    assert [p["example"] for p in added["parameters"]] == [
        "Ann Claes",
        "wachtpost",
        "WACHTPOST LEIE",
        "Vaccinnet Consultatie en Registratie",
    ]


def test_a_misspelt_step_names_its_three_nearest_neighbours() -> None:
    found = [e.typed for e in catalogue.nearest(LIBRARY, 'zij "Ann Claes" verwijderd', "Als")]
    assert found[0] == 'Als zij "Ann Claes, Bert Wouters" verwijdert'
    assert len(found) == 3


def test_the_steps_command_prints_the_catalogue() -> None:
    import json

    result = subprocess.run(
        [sys.executable, "-m", "vaccinnet_bdd", "steps", "--format", "json"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert [e["example"] for e in printed] == [e.example for e in catalogue.entries(LIBRARY)]
    text = subprocess.run([sys.executable, "-m", "vaccinnet_bdd", "steps"], cwd=ROOT, capture_output=True, text=True)
    assert text.stdout.startswith(f"Stappencatalogus: {len(printed)} stappen.")
    assert '    "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"' in text.stdout
