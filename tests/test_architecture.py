"""The shape of the code: layers without cycles, declared libraries, small modules, one home per text."""

from __future__ import annotations

import ast
import graphlib
import importlib.metadata
import re
import shutil
import sys
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from .conftest import scratch_project

ROOT = Path(__file__).resolve().parent.parent
DELETING = ROOT / "features" / "uman" / "gebruikers_verwijderen.feature"
PACKAGES = ("mock_portals", "testbed", "steps", "livingdoc", "bench", "vaccinnet_bdd")
# Which of the project's packages each package may import: the layers, from the mock up.
MAY_IMPORT = {
    "mock_portals": set(),
    "testbed": {"mock_portals"},
    "steps": {"mock_portals", "testbed"},
    "livingdoc": {"steps", "testbed", "mock_portals"},
    "bench": {"testbed", "mock_portals"},
    "vaccinnet_bdd": {"mock_portals", "steps", "livingdoc", "bench", "testbed"},
    "tests": set(PACKAGES),
}


def _modules(package: str) -> dict[str, Path]:
    found = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(name: str, path: Path) -> set[str]:
    """The modules ``name`` imports at module level (absolute names), of this project or not."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1], base]).strip(".")
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def _ours() -> dict[str, Path]:
    return {name: path for package in (*PACKAGES, "tests") for name, path in _modules(package).items()}


def test_no_import_cycle_anywhere() -> None:
    modules = _ours()
    graph = {name: {m for m in _imports(name, path) if m in modules and m != name} for name, path in modules.items()}
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError with the cycle


def test_each_package_imports_only_the_layers_below_it() -> None:
    offenders = []
    for name, path in _ours().items():
        package = name.split(".")[0]
        for imported in _imports(name, path):
            other = imported.split(".")[0]
            if other in MAY_IMPORT and other != package and other not in MAY_IMPORT[package]:
                offenders.append(f"{name} imports {imported}")
    assert not offenders, offenders


def test_every_library_the_code_imports_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {re.split(r"[<>=\[ ;]", d)[0].lower().replace("_", "-") for d in project["dependencies"]}
    declared |= {re.split(r"[<>=\[ ;]", d)[0].lower() for d in project["optional-dependencies"]["dev"]}
    distributions = importlib.metadata.packages_distributions()
    missing = set()
    for name, path in _ours().items():
        for imported in _imports(name, path):
            top = imported.split(".")[0]
            if not top or top in sys.stdlib_module_names or top in MAY_IMPORT or top == "__future__":
                continue
            owners = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
            if not owners & declared:
                missing.add(f"{top} ({', '.join(sorted(owners))}) in {name}")
    assert not missing, sorted(missing)


def test_no_module_of_the_mock_is_over_300_lines() -> None:
    long = {
        name: n for name, path in _modules("mock_portals").items() if (n := len(path.read_text().splitlines())) > 300
    }
    assert not long, long


# --- one home per UI text on the test side ------------------------------------------------------


def _test_side_strings() -> Counter[str]:
    """String literals of the test side (steps/: pages, steps, harness), docstrings excluded. The
    catalogue's example values (parameters.py) and group titles (__init__.py) are documentation, like
    the feature files, and not counted."""
    found: Counter[str] = Counter()
    documentation = {ROOT / "steps" / "parameters.py", ROOT / "steps" / "__init__.py"}
    for path in set((ROOT / "steps").rglob("*.py")) - documentation:
        tree = ast.parse(path.read_text())
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                found[node.value] += 1
    return found


def _dutch_catalogue_texts() -> set[str]:
    from mock_portals.texts import Catalogue

    return set(Catalogue().texts["nl"].values())


def test_each_ui_text_the_test_side_expects_is_written_once() -> None:
    """A text of the portals that the page objects expect stands once on the test side; the steps,
    the drift check and the harness use the page objects instead of copies."""
    shown = {t for t in _dutch_catalogue_texts() if " " in t and "%(" not in t}
    strings = _test_side_strings()
    twice = {text: n for text, n in strings.items() if n > 1 and text in shown}
    assert not twice, twice
    assert len([t for t in strings if t in shown]) > 40  # the page objects do hold the portals' texts


def test_the_drift_check_and_the_bench_harness_hold_no_copies_of_the_page_objects_texts() -> None:
    shown = {t for t in _dutch_catalogue_texts() if " " in t and "%(" not in t}
    for path in [ROOT / "livingdoc" / "drift_pages.py", *(ROOT / "livingdoc").glob("figures*.py")]:
        literals = {n.value for n in ast.walk(ast.parse(path.read_text())) if isinstance(n, ast.Constant)}
        assert not literals & shown, (path.name, literals & shown)


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
from testbed.server import EmbeddedMock

@pytest.fixture(scope="session")
def embedded_mock():
    mock = EmbeddedMock(Store(), locale_dir=Path({str(locale)!r}))
    yield mock
    mock.stop()
"""
    scratch_project(
        pytester, monkeypatch, {"verwijderen.feature": DELETING.read_text()}, conftest=mock_with_that_catalogue
    )
    result = pytester.runpytest_subprocess("features", "--no-report", "-k", "verdwijnt_uit_de_lijst")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Uitvoeren*"])


def test_the_same_scenario_passes_with_the_mock_as_it_is(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch_project(pytester, monkeypatch, {"verwijderen.feature": DELETING.read_text()})
    result = pytester.runpytest_subprocess("features", "--no-report", "-k", "verdwijnt_uit_de_lijst")
    result.assert_outcomes(passed=1)
