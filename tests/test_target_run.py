"""The closing section of a run on a target counts what happened, scenario by scenario."""

from __future__ import annotations

from typing import Literal

import pytest

from vaccinnet_bdd.harness.outcome import NOT_EXECUTABLE, REASON
from vaccinnet_bdd.harness.stage import CAST, UNDONE
from vaccinnet_bdd.harness.target_run import Tally


def _report(
    nodeid: str,
    when: Literal["setup", "call", "teardown"],
    outcome: Literal["passed", "failed", "skipped"],
    properties: list[tuple[str, object]] | None = None,
) -> pytest.TestReport:
    longrepr = ("f.feature", 3, "Skipped: ...") if outcome == "skipped" else None
    return pytest.TestReport(nodeid, ("f", 1, nodeid), {}, outcome, longrepr, when, user_properties=properties or [])


def _scenario(
    nodeid: str,
    outcome: Literal["passed", "failed", "skipped"],
    cast: dict[str, str] | None = None,
    **teardown: list[str],
) -> list[pytest.TestReport]:
    """A scenario's three reports; who played whom on the call's, what its undo did on the teardown's."""
    undone = {"hersteld": teardown.get("hersteld", []), "achtergelaten": teardown.get("achtergelaten", [])}
    call: list[tuple[str, object]] = [(CAST, cast)] if cast else []
    if outcome == "skipped":
        call.append((REASON, "de stap 'Gegeven x' vraagt y"))
    return [
        _report(nodeid, "setup", "passed"),
        _report(nodeid, "call", outcome, call),
        _report(
            nodeid,
            "teardown",
            "failed" if undone["achtergelaten"] else "passed",
            [(UNDONE, undone)] if teardown else [],
        ),
    ]


def test_changed_and_restored_counts_each_scenario_by_its_undo_passed_or_failed() -> None:
    tally = Tally()
    reports = [
        *_scenario("a.feature::test_reads", "passed", {"Lies Bos": "Katrien Verhoeven"}),  # changed nothing
        *_scenario("a.feature::test_adds", "failed", {"Lies Bos": "Kobe Willaert"}, hersteld=["Jan toegevoegd"]),
        *_scenario("a.feature::test_deletes", "passed", achtergelaten=["Els Maes verwijderd (...)"]),
        *_scenario("a.feature::test_two", "passed", {"Lies Bos": "Katrien Verhoeven"}, hersteld=["x", "y"]),
        *_scenario("a.feature::test_skipped", "skipped"),
    ]
    for report in reports:
        tally.add(report)
    assert tally.lines() == [
        "4 scenario's liepen op het doel (1 gefaald); gewijzigd en weer hersteld: 2; gewijzigd en niet hersteld: 1",
        "  blijft achter op het doel na a.feature::test_deletes:",
        "    Els Maes verwijderd (...)",
        "wie speelde wie:",
        "  Lies Bos: Katrien Verhoeven (2), Kobe Willaert (1)",
        f"1 scenario's waren {NOT_EXECUTABLE}:",
        "  1 x de stap 'Gegeven x' vraagt y",
    ]


def test_a_scenario_that_left_something_and_restored_something_else_is_not_restored() -> None:
    tally = Tally()
    for report in _scenario("b.feature::test_both", "passed", hersteld=["x"], achtergelaten=["y (z)"]):
        tally.add(report)
    assert tally.lines()[0].endswith("gewijzigd en weer hersteld: 0; gewijzigd en niet hersteld: 1")
