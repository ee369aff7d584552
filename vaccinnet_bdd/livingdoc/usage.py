"""``vaccinnet-bdd steps --usage``: which steps the features use, how often, and how slow they were.

Cucumber's usage formatter for this suite. How many scenarios use each step comes from the feature
files themselves (every scenario, an outline once per example, matched as check-features matches);
how long a step took is the median of its runs in the last run's Cucumber Messages
(``reports/cucumber.ndjson``: each test step's duration, by the text of its pickle step). Steps no
scenario uses come last.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from .catalogue import Entry, entries
from .check_features import Match, matched


@dataclass(frozen=True)
class Usage:
    entry: Entry
    scenarios: int  # how many scenarios (examples of an outline each count) use the step
    median: float | None  # seconds, in the last run; None: it did not run there


def _durations(ndjson: Path) -> dict[str, list[float]]:
    """The durations of each step text in a run's Cucumber Messages."""
    texts: dict[str, str] = {}  # pickle step id -> text
    steps: dict[str, str] = {}  # test step id -> pickle step id
    found: dict[str, list[float]] = defaultdict(list)
    for line in ndjson.read_text(encoding="utf-8").splitlines():
        message: dict[str, Any] = json.loads(line)
        if "pickle" in message:
            texts.update({step["id"]: step["text"] for step in message["pickle"]["steps"]})
        elif "testCase" in message:
            steps.update({step["id"]: step["pickleStepId"] for step in message["testCase"]["testSteps"]})
        elif "testStepFinished" in message:
            finished = message["testStepFinished"]
            if finished["testStepResult"]["status"] == "PASSED":
                duration = finished["testStepResult"]["duration"]
                text = texts[steps[finished["testStepId"]]]
                found[text].append(duration["seconds"] + duration["nanos"] / 1e9)
    return found


def usage(paths: list[Path], root: Path, library: dict[str, str], ndjson: Path | None) -> list[Usage]:
    """Every step of the library with its use: the most used first, the unused last."""
    scenarios: dict[str, set[str]] = defaultdict(set)  # step source -> pickles that use it
    sources: dict[str, str] = {}  # step text -> the source of its definition
    for match in matched(paths, root, library):
        if isinstance(match, Match) and match.source is not None:
            scenarios[match.source].add(match.pickle)
            sources[match.text] = match.source
    times: dict[str, list[float]] = defaultdict(list)
    if ndjson is not None and ndjson.is_file():
        for text, durations in _durations(ndjson).items():
            if text in sources:
                times[sources[text]] += durations
    found = [
        Usage(e, len(scenarios.get(e.source, ())), statistics.median(times[e.source]) if times[e.source] else None)
        for e in entries(library)
    ]
    return sorted(found, key=lambda u: (u.scenarios == 0, -u.scenarios))


def as_text(found: list[Usage], ndjson: Path | None) -> str:
    used = [u for u in found if u.scenarios]
    lines = [f"Stapgebruik: {len(used)} van {len(found)} stappen gebruikt; duur: mediaan in {ndjson or 'geen run'}", ""]
    for u in used:
        took = f"{u.median:5.2f} s" if u.median is not None else "    - "
        lines.append(f"{u.scenarios:4d} scenario's  {took}  {u.entry.keyword} {u.entry.text}")
    unused = [u for u in found if not u.scenarios]
    lines += ["", f"Ongebruikt ({len(unused)}):", *(f"  {u.entry.keyword} {u.entry.text}" for u in unused)]
    return "\n".join(lines)


def as_json(found: list[Usage]) -> str:
    rows = [asdict(u.entry) | {"scenarios": u.scenarios, "median_seconds": u.median} for u in found]
    return json.dumps(rows, ensure_ascii=False, indent=1)
