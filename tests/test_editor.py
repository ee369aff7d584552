"""The Cucumber extension for VS Code and the step library: its language service (the one the extension
runs, through Node.js) indexes every step of the catalogue at its own function, completes Dutch
steps, and says which step does not exist; a feature written with its completion runs green."""

from __future__ import annotations

import importlib
import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest

from steps import LIBRARY
from tests.conftest import scratch_project, suite_addopts
from vaccinnet_bdd.livingdoc import editor
from vaccinnet_bdd.livingdoc.catalogue import Entry, entries

ROOT = Path(__file__).resolve().parent.parent
HEADER = "# language: nl\n@handleiding-2.4.1.2\nFunctionaliteit: Met de editor geschreven\n  @wijzigt\n  Scenario: s\n"
MISSPELT = HEADER + '    Dan staat "Ann Claes" niet meer in de gebruikerslijjst\n'
# What a QA engineer types after the keyword, the step the completion offers, and the values picked from
# its choices: the scenario of features/uman/gebruikers_verwijderen.feature, written with the editor.
TYPED = [
    ("Gegeven", "is LB van", '"{person:Persoon}" is "{member_type}" van {kind:Soort} "{org:Organisatie}"'),
    (
        "En",
        "is gebruiker van",
        '"{person:Persoon}" is gebruiker van {kind:Soort} "{org:Organisatie}" met "{apps:Lijst}"',
    ),
    ("Als", "de gebruikers van", '"{person:Persoon}" de gebruikers van "{org:Organisatie}" opent'),
    ("En", "zij verwijdert", '{actor:Actor} "{persons:Personen}" verwijdert'),
    ("Dan", "staat niet meer", 'staat "{person:Persoon}" niet meer in de gebruikerslijst'),
]
PICKS = [
    ["Lies Bos", "LB", "wachtpost", "WACHTPOST LEIE"],
    ["Ann Claes", "wachtpost", "WACHTPOST LEIE", "Vaccinnet Consultatie en Registratie"],
    ["Lies Bos", "WACHTPOST LEIE"],
    ["zij", "Ann Claes"],
    ["Ann Claes"],
]
TYPED_FEATURE = HEADER + "".join(f"    {keyword} {typed}\n" for keyword, typed, _ in TYPED)
PLACEHOLDER = re.compile(r"\$\{\d+\|((?:[^|\\]|\\.)*)\|\}")


@pytest.fixture(scope="module")
def catalogue() -> list[Entry]:
    return entries(LIBRARY)


@pytest.fixture(scope="module")
def service() -> dict[str, Any]:
    """One run of the language service with the committed settings: every feature file, a misspelt step,
    a step's definition, and the completion of each typed line."""
    settings = json.loads((ROOT / editor.SETTINGS).read_text())
    features = sorted((ROOT / "features").rglob("*.feature"))
    questions: list[dict[str, Any]] = [{"kind": "diagnose", "text": p.read_text(encoding="utf-8")} for p in features]
    questions += [{"kind": "diagnose", "text": MISSPELT}]
    questions += [{"kind": "locate", "text": MISSPELT.replace("gebruikerslijjst", "gebruikerslijst"), "line": 5}]
    questions += [
        {"kind": "complete", "text": TYPED_FEATURE, "line": 5 + i, "character": len(keyword) + len(typed) + 5}
        for i, (keyword, typed, _) in enumerate(TYPED)
    ]
    return editor.ask(ROOT, settings, questions) | {"features": features}


def test_the_committed_settings_are_the_ones_the_command_writes() -> None:
    """.vscode/settings.json holds a parameter type for every placeholder of the library: after a step
    with a new one, run `vaccinnet-bdd editor` and commit the file."""
    committed = json.loads((ROOT / editor.SETTINGS).read_text())
    wanted = editor.settings(ROOT, LIBRARY)
    assert {k: committed.get(k) for k in wanted} == wanted, "run `vaccinnet-bdd editor`"
    assert {"name": "person:Persoon", "regexp": '[^"]+'} in wanted["cucumber.parameterTypes"]
    assert editor.EXTENSION in json.loads((ROOT / editor.EXTENSIONS).read_text())["recommendations"]


def _function_lines(entry: Entry) -> range:
    """From the step function's first decorator to its ``def`` line (1-based)."""
    module, line = entry.source.rsplit(":", 1)
    source = inspect.getsource(importlib.import_module(module)).splitlines()
    definition = next(n for n in range(int(line), len(source) + 1) if source[n - 1].startswith("def "))
    return range(int(line), definition + 1)


