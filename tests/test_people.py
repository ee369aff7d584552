"""Each person of a scenario acts in a browser of their own (vaccinnet_bdd.harness.people)."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import cast

import pytest
from playwright.sync_api import Page

from vaccinnet_bdd.harness.people import People

from .conftest import scratch_project, suite_addopts

ROOT = Path(__file__).resolve().parent.parent


class FakePage:
    def __init__(self, name: str) -> None:
        self.name, self.loads = name, 0

    def wait_for_load_state(self) -> None:
        self.loads += 1

    def is_closed(self) -> bool:
        return False


def _people() -> tuple[People, list[FakePage]]:
    opened: list[FakePage] = []

    def open_page() -> Page:
        opened.append(FakePage(f"browser {len(opened) + 1}"))
        return cast(Page, opened[-1])

    return People(open_page, open_page), opened


def test_each_named_person_gets_a_browser_of_their_own_and_keeps_it() -> None:
    people, opened = _people()
    assert people.shown is None and not opened  # nothing is opened before a step needs a browser
    lies = people.of("Lies Bos")
    ann = people.of("Ann Claes")
    assert lies is not ann and len(opened) == 2
    assert people.page is ann  # a pronoun: the browser of whoever acted last
    assert people.of("Lies Bos") is lies and people.acting == "Lies Bos"
    assert len(opened) == 2


def test_the_browser_of_nobody_in_particular_becomes_the_first_named_persons() -> None:
    people, opened = _people()
    anonymous = people.page  # "iemand opent ..." before anyone is named
    assert people.of("Ann Claes") is anonymous
    assert people.of("Lies Bos") is not anonymous and len(opened) == 2


def test_switching_person_first_lets_the_last_click_of_the_one_before_finish() -> None:
    people, opened = _people()
    people.of("Lies Bos")
    people.of("Lies Bos")
    assert opened[0].loads == 0  # the same person: nothing to wait for
    people.of("Ann Claes")
    assert opened[0].loads == 1


def test_a_pronoun_is_whoever_acted_last_and_before_anyone_acted_it_refers_to_no_one() -> None:
    people, opened = _people()
    with pytest.raises(ValueError, match="'zij' verwijst naar niemand"):
        people.refer("zij")
    assert not opened  # nothing was opened for it
    anonymous = people.refer("iemand")
    assert people.refer("ze") is anonymous  # after "iemand ...", "ze" is that same someone
    lies = people.of("Lies Bos")
    assert people.refer("zij") is lies


def test_a_new_browser_replaces_the_acting_persons_own() -> None:
    people, _ = _people()
    old = people.of("Ann Claes")
    new = people.new_browser()
    assert new is not old and people.page is new and people.of("Ann Claes") is new


def test_a_page_object_follows_whoever_acts_and_keeps_its_state_per_person() -> None:
    class Screen:
        def __init__(self, page: Page) -> None:
            self.page, self.riziv = page, ""

    people, _ = _people()
    screen = people.following(Screen)
    people.of("Lies Bos")
    screen.riziv = "12345678"
    lies_page = screen.page
    people.of("Ann Claes")
    assert screen.page is not lies_page and screen.riziv == ""
    people.of("Lies Bos")
    assert screen.page is lies_page and screen.riziv == "12345678"


def _step_functions(path: Path) -> list[ast.FunctionDef]:
    """The steps and fixtures of a step module: every function with a decorator."""
    tree = ast.parse(path.read_text())
    return [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.decorator_list]


def test_no_step_and_no_fixture_of_the_library_takes_the_page_of_nobody_in_particular() -> None:
    """``page`` is the scenario's first browser, whoever acts: steps and page objects take the acting
    person's through ``people`` (``people.of(name)`` for a named subject, ``people.following(...)``)."""
    offenders = [
        f"{path.relative_to(ROOT)}:{function.lineno}"
        for path in sorted(ROOT.glob("steps/*.py"))
        for function in _step_functions(path)
        if "page" in {arg.arg for arg in function.args.args}
    ]
    assert not offenders, offenders


THREE_PERSONS = """# language: nl
@handleiding-2.4.1.2
Functionaliteit: Drie personen
  @wijzigt
  Scenario: Greet verwijdert Tom, Tom meldt zich aan, Sara kan nog kiezen
    Gegeven "Greet Aerts" is "LB" van wachtpost "WACHTPOST LEIE"
    En "Tom Willems" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    En "Sara Peeters" is gebruiker van wachtpost "WACHTPOST LEIE" met "Vaccinnet Consultatie en Registratie"
    Als "Greet Aerts" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Tom Willems" verwijdert
    En "Tom Willems" zich bij Vaccinnet aanmeldt met "itsme"
    Dan ziet hij "Binnen de organisatie:" niet
    En kan "Sara Peeters" in Vaccinnet kiezen voor "WACHTPOST LEIE"
"""


def test_three_persons_in_one_scenario_each_in_their_own_browser_as_the_report_shows(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scenario QA engineers wrote from the catalogue alone: one person deletes another, who then
    logs in (CSAM's single sign-on of the first would have logged in the wrong person)."""
    scratch_project(pytester, monkeypatch, {"drie.feature": THREE_PERSONS}, addopts=suite_addopts())
    result = pytester.runpytest_subprocess("features", "-p", "no:xdist", "--report-dir", "rapport")
    result.assert_outcomes(passed=1)
    (scenario,) = json.loads((pytester.path / "rapport" / ".parts" / "main.json").read_text())
    browsers = [step["browser"] for step in scenario["steps"]]
    assert browsers == [None, None, None, "Greet Aerts", "Greet Aerts", "Tom Willems", "Tom Willems", "Sara Peeters"]
    report = (pytester.path / "rapport" / "index.html").read_text()
    assert "in de browser van Tom Willems" in report and 'alt="Scherm van Greet Aerts na de stap' in report


def _step_texts(function: ast.FunctionDef) -> list[str]:
    """The step texts of a step function: the string given to parsers.parse() in its decorators."""
    return [
        node.value
        for decorator in function.decorator_list
        for node in ast.walk(decorator)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "{" in node.value
    ]


def test_no_step_ignores_a_person_or_anything_else_its_text_names() -> None:
    """Every parameter of a step's text is used by the step: the pronoun (actor) too, which says
    whose browser the step works in."""
    offenders = []
    for path in sorted(ROOT.glob("steps/*.py")):
        for function in _step_functions(path):
            named = {name for text in _step_texts(function) for name in re.findall(r"\{(\w+)", text)}
            used = {node.id for node in ast.walk(function) if isinstance(node, ast.Name)}
            offenders += [f"{path.relative_to(ROOT)}:{function.lineno} {name}" for name in sorted(named - used)]
    assert not offenders, offenders
