"""The closing section of a run on a target counts what happened, scenario by scenario."""

from __future__ import annotations

from typing import Literal

import pytest

from vaccinnet_bdd.harness.on_target import NOT_ON_TARGET
from vaccinnet_bdd.harness.target_run import UNDONE, Tally


def _report(
    nodeid: str,
    when: Literal["setup", "call", "teardown"],
    outcome: Literal["passed", "failed", "skipped"],
    undone: dict[str, list[str]] | None = None,
    reason: str = "",
) -> pytest.TestReport:
    longrepr = ("f.feature", 3, f"Skipped: {NOT_ON_TARGET}: {reason}") if outcome == "skipped" else None
    properties = [(UNDONE, undone)] if undone is not None else []
    return pytest.TestReport(nodeid, ("f", 1, nodeid), {}, outcome, longrepr, when, user_properties=properties)


def _scenario(
    nodeid: str, outcome: Literal["passed", "failed", "skipped"], **teardown: list[str]
) -> list[pytest.TestReport]:
    """A scenario's three reports; what its undo put back and left behind on the teardown's."""
    undone = {"hersteld": teardown.get("hersteld", []), "achtergelaten": teardown.get("achtergelaten", [])}
    return [
        _report(nodeid, "setup", "passed"),
        _report(nodeid, "call", outcome, reason="de stap 'Gegeven x' vraagt y" if outcome == "skipped" else ""),
        _report(nodeid, "teardown", "failed" if undone["achtergelaten"] else "passed", undone if teardown else None),
    ]


def test_changed_and_restored_counts_each_scenario_by_its_undo_passed_or_failed() -> None:
    tally = Tally()
    reports = [
        *_scenario("a.feature::test_reads", "passed"),  # changed nothing
        *_scenario("a.feature::test_adds", "failed", hersteld=["Jan Peeters toegevoegd"]),  # failed, undone
        *_scenario("a.feature::test_deletes", "passed", achtergelaten=["Els Maes verwijderd (...)"]),
        *_scenario("a.feature::test_two", "passed", hersteld=["rechten van Ann Claes", "Bert Wouters toegevoegd"]),
        *_scenario("a.feature::test_skipped", "skipped"),
    ]
    for report in reports:
        tally.add(report)
    assert tally.lines() == [
        "4 scenario's liepen op het doel (1 gefaald); gewijzigd en weer hersteld: 2; gewijzigd en niet hersteld: 1",
        "  blijft achter op het doel na a.feature::test_deletes:",
        "    Els Maes verwijderd (...)",
        f"1 scenario's waren {NOT_ON_TARGET}:",
        "  1 x de stap 'Gegeven x' vraagt y",
    ]


def test_a_scenario_that_left_something_and_restored_something_else_is_not_restored() -> None:
    tally = Tally()
    for report in _scenario("b.feature::test_both", "passed", hersteld=["x"], achtergelaten=["y (z)"]):
        tally.add(report)
    assert tally.lines()[0].endswith("gewijzigd en weer hersteld: 0; gewijzigd en niet hersteld: 1")
