"""The harness itself: feature collection, one step library, the catalogue, the pytest conventions."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from steps import LIBRARY
from steps.parameters import sentence
from vaccinnet_bdd import plugin
from vaccinnet_bdd.harness import library
from vaccinnet_bdd.harness.internals import scenarios_in, step_definitions
from vaccinnet_bdd.harness.tags import feature_tags
from vaccinnet_bdd.livingdoc import catalogue

from .conftest import library_step_definitions, scratch_project, suite_addopts

ROOT = Path(__file__).resolve().parent.parent
STEP_MODULES = sorted(ROOT.glob("steps/*.py"))


def test_every_step_module_is_in_the_library_the_project_names() -> None:
    not_steps = {"steps.__init__", "steps.parameters", "steps.codes", "steps.manual_pages"}  # what steps use
    modules = {f"steps.{p.stem}" for p in STEP_MODULES} - not_steps
    assert modules == set(LIBRARY)
    assert library.of_project(ROOT) == LIBRARY  # pyproject.toml's vaccinnet_bdd_steps names the package
    ours = [name for name in plugin.pytest_plugins if name.startswith("vaccinnet_bdd.")]
    assert all((ROOT / (m.replace(".", "/") + ".py")).is_file() for m in ours)
    assert not any(name.startswith("steps") for name in plugin.pytest_plugins)  # the library comes by its setting


def test_a_module_named_in_the_setting_is_one_group_of_the_catalogue_titled_by_its_docstring(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        teamsteps='''"""Stappen van ons team."""
from pytest_bdd import given
from steps.parameters import sentence

@given(sentence('ons team is er klaar voor'))
def _() -> None:
    """Niets te doen.

    Voorbeeld: ons team is er klaar voor

    Op de mock: niets.
    Op een doel: ook niets.
    """
'''
    )
    assert library.of_project(pytester.path) == LIBRARY  # no setting: the default, the steps package
    (pytester.path / "pyproject.toml").write_text(
        '[tool.pytest.ini_options]\nvaccinnet_bdd_steps = ["steps", "teamsteps"]\n'
    )
    found = library.of_project(pytester.path)
    assert found["teamsteps"] == "Stappen van ons team"
    assert [e.typed for e in catalogue.entries(found) if e.group == "Stappen van ons team"] == [
        "Gegeven ons team is er klaar voor"
    ]
    assert not (ROOT / "conftest.py").exists()


def _collect(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "--no-report", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True)


def test_an_option_with_a_path_outside_the_project_keeps_the_project_as_root(tmp_path: Path) -> None:
    """`pytest --manual=PATH` with a manual elsewhere: the project's root and configuration stay."""
    manual = tmp_path / "handleiding.txt"
    manual.write_text("1 INLEIDING\n", encoding="utf-8")
    result = _collect(f"--manual={manual}", f"--report-dir={tmp_path}")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "features/csam/aanmelden.feature::" in result.stdout  # the project's testpaths, from its root


def test_a_path_that_would_move_the_root_stops_the_run_with_the_way_to_write_it(tmp_path: Path) -> None:
    """pytest takes `--manual PATH` for a path to test (it decides its root before it knows the
    option): the run stops with one line instead of running without the project's configuration."""
    manual = tmp_path / "handleiding.txt"
    manual.write_text("1 INLEIDING\n", encoding="utf-8")
    result = _collect("--manual", str(manual))
    assert result.returncode == pytest.ExitCode.USAGE_ERROR
    assert f"Schrijf de optie met '=': --manual={manual}" in result.stderr


def test_every_step_text_has_one_owner() -> None:
    owners = Counter(ctx.parser.name for ctx in library_step_definitions())
    duplicates = {name: n for name, n in owners.items() if n > 1}
    assert not duplicates, f"step texts defined more than once: {duplicates}"
    assert len(owners) > 100


def test_the_duplicate_check_sees_a_second_definition() -> None:
    from pytest_bdd import given

    @given("een stap die twee keer bestaat")
    def _one() -> None: ...

    @given("een stap die twee keer bestaat")
    def _two() -> None: ...

    names = [c.parser.name for c in step_definitions()]
    assert names.count("een stap die twee keer bestaat") == 2


def test_every_step_of_every_scenario_matches_exactly_one_definition() -> None:
    definitions = library_step_definitions()
    problems = []
    for scenario in scenarios_in([ROOT / "features"]):
        for step in scenario.steps:
            owners = [c for c in definitions if c.type in (step.type, None) and c.parser.is_matching(step.name)]
            if len(owners) != 1:
                where = ", ".join(sorted({o.step_func.__module__ for o in owners})) or "nowhere"
                problems.append(f"{step.type} {step.name!r} ({scenario.name}): defined in {where}")
    assert not problems, "\n".join(problems)


def test_every_step_is_written_with_sentence_and_a_pronoun_is_the_actor_parameter() -> None:
    pronoun = re.compile(r"^iemand\b|(?<![\w{])(hij|zij|ze)(?![\w}])")
    for context in library_step_definitions():
        parser = context.parser
        assert isinstance(parser, sentence), parser.name
        literal = re.sub(r'"[^"]*"', "", parser.name)  # quoted texts are the portals' own words
        assert not pronoun.search(literal), f"write the subject as {{actor:Actor}}: {parser.name}"


