"""A target on the stand-in, one scenario per run: a target with a full URL for every portal needs no
base URL; an account's secrets never reach a report (a failed fill does not repeat what it typed, and
on a target every secret is masked in each report before a reporter sees it). The stand-in runs once
for the module."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page

from steps.pages.csam import APP_KEY, KEYS, CsamLoginPage
from vaccinnet_bdd.harness.masking import MASK
from vaccinnet_bdd.harness.target import PORTALS

from .conftest import scratch_project
from .test_on_target import BIN, EXAMPLE, PROJECT, leaks, secrets_of, serving

ONE_SCENARIO = ["features/uman/gebruikers_toevoegen.feature", "-k", "toont_de_organisatie", "-p", "no:randomly"]
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


@pytest.fixture(scope="module")
def stand_in(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The stand-in of the example target file, for the module: its address."""
    with serving(EXAMPLE, tmp_path_factory.mktemp("stand-in")) as (url, _, _):
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
    run = _pytest("--target", str(target), "--no-report", f"--report-dir={tmp_path}", env=secrets_of())
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert re.search(r"\b1 passed\b", run.stdout), run.stdout[-1500:]


def test_a_login_that_fails_on_a_target_leaves_the_secrets_in_no_output_and_no_report(
    stand_in: str, tmp_path: Path
) -> None:
    (tmp_path / "refusing_csam.py").write_text(REFUSING_CSAM, encoding="utf-8")
    reports = tmp_path / "rapport"
    # under a name of its own: no CSAM session an earlier run kept for the accounts lets them in
    target = tmp_path / "doel.toml"
    target.write_text(EXAMPLE.read_text(encoding="utf-8").replace('naam = "vervangende', 'naam = "weigerende'))
    env = secrets_of() | {"PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])}
    run = _pytest(
        "--target", str(target), "--base-url", stand_in, "-p", "refusing_csam", f"--report-dir={reports}", env=env
    )
    assert run.returncode == 1, run.stdout[-3000:] + run.stderr[-2000:]
    assert f'fill("{MASK}")' in run.stdout  # the login did fail in the fill of the password, as intended
    assert (reports / "junit.xml").is_file() and (reports / "index.html").is_file()
    assert not leaks(list(secrets_of().values()), run.stdout + run.stderr, reports)


# Defence in depth: whatever else repeats a secret (here a step that says it), the run masks it.
SAYING = """
import os

from pytest_bdd import given


@given("een stap die het wachtwoord van Katrien Verhoeven zegt")
def _():
    said = os.environ["ACC_KATRIEN_WACHTWOORD"]
    print(f"het wachtwoord is {said}")
    raise AssertionError(f"fout wachtwoord: {said}")
"""


def test_on_a_target_every_report_masks_a_secret_whatever_says_it(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = "# language: nl\nFunctionaliteit: Lek\n  Scenario: Een stap zegt een geheim\n"
    feature += "    Gegeven een stap die het wachtwoord van Katrien Verhoeven zegt\n"
    scratch_project(pytester, monkeypatch, {"lek.feature": feature}, conftest=SAYING)
    for name, value in secrets_of().items():
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
    assert not leaks([secrets_of()["ACC_KATRIEN_WACHTWOORD"]], output, reports)


SECRET = "LiesPw-s3cret-XYZ"


def test_a_failed_fill_of_a_secret_does_not_repeat_it(page: Page) -> None:
    """Also not in the arguments pytest lists under each function of a long traceback."""
    page.set_content(
        f'<h1>Aanmelden bij de online overheid</h1><a href="#">{KEYS[APP_KEY]}</a><label>Gebruikersnaam <input></label>'
        '<label>Wachtwoord <input type="checkbox"></label>'  # a field that cannot be typed into
        '<label>Beveiligingscode (6 cijfers uit uw app) <input></label><button type="button">Aanmelden</button>'
    )
    login = CsamLoginPage(page, lambda person: ("lies.bos", SECRET, "123456"))
    with pytest.raises(PlaywrightError) as failed:
        login.log_in("Lies Bos", APP_KEY)
    told = str(failed.getrepr(style="long", funcargs=True, chain=True))
    assert f'fill("{MASK}")' in told and "cannot be filled" in told
    assert SECRET not in told and failed.value.__context__ is None


def test_the_stand_in_lets_only_the_app_key_in_and_has_no_admin_api() -> None:
    """As on a real environment: every other key says it needs a person there (and logs no one in,
    even when sent a person's INSZ), and an address under /__admin/ is an unknown page like any other."""
    from starlette.testclient import TestClient

    from mock_portals.app import create_app
    from mock_portals.arrange import AddPerson
    from mock_portals.portals.csam import APP_CODE, KEYS
    from mock_portals.sso import CLIENTS
    from mock_portals.store import Store

    store = Store()
    ann = AddPerson(first_name="Ann", last_name="Claes").apply(store)
    client = TestClient(create_app(store, admin_api=False, person_picker=False))
    query = {"client": next(iter(CLIENTS)), "state": "x"}
    for code in sorted(set(KEYS) - {APP_CODE}):
        shown = client.get(f"/csam/sleutel/{code}", params=query)
        assert shown.status_code == 403 and ann.insz not in shown.text, code
        posted = client.post(f"/csam/sleutel/{code}", params=query, data={"insz": ann.insz}, follow_redirects=False)
        assert posted.status_code == 403 and "set-cookie" not in posted.headers, code
    assert client.get(f"/csam/sleutel/{APP_CODE}", params=query).status_code == 200
    unknown = client.get("/nergens")
    assert unknown.status_code == 404
    for path in ("/__admin/", "/__admin/state"):
        answer = client.get(path)
        assert (answer.status_code, answer.text.replace(path, "/nergens")) == (404, unknown.text), path
    assert client.post("/__admin/reset", json={}).status_code == 404


def test_a_stand_in_that_cannot_start_names_the_field_and_never_the_secret(tmp_path: Path) -> None:
    """A user name that breaks CSAM's rules stops the stand-in with one line that says which account
    and field, and shows none of that account's secrets."""
    secrets = secrets_of()
    wrong = secrets | {"ACC_KATRIEN_GEBRUIKER": "k v!"}  # a space and a '!': no user name CSAM accepts
    command = [str(BIN / "vaccinnet-bdd"), "serve", "--stand-in", str(EXAMPLE), "--port", "0"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | wrong
    run = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, env=env, timeout=60)
    said = run.stdout + run.stderr
    assert run.returncode != 0 and "Katrien Verhoeven" in said and "gebruikersnaam" in said, said[-2000:]
    assert not [name for name, value in wrong.items() if name.startswith("ACC_KATRIEN") and value in said]
