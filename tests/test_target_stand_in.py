"""A target on the stand-in, one scenario per run: a target with a full URL for every portal needs no
base URL; a persona's secrets never reach a report (a failed fill does not repeat what it typed, and
on a target every secret is masked in each report before a reporter sees it). The stand-in runs once
for the module."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from steps.pages.csam import APP_KEY, KEYS, CsamLoginPage
from vaccinnet_bdd.harness.masking import MASK
from vaccinnet_bdd.harness.target import PORTALS

from .conftest import scratch_project
from .test_on_target import EXAMPLE, PROJECT, _secrets, _serving

ONE_SCENARIO = ["features/uman/gebruikers_verwijderen.feature", "-k", "zonder_geselecteerde", "-p", "no:randomly"]
# A CSAM whose password field became a checkbox: Playwright's fill fails at once, and its call log
# repeats the value it was asked to type.
REFUSING_CSAM = """
TO_CHECKBOX = "addEventListener('DOMContentLoaded', () => document.querySelectorAll('input[type=password]')"
TO_CHECKBOX += ".forEach(field => field.type = 'checkbox'))"


def pytest_sessionstart(session):
    from playwright.sync_api import Browser

    new_context = Browser.new_context

    def refusing(self, *args, **kwargs):
        context = new_context(self, *args, **kwargs)
        context.add_init_script(TO_CHECKBOX)
        return context

    Browser.new_context = refusing
"""


def _leaks(secrets: list[str], output: str, reports: Path) -> list[str]:
    """Where any of ``secrets`` shows: in the output, or in a file (or an archive's file) of the reports."""
    found = [f"output: {s}" for s in secrets if s in output]
    for path in reports.rglob("*"):
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                texts = [archive.read(name) for name in archive.namelist()]
        else:
            texts = [path.read_bytes()] if path.is_file() else []
        found += [f"{path}: {s}" for s in secrets for text in texts if s.encode() in text]
    return found


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


def test_a_login_that_fails_on_a_target_leaves_the_secrets_in_no_output_and_no_report(
    stand_in: str, tmp_path: Path
) -> None:
    (tmp_path / "refusing_csam.py").write_text(REFUSING_CSAM, encoding="utf-8")
    reports = tmp_path / "rapport"
    env = _secrets() | {"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    run = _pytest(
        "--target", str(EXAMPLE), "--base-url", stand_in, "-p", "refusing_csam", f"--report-dir={reports}", env=env
    )
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-2000:]
    assert f'fill("{MASK}")' in run.stdout  # the login did fail in the fill of the password, as intended
    assert (reports / "junit.xml").is_file() and (reports / "index.html").is_file()
    assert not _leaks(list(_secrets().values()), run.stdout + run.stderr, reports)


# Defence in depth: whatever else repeats a secret (here a step that says it), the run masks it.
SAYING = """
import os

from pytest_bdd import given


@given("een stap die het wachtwoord van Lies Bos zegt")
def _():
    said = os.environ["VACCINNET_LIES_WACHTWOORD"]
    print(f"het wachtwoord is {said}")
    raise AssertionError(f"fout wachtwoord: {said}")
"""


def test_on_a_target_every_report_masks_a_secret_whatever_says_it(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = "# language: nl\nFunctionaliteit: Lek\n  Scenario: Een stap zegt een geheim\n"
    feature += "    Gegeven een stap die het wachtwoord van Lies Bos zegt\n"
    scratch_project(pytester, monkeypatch, {"lek.feature": feature}, conftest=SAYING)
    for name, value in _secrets().items():
        monkeypatch.setenv(name, value)
    reports = pytester.path / "rapport"
    result = pytester.runpytest_subprocess(
        "features", "-p", "no:randomly", "--target", str(EXAMPLE), f"--report-dir={reports}"
    )
    result.assert_outcomes(failed=1)
    output = "\n".join(result.outlines + result.errlines)
    assert f"fout wachtwoord: {MASK}" in output and f"het wachtwoord is {MASK}" in output
    assert (reports / "junit.xml").is_file() and (reports / "cucumber.ndjson").is_file()
    assert f"fout wachtwoord: {MASK}" in (reports / "cucumber.ndjson").read_text(encoding="utf-8")
    assert not _leaks([_secrets()["VACCINNET_LIES_WACHTWOORD"]], output, reports)


SECRET = "LiesPw-s3cret-XYZ"


def test_a_failed_fill_of_a_secret_does_not_repeat_it(page: Page) -> None:
    """Also not in the arguments pytest lists under each function of a long traceback."""
    page.set_content(
        f'<a href="#">{KEYS[APP_KEY]}</a><label>Gebruikersnaam <input></label>'
        '<label>Wachtwoord <input type="checkbox"></label>'  # a field that cannot be typed into
        '<label>Beveiligingscode (6 cijfers uit uw app) <input></label><button type="button">Aanmelden</button>'
    )
    login = CsamLoginPage(page, lambda person: ("lies.bos", SECRET, "123456"))
    with pytest.raises(PlaywrightError) as failed:
        login.log_in("Lies Bos", APP_KEY)
    told = str(failed.getrepr(style="long", funcargs=True, chain=True))
    assert f'fill("{MASK}")' in told and "cannot be filled" in told
    assert SECRET not in told and failed.value.__context__ is None