def test_every_feature_file_is_tagged_with_a_manual_section() -> None:
    files = list((ROOT / "features").rglob("*.feature"))
    assert len(files) >= 9
    for path in files:
        assert any(t.startswith("handleiding-") for t in feature_tags(path.parent)), path


# --- running as a QA engineer would ------------------------------------------------------------


def _project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """A project with the real harness and library but its own features folder."""
    scratch_project(pytester, monkeypatch, {}, addopts=f"{suite_addopts()} --no-report")


def test_a_new_feature_file_in_a_new_folder_is_collected_and_runs_with_catalogue_steps(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch)
    folder = pytester.path / "features" / "nieuw" / "dieper"
    folder.mkdir(parents=True)
    (folder / "verwijderen.feature").write_text(
        "# language: nl\n@handleiding-2.4.1.2\nFunctionaliteit: Nieuw\n"
        "  @wijzigt\n  Scenario: Hij verwijdert een gebruiker\n"
        '    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"\n'
        '    En "Ann Claes" is gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"\n'
        '    En "Tom Weber" heeft een BIS-nummer met maand + 20\n'
        '    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent\n'
        '    En ze "Tom Weber" toevoegt met "eHealthBox"\n'
        '    En hij "Ann Claes" verwijdert\n'
        '    Dan staat "Ann Claes" niet meer in de gebruikerslijst\n',
        encoding="utf-8",
    )
    result = pytester.runpytest_subprocess("features", "-p", "no:randomly")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*features/nieuw/dieper/verwijderen.feature*"])


def test_a_run_of_scenarios_only_leaves_hypothesis_out_and_a_run_with_unit_tests_keeps_it(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch)
    (pytester.path / "tests").mkdir()
    assert not pytester.parseconfigure("features").pluginmanager.has_plugin("hypothesispytest")
    assert pytester.parseconfigure("features", "tests").pluginmanager.has_plugin("hypothesispytest")
    assert pytester.parseconfigure(".").pluginmanager.has_plugin("hypothesispytest")  # tests/ lies below


def test_an_undefined_step_fails_with_one_message_and_lf_reruns_only_the_failure(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch)
    (pytester.path / "features" / "x.feature").write_text(
        "# language: nl\n@handleiding-2.4.2\nFunctionaliteit: Proef\n"
        '  Scenario: Goed\n    Gegeven "Jan Peeters" heeft geen rechten in een organisatie\n'
        '    Als "Jan Peeters" zich bij Vaccinnet aanmeldt met "eID"\n'
        '    Dan ziet hij "Binnen de organisatie:" niet\n'
        '  Scenario: Verkeerd gespeld\n    Gegeven "Jan Peeters" heeft geen rechten in een organisatie\n'
        '    Als "Jan Peeters" zich bij Vaccinnet aanmeld met "eID"\n',
        encoding="utf-8",
    )
    first = pytester.runpytest_subprocess("features")
    first.assert_outcomes(passed=1, failed=1)
    first.stdout.fnmatch_lines(
        [
            '*Geen stap gevonden voor: Als "Jan Peeters" zich bij Vaccinnet aanmeld met "eID"*',
            "*De stappen die er het meest op lijken:*",
            '*Als "Ann Claes" zich bij Vaccinnet aanmeldt met "itsme"*',
            "*Alle stappen: vaccinnet-bdd steps*",
        ]
    )
    again = pytester.runpytest_subprocess("features", "--lf")
    again.assert_outcomes(failed=1)
    assert "1 deselected" in again.stdout.str() or "run-last-failure: rerun previous 1 failure" in again.stdout.str()


def test_a_browser_that_is_not_installed_stops_the_run_with_one_line(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _project(pytester, monkeypatch)
    monkeypatch.setenv("PLAYWRIGHT_BROWSERS_PATH", str(pytester.path / "geen-browsers"))
    result = pytester.runpytest_subprocess("features", "--browser", "firefox")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*--browser firefox: Playwright heeft firefox hier niet geïnstalleerd*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


# --- page objects own the locators; the test side holds what the manual says --------------------


BLANK = "about:blank"  # not a page of the mock: the harness empties a tab with it


def _calls(path: Path) -> list[tuple[str, int]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            blank = node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value == BLANK
            if not (node.func.attr == "goto" and blank):
                found.append((node.func.attr, node.lineno))
    return found


def test_no_locator_or_path_outside_the_page_objects() -> None:
    locating = {"get_by_role", "get_by_label", "get_by_text", "get_by_placeholder", "locator", "goto"}
    offenders = [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for path in [*STEP_MODULES, *ROOT.glob("vaccinnet_bdd/harness/*.py")]
        for name, line in _calls(path)
        if name in locating
    ]
    assert not offenders, offenders


def test_the_test_side_does_not_read_the_mock() -> None:
    offenders = []
    for path in [*STEP_MODULES, *ROOT.glob("steps/pages/*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("mock_portals"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


def test_assertions_only_in_dan_steps() -> None:
    """A Gegeven or Als step arranges or acts; checking is for the Dan steps."""
    offenders = []
    for path in STEP_MODULES:
        for function in ast.parse(path.read_text()).body:
            if not isinstance(function, ast.FunctionDef):
                continue
            kinds = {
                d.func.id for d in function.decorator_list if isinstance(d, ast.Call) and isinstance(d.func, ast.Name)
            }
            if kinds & {"given", "when"}:
                for node in ast.walk(function):
                    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "expect":
                        offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders
