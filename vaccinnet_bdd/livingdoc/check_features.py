"""``vaccinnet-bdd check-features``: every feature file against the step library, without a browser.

Cucumber's ``--dry-run`` for this suite: each file is parsed with the official Gherkin parser and
compiled to pickles (an outline's steps with each example's values, ``En``/``Maar`` resolved to
the kind before them), and every step is matched against the step definitions the library
registers, as pytest-bdd matches them. What does not parse, and every step no definition matches
(with the three steps of the catalogue that read most like it), is reported with its file and
line. Neither the mock nor a browser starts: for pre-commit hooks and editors.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler
from gherkin.token_scanner import TokenScanner

from vaccinnet_bdd.harness.internals import step_definitions
from vaccinnet_bdd.project import features_dir

from .catalogue import COMMAND, KEYWORDS, entries, nearest

# The kind of a pickle's step, as pytest-bdd's step types name it (None: a step with no kind before it).
KINDS = {"Context": "given", "Action": "when", "Outcome": "then"}


def feature_files(given: list[Path], root: Path) -> tuple[list[Path], list[str]]:
    """The feature files of ``given`` (files, or folders searched through; none: ``features/``), and
    those of them that do not exist."""
    paths: list[Path] = []
    for path in given or [features_dir(root)]:
        paths += sorted(path.rglob("*.feature")) if path.is_dir() else [path]
    return paths, [str(p) for p in paths if not p.is_file()]


@dataclass(frozen=True)
class Problem:
    file: str  # relative to the project
    line: int
    message: str  # in Dutch, with the nearest steps where a step is unknown

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def _step_lines(document: dict[str, Any]) -> dict[str, int]:
    """The line of every step of the document, by its id (backgrounds and rules included)."""
    lines: dict[str, int] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "keyword" in node and "text" in node and "id" in node and "location" in node:
                lines[node["id"]] = node["location"]["line"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return lines


@dataclass(frozen=True)
class Match:
    """One step of one scenario (of one example of an outline), and the definition it matches."""

    file: str
    line: int
    pickle: str  # the scenario's (or example's) id
    kind: str | None  # given, when, then; None: a step with no kind before it
    text: str
    source: str | None  # module:line of the step definition; None: no definition matches


def matched(paths: list[Path], root: Path, library: dict[str, str]) -> Iterator[Match | Problem]:
    """Every step of the feature files ``paths`` with what matches it, and what does not parse."""
    entries(library)  # imports the library's modules, which registers their steps
    definitions = [d for d in step_definitions() if d.step_func.__module__ in library]
    for path in paths:
        file = path.resolve().relative_to(root).as_posix() if path.resolve().is_relative_to(root) else str(path)
        try:
            document = cast(dict[str, Any], Parser().parse(TokenScanner(path.read_text(encoding="utf-8"))))
        except (CompositeParserException, ParserError) as error:
            first = error.errors[0] if isinstance(error, CompositeParserException) else error
            line = getattr(getattr(first, "location", None), "get", lambda *_: 1)("line", 1) or 1
            yield Problem(file, int(line), f"geen geldige Gherkin: {str(first).splitlines()[0]}")
            continue
        document["uri"] = file
        lines = _step_lines(document)
        for pickle in cast(list[dict[str, Any]], Compiler().compile(cast(Any, document))):
            for step in pickle["steps"]:
                kind, text = KINDS.get(step["type"]), step["text"]
                found = next((d for d in definitions if kind in (None, d.type) and d.parser.is_matching(text)), None)
                source = f"{found.step_func.__module__}:{found.step_func.__code__.co_firstlineno}" if found else None
                yield Match(file, lines[step["astNodeIds"][0]], pickle["id"], kind, text, source)


def check(paths: list[Path], root: Path, library: dict[str, str]) -> Iterator[Problem]:
    """The problems of the feature files ``paths``: what does not parse, and each unknown step."""
    catalogue, seen = entries(library), set()
    for match in matched(paths, root, library):
        if isinstance(match, Problem):
            yield match
            continue
        if match.source is not None or (match.file, match.line, match.text) in seen:
            continue
        seen.add((match.file, match.line, match.text))
        keyword = KEYWORDS.get(match.kind or "")
        hints = "".join(f"\n    {e.typed}" for e in nearest(library, match.text, keyword, among=catalogue))
        shown = f"{keyword} {match.text}" if keyword else match.text
        yield Problem(match.file, match.line, f"geen stap gevonden voor: {shown}\n  die er het meest op lijken:{hints}")


def summary(files: int, problems: list[Problem]) -> str:
    if not problems:
        return f"{files} feature-bestanden nagekeken: elke stap bestaat."
    return f"{files} feature-bestanden nagekeken: {len(problems)} problemen. Alle stappen: {COMMAND}"
