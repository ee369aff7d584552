"""A target on the stand-in, one scenario per run: a target with a full URL for every portal needs no
base URL. The stand-in runs once for the module."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from vaccinnet_bdd.harness.target import PORTALS

from .test_on_target import EXAMPLE, PROJECT, _secrets, _serving

ONE_SCENARIO = ["features/uman/gebruikers_verwijderen.feature", "-k", "zonder_geselecteerde", "-p", "no:randomly"]


@pytest.fixture(scope="module")
def stand_in(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The stand-in of the example target file, for the module: its address."""
    with _serving(EXAMPLE, tmp_path_factory.mktemp("stand-in")) as (url, _, _):
        yield url


def _pytest(*options: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "pytest", *ONE_SCENARIO, *options]
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, env=clean | (env or {}), timeout=300)


def test_a_target_with_a_full_url_for_every_portal_needs_no_base_url(stand_in: str, tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^base_url = .*\n", "", text)
    for portal in PORTALS:
        text = text.replace(f'{portal} = "/{portal}"', f'{portal} = "{stand_in}/{portal}/"', 1)
    target = tmp_path / "doel.toml"
    target.write_text(text, encoding="utf-8")
    assert not re.search(r"(?m)^base_url", text)
    run = _pytest("--target", str(target), "--no-report", f"--report-dir={tmp_path}", env=_secrets())
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert re.search(r"\b1 passed\b", run.stdout), run.stdout[-1500:]
