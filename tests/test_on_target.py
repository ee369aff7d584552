"""The suite against an acceptance environment (#22), here against the stand-in that
``vaccinnet-bdd serve --stand-in`` starts from the example target file: no admin API, the file's
personas and organisations, CSAM's app key. The manual suite runs against it on two workers."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from steps.registratie import REGISTERING_HTB
from vaccinnet_bdd.harness.on_target import NOT_ON_TARGET
from vaccinnet_bdd.harness.target import TargetError, load

PROJECT = Path(__file__).resolve().parents[1]
EXAMPLE = PROJECT / "examples" / "acceptatie.toml"
BIN = Path(sys.executable).parent


def _secrets(file: Path = EXAMPLE) -> dict[str, str]:
    """A value for every environment variable the target file names: its personas' secrets."""
    values = {}
    for persona in load(file).persona:
        seed = persona.naam.encode()
        values[persona.gebruikersnaam] = "gebr-" + hashlib.sha1(seed).hexdigest()[12:20]
        values[persona.wachtwoord] = "ww-" + hashlib.sha1(seed).hexdigest()[:12]
        values[persona.totp_geheim] = base64.b32encode(hashlib.sha256(seed).digest()).decode()[:32]
    return values


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "doel.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ('insz = "63071540532"', 'insz = "63071540533"', "persona[2].insz: geen geldig INSZ of BIS-nummer"),
        ('naam = "vervangende acceptatieomgeving (lokaal)"', "", "naam: ontbreekt"),
        ('"VACCINNET_ANN_WACHTWOORD"', '"geheim123"', "persona[2].wachtwoord: moet de naam van een omgevingsvariabele"),
        ('email = "ann.claes@example.org"\n', "", "persona[2].email: ontbreekt"),
        ('riziv = "68164472"', 'riziv = "6816447"', "organisatie[1].riziv: ongeldige waarde '6816447'"),
        ('vertegenwoordiger = "Lotte Dubois"', 'vertegenwoordiger = "Lotte"', "organisatie[1].vertegenwoordiger:"),
        ("[portalen]", "[portalen]\nvaccinet = 1", "portalen.vaccinet: onbekend veld"),
        (
            'totp_geheim = "VACCINNET_ANN_TOTP"',
            'totp_gehiem = "VACCINNET_ANN_TOTP"',
            "persona[2].totp_gehiem: onbekend veld; bedoeld: totp_geheim?",
        ),
    ],
)
def test_a_wrong_target_file_is_one_dutch_line_naming_the_field(tmp_path: Path, old: str, new: str, line: str) -> None:
    with pytest.raises(TargetError) as error:
        load(_broken(tmp_path, old, new))
    assert str(error.value).startswith(f"doelbestand {tmp_path / 'doel.toml'}: {line}")
    assert "\n" not in str(error.value)


def test_a_run_with_a_wrong_target_file_stops_before_any_test(tmp_path: Path) -> None:
    target = _broken(tmp_path, 'soort = "wachtpost"', "")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "features", "--target", str(target), "-q", f"--report-dir={tmp_path}"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == pytest.ExitCode.USAGE_ERROR
    assert f"doelbestand {target}: organisatie[1].soort: ontbreekt" in result.stderr


@contextmanager
def _serving(file: Path, folder: Path) -> Iterator[tuple[str, Path, Path]]:
    """A stand-in of ``file``, in its own process on a free port: its address, state file and log."""
    state, log = folder / "stand-in.json", folder / "stand-in.log"
    env = os.environ | _secrets(file)
    command = [str(BIN / "vaccinnet-bdd"), "serve", "--stand-in", str(file), "--port", "0", "--state", str(state)]
    with (
        log.open("w") as errors,
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True, env=env) as server,
    ):
        try:
            assert server.stdout is not None
            found = re.search(r"http://[\d.]+:\d+", server.stdout.readline())
            assert found, log.read_text()
            yield found.group(0), state, log
        finally:
            server.terminate()
            server.wait(timeout=30)


