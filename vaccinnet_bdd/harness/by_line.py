"""Run the scenario at a line of a feature file, as every BDD tool allows: ``pytest FILE:LINE``.

``features/uman/gebruikers_toevoegen.feature:17`` runs the scenario that line belongs to (its tags,
title, steps, or anything up to the next scenario); the line of an outline's example row runs that
example only. pytest knows no ``FILE:LINE``: before it reads its arguments, the path is kept and
the line becomes the option ``--at-line FILE:LINE``, which reaches xdist's workers with the other
options; collection then keeps the scenarios at those lines. Lines are read with the official
Gherkin parser. A line in no scenario stops the run with one Dutch line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, cast

import pytest
from gherkin.parser import Parser
from gherkin.token_scanner import TokenScanner

from .internals import example_of, scenario_line

AT_LINE = re.compile(r"^(?P<path>.+\.feature):(?P<line>\d+)$")


def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: list[str]) -> None:
    for n, arg in enumerate(list(args)):
        found = AT_LINE.match(arg)
        if found:
            args[n] = found["path"]
            args.append(f"--at-line={arg}")


def _scenarios(path: Path) -> list[tuple[int, int, list[tuple[int, dict[str, str]]]]]:
    """Each scenario of the file: its first line (tags included), its own line, and its example rows
    (line and values). A scenario reaches up to the first line of the next one."""
    document = cast(dict[str, Any], Parser().parse(TokenScanner(path.read_text(encoding="utf-8"))))
    children = list(document.get("feature", {}).get("children", []))
    found = []
    while children:
        child = children.pop(0)
        if "rule" in child:
            children[:0] = child["rule"]["children"]
            continue
        scenario = child.get("scenario")
        if scenario is None:
            continue
        first = min([scenario["location"]["line"], *(tag["location"]["line"] for tag in scenario["tags"])])
        rows = []
        for examples in scenario.get("examples", []):
            header = [cell["value"] for cell in examples["tableHeader"]["cells"]]
            for row in examples["tableBody"]:
                rows.append(
                    (row["location"]["line"], dict(zip(header, (c["value"] for c in row["cells"]), strict=True)))
                )
        found.append((first, scenario["location"]["line"], rows))
    return found


def wanted(at: str) -> tuple[Path, int, dict[str, str] | None]:
    """The feature file, the line of its scenario and the example row (None: every row) of ``FILE:LINE``."""
    match = AT_LINE.match(at)
    if match is None:
        raise pytest.UsageError(f"--at-line verwacht BESTAND.feature:REGEL, niet {at!r}")
    path, line = Path(match["path"]).resolve(), int(match["line"])
    if not path.is_file():
        raise pytest.UsageError(f"{match['path']} bestaat niet")
    scenarios = _scenarios(path)
    for n, (first, own, rows) in enumerate(scenarios):
        end = scenarios[n + 1][0] if n + 1 < len(scenarios) else float("inf")
        if first <= line < end:
            row = next((values for row_line, values in rows if row_line == line), None)
            return path, own, row
    raise pytest.UsageError(f"regel {line} van {match['path']} hoort bij geen scenario")


def pytest_configure(config: pytest.Config) -> None:
    for at in config.getoption("--at-line"):
        wanted(at)  # a line in no scenario stops the run before anything starts


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    lines = [wanted(at) for at in config.getoption("--at-line")]
    if not lines:
        return
    keep: list[pytest.Item] = []
    drop: list[pytest.Item] = []
    files = {path for path, _, _ in lines}  # a file given without a line keeps all its scenarios
    for item in items:
        at = (item.path.resolve(), scenario_line(item))
        chosen = any(at == (path, line) and row in (None, example_of(item)) for path, line, row in lines)
        (keep if chosen or at[0] not in files else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep
