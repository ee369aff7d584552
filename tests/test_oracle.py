"""The test side is an independent oracle: every UI text it expects is written once, in the page
objects; the mock's codes in one module; a label renamed in the mock fails the scenario that uses it."""

from __future__ import annotations

import ast
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from .conftest import scratch_project

ROOT = Path(__file__).resolve().parent.parent
DELETING = ROOT / "features" / "uman" / "gebruikers_verwijderen.feature"


# --- one home per UI text on the test side ------------------------------------------------------


def _is_step_text(function: ast.expr) -> bool:
    """``sentence`` or ``parsers.parse`` (steps.parameters), the two names of the library's step parser."""
    if isinstance(function, ast.Attribute):
        return function.attr == "parse" and getattr(function.value, "id", None) == "parsers"
    return getattr(function, "id", None) == "sentence"


def _literals(path: Path) -> list[str]:
    """The string literals of a module, docstrings and step texts (``parsers.parse("...")``, or the
    library's ``sentence("...")`` itself) excluded: a step text is written in the Gherkin's words, like
    the feature files."""
    tree = ast.parse(path.read_text())
    skip = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    skip |= {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _is_step_text(node.func)
        for arg in node.args
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
    ]


# A parameter of a catalogue text (``%(name)s``): what lies between them is written as it is shown.
PARAMETER = re.compile(r"%\([^)]*\)[a-z]")
# Punctuation that makes a text more than a word; a hyphen inside a word ("RIZIV-nummer") does not.
NOT_A_WORD = re.compile(r"\s|[^\w\s-]")


def _dutch_catalogue_texts() -> set[str]:
    """The mock's Dutch texts; a text with parameters as its literal fragments ("Benaming:" and
    "; RIZIV-nummer:" of "Benaming: %(name)s; RIZIV-nummer: %(riziv)s"), each with a letter."""
    from mock_portals.texts import Catalogue

    fragments = (
        fragment.replace("%%", "%").strip()
        for text in Catalogue().texts["nl"].values()
        for fragment in PARAMETER.split(text)
    )
    return {f for f in fragments if len(f) > 1 and any(c.isalpha() for c in f)}


def _copies(literal: str, shown: set[str]) -> set[str]:
    """The mock's texts a literal holds: the whole literal; a text of several words or with punctuation
    inside it; a word in brackets inside it, as the mock shows a label after a name ("Ann Claes (Burger)")."""
    return {
        text
        for text in shown
        if literal == text or (NOT_A_WORD.search(text) and text in literal) or f"({text})" in literal
    }


PAGE_OBJECTS = ROOT / "steps" / "pages"
# Not the test side's expectations: the bench's raw scripts are plain Playwright with their own locators,
# as a team without this harness writes them (what the harness is measured against); the outline
# holds the manual's own section titles.
NOT_THE_TEST_SIDE = {ROOT / "vaccinnet_bdd" / "bench" / "raw.py", ROOT / "vaccinnet_bdd" / "manual" / "outline.py"}
# The report's and drift check's own Dutch words that happen to be a text of the mock too; "geen" is
# also the failure explanation's "(geen)" for a page without a title (harness/explain.py).
REPORT_WORDS = {"ja", "nee", "ontbreekt", "geen"}
# Documentation, like the feature files: the catalogue's example values and the group titles.
DOCUMENTATION = {ROOT / "steps" / "parameters.py", ROOT / "steps" / "__init__.py"}


def test_each_ui_text_the_test_side_expects_is_written_once_in_the_page_objects() -> None:
    shown = _dutch_catalogue_texts()
    strings = Counter(s for path in PAGE_OBJECTS.glob("*.py") for s in _literals(path) if s in shown)
    twice = {text: n for text, n in strings.items() if n > 1 and " " in text}
    assert not twice, twice
    assert len(strings) > 40  # the page objects do hold the portals' texts


def test_no_ui_text_outside_the_page_objects() -> None:
    """Step modules, the mock codes' module, the harness, the drift check, the figures and the bench
    name the portals' texts through the page objects, never a copy: one word or several."""
    shown = _dutch_catalogue_texts() - REPORT_WORDS
    places = set((ROOT / "steps").glob("*.py")) - DOCUMENTATION
    places |= set((ROOT / "vaccinnet_bdd").rglob("*.py")) - NOT_THE_TEST_SIDE
    found = {
        f"{path.relative_to(ROOT)}: {literal!r}"
        for path in places
        for literal in _literals(path)
        if _copies(literal, shown)
    }
    assert not found, sorted(found)


def test_the_guard_finds_a_one_word_text_in_a_step_module(tmp_path: Path) -> None:
    module = tmp_path / "stap.py"
    module.write_text('from steps.parameters import parsers\nparsers.parse("Uitvoeren")\nX = "Uitvoeren"\n')
    assert _literals(module) == ["Uitvoeren"]  # the step text is not counted, the literal is
    assert _copies("Uitvoeren", _dutch_catalogue_texts()) == {"Uitvoeren"}


def test_the_guard_finds_the_fixed_words_of_a_text_with_parameters(tmp_path: Path) -> None:
    """A text shown with values in it ("Benaming: %(name)s; RIZIV-nummer: %(riziv)s") is still the
    mock's: its fixed words in a step module are a copy, as is a label in brackets after a name."""
    module = tmp_path / "stap.py"
    module.write_text(
        'def f(org, n, user):\n    return [f"Benaming: {org};", f"{org}; RIZIV-nummer: {n}", f"{user} (Burger)"]\n'
    )
    shown = _dutch_catalogue_texts()
    found = [_copies(literal, shown) for literal in _literals(module)]
    assert found == [{"Benaming:"}, set(), {"; RIZIV-nummer:"}, {"Burger"}], found
    assert not _copies("RIZIV-nummers", shown) and not _copies(" van ", shown)  # one word inside prose is not


def test_the_csam_key_names_are_written_in_the_csam_page_object_only() -> None:
    """How the Gherkin names a digital key ("eID", "itsme", ...) stands in steps/pages/csam.py; a step
    module that uses one names its constant."""
    from steps.pages.csam import KEYS

    found = {
        f"{path.relative_to(ROOT)}: {literal!r}"
        for path in set((ROOT / "steps").glob("*.py")) - DOCUMENTATION
        for literal in _literals(path)
        if literal in KEYS
    }
    assert not found, sorted(found)


def _mock_codes() -> tuple[set[str], set[str]]:
    """The codes guarded on the test side (every one), and in the harness and tools (those with a
    hyphen: there English words such as "user" or the portal name "ehealth" are no code)."""
    from steps.codes import CODES

    codes = {code for names in CODES.values() for code in names.values()}
    return codes, {code for code in codes if "-" in code}


def _codes_written(paths: set[Path], codes: set[str]) -> set[str]:
    return {
        f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name}: {literal!r}"
        for path in paths
        for literal in _literals(path)
        if literal in codes
    }


def test_the_mock_codes_are_written_in_one_test_side_module() -> None:
    """The arrange API's codes of applications, types, statuses, roles and domains stand in
    steps/codes.py only: not in a page object, a step module or the harness. The documentation
    modules are left out: their keys are the step texts' parameter names ({user}), their values
    the features' own words (the kind "wachtpost" is written as its code is)."""
    every, hyphenated = _mock_codes()
    test_side = set((ROOT / "steps").rglob("*.py")) - {ROOT / "steps" / "codes.py"} - DOCUMENTATION
    found = _codes_written(test_side, every) | _codes_written(set((ROOT / "vaccinnet_bdd").rglob("*.py")), hyphenated)
    assert not found, sorted(found)


def test_the_mock_code_guard_finds_a_one_word_code_on_the_test_side(tmp_path: Path) -> None:
    module = tmp_path / "pagina.py"
    module.write_text('TYPES = ("lb", "user")\nSTATUS, DOMAIN, NAME = "actief", "ehealth", "Actief"\n')
    every, hyphenated = _mock_codes()
    assert _codes_written({module}, every) == {f"pagina.py: {c!r}" for c in ("lb", "user", "actief", "ehealth")}
    assert not _codes_written({module}, hyphenated)  # in the harness only a hyphenated code is surely one


# --- the test side is an oracle: a label renamed in the mock fails a scenario -------------------


def test_a_label_renamed_in_the_mock_fails_the_scenario_that_uses_it(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "mock_portals" / "locale", locale)
    catalogue = locale / "nl" / "LC_MESSAGES" / "messages.po"
    text = catalogue.read_text(encoding="utf-8")
    assert text.count('msgstr "Uitvoeren"') == 1
    catalogue.write_text(text.replace('msgstr "Uitvoeren"', 'msgstr "Uitvoeren!"'), encoding="utf-8")
    mock_with_that_catalogue = f"""
import pytest
from pathlib import Path
from mock_portals.store import Store
from vaccinnet_bdd.harness.server import EmbeddedMock

@pytest.fixture(scope="session")
def embedded_mock():
    mock = EmbeddedMock(Store(), locale_dir=Path({str(locale)!r}))
    yield mock
    mock.stop()
"""
    scratch_project(
        pytester, monkeypatch, {"verwijderen.feature": DELETING.read_text()}, conftest=mock_with_that_catalogue
    )
    result = pytester.runpytest_subprocess(
        "features", "--no-report", "-k", "verdwijnt_uit_de_lijst", "--step-timeout=1"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Uitvoeren*"])


def test_the_same_scenario_passes_with_the_mock_as_it_is(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch_project(pytester, monkeypatch, {"verwijderen.feature": DELETING.read_text()})
    result = pytester.runpytest_subprocess("features", "--no-report", "-k", "verdwijnt_uit_de_lijst")
    result.assert_outcomes(passed=1)
