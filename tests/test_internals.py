"""The internals of pytest and pytest-bdd the harness uses (``vaccinnet_bdd.harness.internals``) still
have the shape it relies on: a new version that changes one fails here, with what changed, before a
scenario meets it."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

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


def test_no_module_but_internals_imports_a_private_module() -> None:
    """``_pytest`` and pytest-bdd's modules other than its documented ones are used in one place only."""
    public_bdd = {"pytest_bdd", "pytest_bdd.parsers"}
    offenders = []
    for path in [*ROOT.glob("steps/**/*.py"), *ROOT.glob("vaccinnet_bdd/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module:
                private = node.module.startswith("_pytest") or (
                    node.module.startswith("pytest_bdd") and node.module not in public_bdd
                )
                if private and path.name != "internals.py":
                    offenders.append(f"{path.relative_to(ROOT)} imports {node.module}")
    assert not offenders, offenders
