"""``vaccinnet-bdd merge-reports DIR...``: the report folders of several shards as one report.

Each shard's folder keeps what its run recorded (``.parts/``, the scenarios step by step) and when
and with which seed it ran (``.run.json``). The merge reads those, counts every scenario once (a
scenario in two folders is taken from the first and said), brings the screenshots and traces
together (a screenshot's name is the hash of its picture, so the same screen is one file), joins the
JUnit XML, and publishes as a single run does: index.html, Cucumber Messages, the Cucumber HTML
page and Cucumber JSON when their formatters are installed, and the step catalogue. Allure's results
of the shards (``allure-results/``) are copied together: each is one scenario's own file.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from vaccinnet_bdd.project import features_dir

from .allure_results import RESULTS
from .cucumber_json import CucumberJson
from .publish import CucumberHtml, publish
from .recorder import PARTS, RUN, SCREENSHOTS
from .records import ScenarioResult

JUNIT = "junit.xml"
TRACES = "test-results"


class MergeError(Exception):
    """A folder that is not a report folder of a run; the message says which and why, in Dutch."""


def _read(source: Path) -> tuple[list[ScenarioResult], dict[str, object]]:
    if not (source / PARTS).is_dir() or not (source / RUN).is_file():
        raise MergeError(f"{source}: geen rapportmap van een run (er ontbreekt {PARTS}/ of {RUN})")
    results = []
    for part in sorted((source / PARTS).glob("*.json")):
        results += [ScenarioResult.from_json(data) for data in json.loads(part.read_text(encoding="utf-8"))]
    return results, json.loads((source / RUN).read_text(encoding="utf-8"))


def _junit(sources: list[Path], out: Path) -> None:
    """One test suite with every test case of the shards once, its counts those of its cases."""
    suite, seen, took = ET.Element("testsuite", name="pytest"), set(), 0.0
    for source in sources:
        if not (source / JUNIT).is_file():
            continue
        for found in ET.parse(source / JUNIT).iter("testsuite"):
            took += float(found.get("time", "0"))
            for case in found.iter("testcase"):
                key = (case.get("classname"), case.get("name"))
                if key not in seen:
                    seen.add(key)
                    suite.append(case)
    cases = list(suite)
    counts = {kind: sum(1 for c in cases if c.find(kind) is not None) for kind in ("failure", "error", "skipped")}
    suite.set("tests", str(len(cases)))
    suite.set("failures", str(counts["failure"]))
    suite.set("errors", str(counts["error"]))
    suite.set("skipped", str(counts["skipped"]))
    suite.set("time", f"{took:.3f}")
    root = ET.Element("testsuites", name="pytest tests")
    root.append(suite)
    ET.ElementTree(root).write(out / JUNIT, encoding="utf-8", xml_declaration=True)


def merge(sources: list[Path], out: Path, root: Path, library: dict[str, str]) -> tuple[Path, list[str]]:
    """The merged report in ``out`` (made afresh), and what was said about scenarios found twice."""
    if any(source.resolve() == out.resolve() for source in sources):
        raise MergeError(f"{out}: de samengevoegde map mag geen van de bronmappen zijn")
    read = [_read(source) for source in sources]
    results: list[ScenarioResult] = []
    notes: list[str] = []
    kept: dict[str, Path] = {}
    for source, (found, _) in zip(sources, read, strict=True):
        for result in found:
            if result.nodeid in kept:
                notes.append(f"{result.nodeid}: ook in {source}, één keer geteld (uit {kept[result.nodeid]})")
                continue
            kept[result.nodeid] = source
            results.append(result)
    if out.exists():
        shutil.rmtree(out)
    (out / PARTS).mkdir(parents=True)
    for source in sources:
        for folder in (SCREENSHOTS, TRACES, RESULTS):
            if (source / folder).is_dir():
                shutil.copytree(source / folder, out / folder, dirs_exist_ok=True)
    runs = [run for _, run in read]
    started = min(float(str(run["started"])) for run in runs)
    seeds = {run["seed"] for run in runs}
    seed = next(iter(seeds)) if len(seeds) == 1 else None
    if seed is None:
        notes.append(f"de mappen liepen met verschillende seeds: {', '.join(map(str, sorted(seeds, key=str)))}")
    (out / PARTS / "samengevoegd.json").write_text(json.dumps([r.to_json() for r in results]), encoding="utf-8")
    (out / RUN).write_text(json.dumps({"started": started, "seed": seed}), encoding="utf-8")
    _junit(sources, out)
    report = publish(
        out,
        features_dir(root),
        results,
        started=started,
        seed=seed if isinstance(seed, int) else None,
        when=dt.datetime.now().strftime("%d/%m/%Y %H:%M"),
        manual=None,
        formatter=CucumberHtml.start(out / "cucumber.html", root),
        library=library,
        json_formatter=CucumberJson.start(out / "cucumber.json", root),
    )
    return report, notes
