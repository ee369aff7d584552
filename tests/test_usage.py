"""``vaccinnet-bdd steps --usage``: how many scenarios use each step, how slow it was, which are unused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from vaccinnet_bdd.harness.library import of_project
from vaccinnet_bdd.livingdoc.catalogue import entries
from vaccinnet_bdd.livingdoc.usage import as_text, usage

PROJECT = Path(__file__).resolve().parents[1]
FEATURE = PROJECT / "features" / "uman" / "gebruikers_verwijderen.feature"
OPENS = 'Als "{person:Persoon}" de gebruikers van "{org:Organisatie}" opent'


def _ndjson(tmp_path: Path, text: str, seconds: list[float]) -> Path:
    """The messages of a run in which the step ``text`` ran once per duration."""
    messages: list[dict[str, object]] = [{"pickle": {"id": "p", "steps": [{"id": "s", "text": text}]}}]
    for n, took in enumerate(seconds):
        messages.append({"testCase": {"id": f"c{n}", "testSteps": [{"id": f"t{n}", "pickleStepId": "s"}]}})
        result = {"status": "PASSED", "duration": {"seconds": int(took), "nanos": int(took % 1 * 1e9)}}
        messages.append({"testStepFinished": {"testStepId": f"t{n}", "testStepResult": result}})
    path = tmp_path / "cucumber.ndjson"
    path.write_text("\n".join(json.dumps(m) for m in messages) + "\n", encoding="utf-8")
    return path


def test_a_step_counts_the_scenarios_that_use_it_and_the_unused_come_last(tmp_path: Path) -> None:
    library = of_project(PROJECT)
    found = usage([FEATURE], PROJECT, library, None)
    assert len(found) == len(entries(library))
    scenarios = FEATURE.read_text(encoding="utf-8").count('de gebruikers van "WACHTPOST LEIE" opent')  # once each
    assert next(u for u in found if f"{u.entry.keyword} {u.entry.text}" == OPENS).scenarios == scenarios
    counts = [u.scenarios for u in found]
    assert counts == sorted(counts, reverse=True) and counts[-1] == 0
    text = as_text(found, None)
    unused = text[text.index("Ongebruikt") :]
    assert 'Dan toont Vaccinnet het contactcenter met "{email}" en "{phone}"' in unused


def test_a_steps_duration_is_its_median_in_the_last_run(tmp_path: Path) -> None:
    ndjson = _ndjson(tmp_path, '"Lies Bos" de gebruikers van "WACHTPOST LEIE" opent', [0.5, 1.5, 0.7])
    found = usage([FEATURE], PROJECT, of_project(PROJECT), ndjson)
    opens = next(u for u in found if f"{u.entry.keyword} {u.entry.text}" == OPENS)
    assert opens.median == 0.7
    assert all(u.median is None for u in found if u is not opens)


def test_the_command_gives_json() -> None:
    command = [sys.executable, "-m", "vaccinnet_bdd", "steps", "--usage", "--format", "json", "--reports", "/geen"]
    rows = json.loads(subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, check=True).stdout)
    assert {"keyword", "text", "scenarios", "median_seconds"} <= set(rows[0])
    assert rows[0]["scenarios"] >= rows[-1]["scenarios"]