def test_every_step_of_the_catalogue_is_indexed_at_its_own_function(
    service: dict[str, Any], catalogue: list[Entry]
) -> None:
    assert not service["errors"]
    indexed = {step["expression"]: step for step in service["steps"]}
    assert {entry.text for entry in catalogue} <= set(indexed), "write a step as @given(parsers.parse('...'))"
    assert len(catalogue) == len(indexed) >= 149
    for entry in catalogue:
        step = indexed[entry.text]
        module = importlib.import_module(entry.source.rsplit(":", 1)[0])
        assert step["uri"] == Path(str(module.__file__)).as_uri(), entry.source
        assert step["line"] + 1 in _function_lines(entry), (entry.source, step["line"] + 1)


def test_every_step_of_the_features_is_defined_for_the_editor(service: dict[str, Any]) -> None:
    """The editor's parameter types accept what pytest-bdd accepts: no step of the suite is undefined there."""
    undefined = {
        f"{path.relative_to(ROOT)}:{d['range']['start']['line'] + 1} {d['message']}"
        for path, answer in zip(service["features"], service["answers"], strict=False)
        for d in answer
    }
    assert not undefined, sorted(undefined)


def test_a_misspelt_step_is_undefined_and_a_step_leads_to_its_function(
    service: dict[str, Any], catalogue: list[Entry]
) -> None:
    misspelt, (link,) = service["answers"][len(service["features"]) : len(service["features"]) + 2]
    assert [d["message"] for d in misspelt] == ['Undefined step: staat "Ann Claes" niet meer in de gebruikerslijjst']
    (entry,) = [e for e in catalogue if e.text == 'staat "{person:Persoon}" niet meer in de gebruikerslijst']
    module = importlib.import_module(entry.source.rsplit(":", 1)[0])
    assert link["targetUri"] == Path(str(module.__file__)).as_uri() == (ROOT / "steps" / "uman_forms.py").as_uri()
    assert link["targetRange"]["start"]["line"] + 1 in _function_lines(entry)


def _accept(snippet: str, picks: list[str]) -> str:
    """The step VS Code writes when the completion is accepted and each placeholder's choice picked."""
    values = iter(picks)

    def pick(found: re.Match[str]) -> str:
        choices = [re.sub(r"\\(.)", r"\1", c) for c in re.split(r"(?<!\\),", found[1])]
        value = next(values)
        assert value in choices, (value, choices)
        return value

    return PLACEHOLDER.sub(pick, snippet)


def test_a_feature_written_with_the_completion_runs_green(
    service: dict[str, Any], pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    completions = service["answers"][len(service["features"]) + 2 :]
    lines = []
    for (keyword, _, wanted), items, picks in zip(TYPED, completions, PICKS, strict=True):
        offered = {item["label"]: item["textEdit"]["newText"] for item in items}
        assert wanted in offered, (wanted, sorted(offered))
        lines.append(f"    {keyword} {_accept(offered[wanted], picks)}\n")
    written = HEADER + "".join(lines)
    assert '    En zij "Ann Claes" verwijdert\n' in written
    scratch_project(pytester, monkeypatch, {"editor.feature": written}, addopts=suite_addopts())
    result = pytester.runpytest_subprocess("features", "-p", "no:xdist", "--no-report")
    result.assert_outcomes(passed=1)


def test_the_command_keeps_a_projects_own_settings_and_recommends_the_extension(tmp_path: Path) -> None:
    (tmp_path / ".vscode").mkdir()
    (tmp_path / editor.SETTINGS).write_text('{"editor.fontSize": 14, "cucumber.glue": ["oud/*.py"]}')
    written = editor.write(tmp_path, LIBRARY)
    assert written == [tmp_path / editor.SETTINGS, tmp_path / editor.EXTENSIONS]
    settings = json.loads((tmp_path / editor.SETTINGS).read_text())
    assert settings["editor.fontSize"] == 14 and settings["cucumber.features"] == ["features/**/*.feature"]
    assert settings["cucumber.glue"] == []  # the library's modules lie outside this project
    assert len(settings["cucumber.parameterTypes"]) == len(editor.parameter_types(LIBRARY)) > 60
    assert json.loads((tmp_path / editor.EXTENSIONS).read_text()) == {"recommendations": [editor.EXTENSION]}
    assert editor.write(tmp_path, LIBRARY) == []  # written once: nothing changes the second time
    (tmp_path / editor.SETTINGS).write_text("// commentaar\n{}")
    with pytest.raises(editor.EditorError, match="geen JSON zonder commentaar"):
        editor.write(tmp_path, LIBRARY)
