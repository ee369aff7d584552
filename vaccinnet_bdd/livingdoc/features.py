"""Every scenario that exists under the features folder, read with the official Gherkin parser.

The report needs what exists, not only what ran: a section whose scenarios were not selected is
"niet uitgevoerd", not "niet gedekt". Each scenario (each example row of an outline) comes with its
feature's name and description, its tags, a title that carries its example values, the reason of an
``@aanname`` (the comment above its tags) and its Cucumber pickle.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler
from gherkin.token_scanner import TokenScanner

ASSUMPTION = "aanname"


@dataclass(frozen=True)
class Feature:
    file: str  # relative to the features folder
    name: str
    description: str
    source: str  # the file's text, for Cucumber Messages


@dataclass(frozen=True)
class IndexedScenario:
    feature: Feature
    line: int  # of the scenario (of the outline, for an example row)
    example: tuple[tuple[str, str], ...]  # the values of the example row, sorted by column
    title: str
    tags: tuple[str, ...]  # without the @
    assumption: str | None  # why, for a scenario tagged @aanname
    pickle: dict[str, Any]

    @property
    def key(self) -> tuple[str, int, tuple[tuple[str, str], ...]]:
        return self.feature.file, self.line, self.example

    @property
    def anchor(self) -> str:
        """An id for links to the scenario: its file and line (and example row line)."""
        row = self.pickle["location"]["line"]
        return "s-" + "".join(c if c.isalnum() else "-" for c in self.feature.file.removesuffix(".feature")) + f"-{row}"


def _comments_above(comments: list[dict[str, Any]], line: int) -> list[str]:
    """The comment lines right above ``line`` (no blank line between), as text."""
    by_line = {c["location"]["line"]: c["text"].strip().lstrip("#").strip() for c in comments}
    found: list[str] = []
    while line - 1 in by_line:
        line -= 1
        found.insert(0, by_line[line])
    return found


def _scenarios_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The scenarios of a feature, also those inside a rule."""
    found = []
    for child in document["feature"]["children"]:
        if "scenario" in child:
            found.append(child["scenario"])
        for grandchild in child.get("rule", {}).get("children", []):
            if "scenario" in grandchild:
                found.append(grandchild["scenario"])
    return found


@dataclass(frozen=True)
class _Origin:
    scenario: dict[str, Any]
    assumption: str | None
    example: dict[str, str]


def _origins(document: dict[str, Any]) -> dict[str, _Origin]:
    """Each scenario and example row of the document, by its AST node id."""
    found: dict[str, _Origin] = {}
    for scenario in _scenarios_of(document):
        first = min([t["location"]["line"] for t in scenario["tags"]] or [scenario["location"]["line"]])
        reason = " ".join(_comments_above(document.get("comments", []), first)) or None
        found[scenario["id"]] = _Origin(scenario, reason, {})
        for examples in scenario["examples"]:
            header = [cell["value"] for cell in examples["tableHeader"]["cells"]]
            for row in examples["tableBody"]:
                values = dict(zip(header, (c["value"] for c in row["cells"]), strict=True))
                found[row["id"]] = _Origin(scenario, reason, values)
    return found


def _titles(named: list[tuple[str, _Origin]]) -> list[str]:
    """Titles that tell an outline's rows apart: where rows share a title, the first columns whose
    values differ among them are added, "(sleutel: eID)"."""
    clashes = Counter((origin.scenario["id"], name) for name, origin in named)
    titles = []
    for name, origin in named:
        if clashes[(origin.scenario["id"], name)] < 2:
            titles.append(name)
            continue
        rows = [o.example for n, o in named if n == name and o.scenario["id"] == origin.scenario["id"]]
        varying = [column for column in origin.example if len({row[column] for row in rows}) > 1]
        for size in range(1, len(varying) + 1):
            if len({tuple(row[c] for c in varying[:size]) for row in rows}) == len(rows):
                break
        titles.append(name + " (" + ", ".join(f"{c}: {origin.example[c]}" for c in varying[:size]) + ")")
    return titles


def _read(path: Path, base: Path) -> list[IndexedScenario]:
    source = path.read_text(encoding="utf-8")
    relative = path.relative_to(base).as_posix()
    document = cast(dict[str, Any], Parser().parse(TokenScanner(source)))
    document["uri"] = f"{base.name}/{relative}"
    pickles = cast(list[dict[str, Any]], Compiler().compile(cast(Any, document)))
    described = document["feature"]
    feature = Feature(relative, described["name"], " ".join(described["description"].split()), source)
    origins = _origins(document)
    titles = _titles([(p["name"], origins[p["astNodeIds"][-1]]) for p in pickles])
    found = []
    for pickle, title in zip(pickles, titles, strict=True):
        origin = origins[pickle["astNodeIds"][-1]]
        tags = tuple(t["name"].lstrip("@") for t in pickle["tags"])
        example = tuple(sorted(origin.example.items()))
        assumption = origin.assumption if ASSUMPTION in tags else None
        found.append(
            IndexedScenario(feature, origin.scenario["location"]["line"], example, title, tags, assumption, pickle)
        )
    return found


@cache
def _index(features: Path, stamp: tuple[tuple[str, float], ...]) -> tuple[IndexedScenario, ...]:
    found: list[IndexedScenario] = []
    for path in sorted(features.rglob("*.feature")):
        found += _read(path, features)
    return tuple(found)


def index(features: Path) -> tuple[IndexedScenario, ...]:
    """Every scenario under ``features``, in file order (read again when a file changed)."""
    paths = sorted(features.rglob("*.feature"))
    return _index(features, tuple((str(p), p.stat().st_mtime) for p in paths))
