"""The internals of pytest and pytest-bdd the harness uses (``vaccinnet_bdd.harness.internals``) still
have the shape it relies on: a new version that changes one fails here, with what changed, before a
scenario meets it."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
from pathlib import Path
from types import ModuleType

import pytest

from vaccinnet_bdd.harness import internals

ROOT = Path(__file__).resolve().parent.parent


def test_determine_setup_still_takes_the_arguments_root_of_passes() -> None:
    parameters = set(inspect.signature(internals.determine_setup).parameters)
    expected = {"inifile", "override_ini", "args", "rootdir_cmd_arg", "invocation_dir"}
    assert expected <= parameters, f"_pytest.config.findpaths.determine_setup changed: {sorted(parameters)}"


def test_runtestprotocol_still_returns_the_reports_without_logging_them() -> None:
    parameters = inspect.signature(internals.runtestprotocol).parameters
    assert {"item", "nextitem", "log"} <= set(parameters), f"_pytest.runner.runtestprotocol changed: {parameters}"


def test_pytest_module_still_gets_its_object_from_getobj() -> None:
    assert callable(getattr(pytest.Module, "_getobj", None)), "pytest.Module._getobj is gone: collect.py must change"


def test_pytest_bdd_still_registers_step_definitions_with_their_parser_and_function() -> None:
    definitions = list(internals.step_definitions())
    assert definitions, "pytest_bdd.steps.step_function_context_registry is empty or gone"
    for context in definitions[:3]:
        assert hasattr(context, "parser") and hasattr(context, "step_func") and hasattr(context, "type"), context
    made = set(inspect.signature(internals.StepFunctionContext).parameters)
    assert {"type", "step_func", "parser"} <= made, f"pytest_bdd.steps.StepFunctionContext changed: {sorted(made)}"


def test_pytest_bdd_still_parses_feature_files_into_scenarios_with_their_steps(tmp_path: Path) -> None:
    (tmp_path / "uitrol.feature").write_text(
        "Feature: F\n  Scenario: Gewoon\n    Given iets\n"
        "  Scenario Outline: Schema\n    When <n> keer\n    Examples:\n      | n |\n      | 1 |\n      | 2 |\n"
    )
    try:
        found = [(s.name, [(step.type, step.name) for step in s.steps]) for s in internals.scenarios_in([tmp_path])]
    except (AttributeError, TypeError) as error:
        pytest.fail(f"pytest_bdd.feature.get_features or its Feature/ScenarioTemplate changed: {error!r}")
    assert found == [
        ("Gewoon", [("given", "iets")]),
        ("Schema", [("when", "1 keer")]),
        ("Schema", [("when", "2 keer")]),
    ], f"pytest-bdd parses feature files differently now: {found}"


def test_an_outline_example_still_reaches_the_test_as_the_known_parameter(pytester: pytest.Pytester) -> None:
    pytester.makefile(
        ".feature",
        uitrol="Feature: F\n  Scenario Outline: S\n    Given <n>\n    Examples:\n      | n |\n      | 1 |\n",
    )
    pytester.makepyfile(
        test_uitrol="""
from pytest_bdd import given, parsers, scenarios
from vaccinnet_bdd.harness.internals import example_of

scenarios("uitrol.feature")

@given(parsers.parse("{n}"))
def _(request, n):
    assert example_of(request.node) == {"n": "1"}, request.node.callspec.params
"""
    )
    pytester.runpytest_subprocess("-p", "no:vaccinnet_bdd", "-p", "no:randomly").assert_outcomes(passed=1)


def test_pytest_bdd_still_maps_a_collected_scenario_to_its_line(pytester: pytest.Pytester) -> None:
    pytester.makefile(".feature", regel="Feature: F\n\n  Scenario: S\n    Given iets\n")
    pytester.makeconftest(
        """
from vaccinnet_bdd.harness.internals import scenario_line

def pytest_collection_modifyitems(items):
    assert [scenario_line(item) for item in items] == [3]
"""
    )
    pytester.makepyfile(
        test_regel="""
from pytest_bdd import given, scenarios

scenarios("regel.feature")

@given("iets")
def _():
    pass
"""
    )
    pytester.runpytest_subprocess("-p", "no:vaccinnet_bdd", "-p", "no:randomly").assert_outcomes(passed=1)


PUBLIC_BDD = {"pytest_bdd", "pytest_bdd.parsers"}


def _private_imports(source: str) -> list[str]:
    """The modules of pytest's and pytest-bdd's internals a module imports, at any depth (in a
    function too), in every form: ``from X import``, ``import X`` and ``from pytest_bdd import <module>``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules = [node.module]
            if node.module == "pytest_bdd":
                modules += [f"pytest_bdd.{alias.name}" for alias in node.names if _is_submodule(alias.name)]
        else:
            continue
        for module in modules:
            top = module.partition(".")[0]
            if top == "_pytest" or (top == "pytest_bdd" and module not in PUBLIC_BDD):
                found.append(f"{module} (line {node.lineno})")
    return found


def _is_submodule(name: str) -> bool:
    """Whether ``from pytest_bdd import <name>`` gives one of its modules (``parser``), not a name its
    top level exports (``given``, or ``scenario``, the function that shadows the module)."""
    exported = getattr(importlib.import_module("pytest_bdd"), name, None)
    if exported is not None:
        return isinstance(exported, ModuleType)
    return importlib.util.find_spec(f"pytest_bdd.{name}") is not None


def test_no_module_but_internals_imports_a_private_module() -> None:
    """``_pytest`` and pytest-bdd's modules other than its documented ones are used in one place only."""
    home = ROOT / "vaccinnet_bdd" / "harness" / "internals.py"
    offenders = [
        f"{path.relative_to(ROOT)} imports {module}"
        for folder in ("steps", "vaccinnet_bdd", "tests")
        for path in (ROOT / folder).rglob("*.py")
        if path != home
        for module in _private_imports(path.read_text())
    ]
    assert not offenders, offenders


def test_the_guard_finds_a_private_import_in_every_form() -> None:
    source = """
import _pytest.runner
import pytest_bdd.steps as steps
from pytest_bdd import given, parsers, scenario
from pytest_bdd.parsers import parse


def f():
    from pytest_bdd.feature import get_features
    from pytest_bdd import parser
"""
    found = _private_imports(source)
    assert found == [
        "_pytest.runner (line 2)",
        "pytest_bdd.steps (line 3)",
        "pytest_bdd.feature (line 9)",
        "pytest_bdd.parser (line 10)",
    ], found
