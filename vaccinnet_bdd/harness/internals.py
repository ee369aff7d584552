"""Every use of pytest's and pytest-bdd's internals, in one place: what has no public API (yet).

Each name below is used because no hook or public function does the job; each comment says why and
names the upstream issue. ``tests/test_internals.py`` fails with a clear message when one of them
changes shape in a new version, before a scenario meets it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

# pytest chooses its root folder before plugins see the options; the only way to ask "what root would
# these paths alone give" is its own function (pytest-dev/pytest#11390 asks for rootdir hooks).
from _pytest.config.findpaths import determine_setup

# A second run of one test inside pytest_runtest_protocol: pytest-rerunfailures does the same, as
# pytest has no public "run this item's phases" (pytest-dev/pytest#7767).
from _pytest.runner import runtestprotocol

# pytest-bdd parses feature files for its own scenarios(); nothing public returns the parsed scenarios.
# No upstream issue found (searched 2026-12-06): a public parse would let a suite check every step of
# every scenario against its step library without collecting or running them.
from pytest_bdd.feature import get_features
from pytest_bdd.parser import Scenario

# pytest-bdd's map from a collected test function to its scenario, which its own generation.py reads
# the same way; there is no public accessor (the line of an item's scenario, for runs by line). No issue
# asks for one; the closest, https://github.com/pytest-dev/pytest-bdd/issues/310 (open: scenarios as
# marks on the test items), would put the scenario on the item itself.
# Which definition runs a step: pytest-bdd's own lookup, which its scenario runner calls before each step.
# No public function gives it before the step runs (a scenario's parts must be known before its first
# step); pytest-dev/pytest-bdd#457 asks for a public listing of step definitions.
from pytest_bdd.scenario import get_step_function, scenario_wrapper_template_registry

# pytest-bdd keeps its step definitions in this registry and offers no public list of them
# (pytest-dev/pytest-bdd#457 asks for a step-definition listing); its context type comes with it.
from pytest_bdd.steps import StepFunctionContext, step_function_context_registry

# The parameter pytest-bdd gives an outline's example row (pytest-bdd's scenario.py); no public accessor.
# No issue asks for one; the closest, https://github.com/pytest-dev/pytest-bdd/issues/595 (closed), shows
# users reading the row through this same private name since step arguments stopped being fixtures.
EXAMPLE_PARAMETER = "_pytest_bdd_example"


def root_of(config: pytest.Config, paths: Sequence[str]) -> tuple[Path, Path | None]:
    """The root folder and configuration file pytest would choose for ``paths`` alone."""
    rootpath, inipath, _, _ = determine_setup(
        inifile=config.option.inifilename,
        override_ini=config.option.override_ini,
        args=list(paths),
        rootdir_cmd_arg=config.option.rootdir or None,
        invocation_dir=config.invocation_params.dir,
    )
    return rootpath, inipath


def run_phases(item: pytest.Item, nextitem: pytest.Item | None) -> list[pytest.TestReport]:
    """Setup, call and teardown of ``item``, their reports returned instead of logged."""
    return list(runtestprotocol(item, nextitem=nextitem, log=False))


def step_definitions() -> Iterator[StepFunctionContext]:
    """Every step definition pytest-bdd knows in this process."""
    yield from step_function_context_registry.values()


def step_definition(request: pytest.FixtureRequest, step: Any) -> StepFunctionContext | None:
    """The definition pytest-bdd will run for ``step`` of the scenario ``request`` runs, if any."""
    return get_step_function(request=request, step=step)


def scenarios_in(paths: Sequence[Path]) -> list[Scenario]:
    """Every scenario of the feature files under ``paths``, an outline once per example row."""
    rendered = []
    for feature in get_features([str(path) for path in paths]):
        for template in feature.scenarios.values():
            contexts = [c for examples in template.examples for c in examples.as_contexts()] or [{}]
            rendered += [template.render(context) for context in contexts]
    return rendered


def example_of(item: pytest.Item) -> dict[str, Any] | None:
    """The example row an outline's scenario runs with, or None."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    example = params.get(EXAMPLE_PARAMETER)
    return dict(example) if example else None


def scenario_line(item: pytest.Item) -> int | None:
    """The line of the scenario (or outline) a collected item runs, or None for another test."""
    template = scenario_wrapper_template_registry.get(getattr(item, "obj", None))  # type: ignore[arg-type]
    return int(template.line_number) if template is not None else None


class ModuleInMemory(pytest.Module):
    """A collected module whose object is built in memory, not imported from its path.

    ``_getobj`` is how pytest's own collectors provide the object; overriding it is the shape of
    pytest's "non-python tests" example for Python objects (pytest-dev/pytest#3310 on a public way).
    """

    def _getobj(self) -> Any:
        return self.build()

    def build(self) -> Any:
        raise NotImplementedError


__all__ = [
    "ModuleInMemory",
    "Scenario",
    "StepFunctionContext",
    "determine_setup",
    "example_of",
    "root_of",
    "run_phases",
    "runtestprotocol",
    "scenario_line",
    "scenarios_in",
    "step_definition",
    "step_definitions",
]