@pytest.fixture
def stand_in(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """The stand-in of the example target file."""
    with _serving(EXAMPLE, tmp_path) as serving:
        yield serving


def _meaning(state: Path) -> dict[str, object]:
    """The stand-in's world without the times a record was made or changed: a user deleted and added
    back is the same user, with the same rights, but a record of today."""
    data = json.loads(state.read_text())
    for membership in data["memberships"]:
        membership.pop("created"), membership.pop("modified")
    return dict(data)


@pytest.mark.timeout(480)  # the whole manual suite, with --a11y, inside one test: over pytest-timeout's 120 s
def test_the_manual_suite_runs_on_the_stand_in_and_leaves_it_as_it_found_it(
    stand_in: tuple[str, Path, Path], tmp_path: Path
) -> None:
    url, state, log = stand_in
    before = _meaning(state)
    reports = tmp_path / "rapport"
    command = [sys.executable, "-m", "pytest", "features", "-n", "2", "-p", "no:randomly", "--target", str(EXAMPLE)]
    command += ["--base-url", url, "--allow-changes", f"--report-dir={reports}", "--a11y"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | _secrets()
    run = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "Toegankelijkheid: " in run.stdout and (reports / "toegankelijkheid.html").is_file()  # the target's pages
    cases = list(ET.parse(reports / "junit.xml").iter("testcase"))
    skipped = [c.find("skipped") for c in cases if c.find("skipped") is not None]
    assert not [c for c in cases if c.find("failure") is not None or c.find("error") is not None]
    assert len(cases) - len(skipped) >= 15  # the scenarios the example's personas can play
    reasons = [str(s.get("message")) for s in skipped if s is not None]
    assert reasons and not [r for r in reasons if "in gebruik" in r]  # personas claimed at once, in one order
    # Each scenario that did not run was stopped by one of its steps, which the reason names.
    assert not [r for r in reasons if not re.match(rf"{NOT_ON_TARGET}: de stap '(Gegeven|Als|En|Dan|Maar) .+' ", r)]
    assert [r for r in reasons if REGISTERING_HTB in r]  # what cannot be undone says why
    summary = run.stdout[run.stdout.index("doel vervangende acceptatieomgeving") :]
    ran = r"\d+ scenario's liepen op het doel \(0 gefaald\)"
    assert re.search(ran + r"; gewijzigd en weer hersteld: [1-9]\d*; gewijzigd en niet hersteld: 0\n", summary)
    assert f"{len(skipped)} scenario's waren {NOT_ON_TARGET}:" in summary
    report = (reports / "index.html").read_text(encoding="utf-8")
    assert f", {len(skipped)} niet uitvoerbaar op dit doel." in report
    assert f", doel {load(EXAMPLE).naam}</h1>" in report  # which environment the report is about
    assert "<strong>Niet uitvoerbaar op dit doel:</strong> de stap &#39;Gegeven" in report
    assert _meaning(state) == before
    assert "/__admin" not in log.read_text() and "GET /csam/" in log.read_text()
    for secret in _secrets().values():
        assert secret not in run.stdout + run.stderr + log.read_text()
        for path in reports.rglob("*"):
            if path.suffix == ".zip":
                with zipfile.ZipFile(path) as archive:
                    assert all(secret.encode() not in archive.read(name) for name in archive.namelist())
            elif path.is_file():
                assert secret.encode() not in path.read_bytes(), path


def test_without_allow_changes_a_changing_scenario_is_not_run(stand_in: tuple[str, Path, Path], tmp_path: Path) -> None:
    url, _, _ = stand_in
    command = [sys.executable, "-m", "pytest", "features/uman/gebruikers_verwijderen.feature", "--no-report"]
    command += ["--target", str(EXAMPLE), "--base-url", url, f"--report-dir={tmp_path}"]
    run = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, env=os.environ | _secrets(), timeout=300)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "  3 x het scenario wijzigt het doel (@wijzigt); --allow-changes laat het toe" in run.stdout
    assert re.search(rf"1 passed, 4 {NOT_ON_TARGET} in", run.stdout), run.stdout[-1500:]


def test_each_portal_has_its_own_address_on_a_target(monkeypatch: pytest.MonkeyPatch) -> None:
    from vaccinnet_bdd.harness import on_target
    from vaccinnet_bdd.harness.target import Portals

    portals = Portals(base_url="https://acc.example/", uman="https://uman.acc.example/beheer/", vaccinnet="/vn")
    assert portals.address("uman") == "https://uman.acc.example/beheer"
    assert portals.address("vaccinnet") == "https://acc.example/vn"
    assert portals.address("vaccinnet", "http://127.0.0.1:9000") == "http://127.0.0.1:9000/vn"
    with pytest.raises(TargetError, match=r"portalen.csam: een pad \(/csam\) vraagt portalen.base_url"):
        Portals().address("csam")
    monkeypatch.setattr(on_target, "_PORTALS", {"uman": portals.address("uman")})
    assert (
        on_target.portal_address("/uman/12345678/gebruikers") == "https://uman.acc.example/beheer/12345678/gebruikers"
    )
    assert on_target.portal_address("/vaccinnet/") == "/vaccinnet/"  # no target: the mock's own path


def test_check_manual_and_figures_reach_the_stand_in_through_the_personas_logins(
    stand_in: tuple[str, Path, Path], tmp_path: Path
) -> None:
    from .test_check_manual import SMALL

    url, _, log = stand_in
    manual = tmp_path / "handleiding.txt"
    # §1.3's pages show every kind of organisation; the example target has only a guard post
    manual.write_text(SMALL + "\n1.3 Organisaties\n\nDe lijst toont bv. 'Apotheek'.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | _secrets()
    tool = [str(BIN / "vaccinnet-bdd")]
    target = ["--target", str(EXAMPLE), "--base-url", url]
    checked = subprocess.run(
        [*tool, "check-manual", str(manual), "--json", *target], cwd=PROJECT, capture_output=True, text=True, env=env
    )
    found = {f["label"]: f for f in json.loads(checked.stdout)}
    assert checked.returncode == 1  # 'Alles wissen' is on no page, there as on the mock
    assert found["Gebruiker(s) verwijderen"]["on_page"] and found["Uitvoeren"]["on_page"]  # Lies Bos's users page
    assert found["Alles wissen"]["missing"]
    assert not found["Apotheek"]["missing"] and "apotheek" in found["Apotheek"]["unchecked"]  # not seen: why
    figures = tmp_path / "figuren"
    drawn = subprocess.run(
        [*tool, "figures", "--dir", str(figures), *target, f"--report-dir={tmp_path}"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env=env,
    )
    assert drawn.returncode == 0, drawn.stdout[-3000:]
    assert list(figures.glob("*.png"))  # the figures its personas can show
    assert f"{NOT_ON_TARGET}:" in drawn.stdout  # and why the others are not drawn
    assert "/__admin" not in log.read_text()


def test_a_declared_member_is_seen_in_uman_before_a_scenario_relies_on_it(tmp_path: Path) -> None:
    """The file says Ann Claes is an active user; the environment has her blocked: the scenarios that
    need her are not executable, with what UMAN shows, instead of failing on the portal."""
    blocked = _broken(tmp_path, 'type = "USER"\nstatus = "Actief"', 'type = "USER"\nstatus = "Geblokkeerd"')
    with _serving(blocked, tmp_path) as (url, _, _):
        command = [sys.executable, "-m", "pytest", "features/vaccinnet/aanmelden_voor_organisatie.feature"]
        command += ["--target", str(EXAMPLE), "--base-url", url, f"--report-dir={tmp_path}", "--no-report"]
        run = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, env=os.environ | _secrets())
    assert run.returncode == 0, run.stdout[-3000:]
    assert "UMAN toont 'Ann Claes' in 'WACHTPOST LEIE' als USER, Geblokkeerd; het doelbestand zegt anders" in run.stdout
    assert " passed" not in run.stdout.splitlines()[-1]


def test_an_appointed_access_manager_is_removed_again(tmp_path: Path) -> None:
    """With Ann Claes as a persona without rights, the HTB's appointments run on the stand-in and are
    undone: the access manager is removed again, and with her the LB of UMAN."""
    text = EXAMPLE.read_text(encoding="utf-8")
    anns_rights = text[text.index('[[persona.lid]]\norganisatie = "WACHTPOST LEIE"\ntype = "USER"') :]
    without = _broken(tmp_path, anns_rights[: anns_rights.index("[[persona]]")], "")
    with _serving(without, tmp_path) as (url, state, _):
        before = _meaning(state)
        command = [sys.executable, "-m", "pytest", "features/btb", "--allow-changes", "--no-report"]
        command += ["--target", str(without), "--base-url", url, f"--report-dir={tmp_path}"]
        run = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, env=os.environ | _secrets())
        assert run.returncode == 0, run.stdout[-3000:]
        assert "gewijzigd en weer hersteld: 2" in run.stdout
        assert _meaning(state) == before
