"""``vaccinnet-bdd soak``: the suite N times in random order, with the failures of each run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _soak(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vaccinnet_bdd", "soak", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_each_run_has_its_own_order_and_seed(tmp_path: Path) -> None:
    options = ("-n", "0", "-p", "no:cacheprovider", f"--report-dir={tmp_path}")
    result = _soak("--runs", "2", "--seed", "41", "tests/test_identifiers.py", *options)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "soak.txt").read_text(encoding="utf-8") == result.stdout  # and not in the project's reports/
    runs = re.findall(r"run (\d)/2 \(volgorde-seed (\d+)\): (\d+) tests, 0 gefaald", result.stdout)
    assert [(n, seed) for n, seed, _ in runs] == [("1", "41"), ("2", "42")]
    assert int(runs[0][2]) > 5 and "samen: 2 runs, 0 met een fout, 0 fouten" in result.stdout


def test_a_failure_is_named_per_run_and_counted(tmp_path: Path) -> None:
    failing = tmp_path / "test_volgorde.py"
    failing.write_text("def test_faalt():\n    assert False\n\ndef test_slaagt():\n    pass\n", encoding="utf-8")
    # Its own root: the failure's name then does not depend on where the clone and the temp folder are.
    options = ("-n", "0", "-p", "no:cacheprovider", f"--rootdir={tmp_path}", f"--report-dir={tmp_path}")
    result = _soak("--runs", "2", str(failing), *options)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.count("gefaald: test_volgorde::test_faalt") == 2
    assert (
        "samen: 2 runs, 2 met een fout, 2 fouten" in result.stdout and "2x test_volgorde::test_faalt" in result.stdout
    )
