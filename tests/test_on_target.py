"""The manual suite on an acceptance environment (#22, #31), here the stand-in that ``vaccinnet-bdd serve
--stand-in`` starts from a target file: no admin API, only CSAM's app key, and the file's accounts and
organisations under their own names, onto which the scenarios' people and organisations are cast."""

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
from typing import Any

import pytest

from vaccinnet_bdd.harness.outcome import NOT_EXECUTABLE
from vaccinnet_bdd.harness.stage import CHANGES as CHANGES_TAG
from vaccinnet_bdd.harness.target import TargetError, load
from vaccinnet_bdd.livingdoc.features import index

PROJECT = Path(__file__).resolve().parents[1]
EXAMPLE = PROJECT / "examples" / "acceptatie.toml"
BIN = Path(sys.executable).parent
# Other names for every account and organisation of the example: nothing in a target file has to match a feature.
OTHER_NAMES = [
    "Nele Cornelis", "Stijn Bogaerts", "Ines Wuyts", "Arne Hermans", "Lore Smets", "Ruben Dierckx",
    "Febe Coppens", "Milan Baert", "Yana Michiels", "Dries Moens",
]  # fmt: skip
OTHER_ORGS = ["WACHTPOST WESTHOEK", "APOTHEEK HET ANKER", "MEDISCH HUIS DE RING", "GROEPSPRAKTIJK DE HAVEN"]


def secrets_of(file: Path = EXAMPLE) -> dict[str, str]:
    """A value for every environment variable the target file names: its accounts' secrets."""
    values = {}
    for account in load(file).account:
        seed = account.naam.encode()
        values[account.gebruikersnaam] = "gebr-" + hashlib.sha1(seed).hexdigest()[12:20]
        values[account.wachtwoord] = "ww-" + hashlib.sha1(seed).hexdigest()[:12]
        values[account.totp_geheim] = base64.b32encode(hashlib.sha256(seed).digest()).decode()[:32]
    return values


def broken(tmp_path: Path, old: str, new: str, file: Path = EXAMPLE) -> Path:
    text = file.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "doel.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def renamed(folder: Path) -> tuple[Path, list[str]]:
    """The example with every account and organisation under another name; the names it no longer has."""
    target, text = load(EXAMPLE), EXAMPLE.read_text(encoding="utf-8")
    old = [a.naam for a in target.account] + [o.naam for o in target.organisatie]
    for name, other in zip(old, OTHER_NAMES[: len(target.account)] + OTHER_ORGS, strict=True):
        text = text.replace(f'"{name}"', f'"{other}"')
    path = folder / "ander-doel.toml"
    path.write_text(text, encoding="utf-8")
    return path, old


@contextmanager
def serving(file: Path, folder: Path) -> Iterator[tuple[str, Path, Path]]:
    """A stand-in of ``file``, in its own process on a free port: its address, state file and log."""
    state, log = folder / "stand-in.json", folder / "stand-in.log"
    env = os.environ | secrets_of(file)
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


def meaning(state: Path) -> dict[str, object]:
    """The stand-in's world without what does not change its meaning: the times a record was made or
    changed (a user deleted and added back is the same user, with the same rights, but a record of
    today) and the order of the records (an access manager appointed again comes last)."""
    data = json.loads(state.read_text())
    for membership in data["memberships"]:
        membership.pop("created"), membership.pop("modified")
    return {k: sorted(v, key=json.dumps) if isinstance(v, list) else v for k, v in data.items()}


def suite(target: Path, url: str, *options: str, features: str = "features") -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "pytest",
        features,
        "-p",
        "no:randomly",
        "--target",
        str(target),
        "--base-url",
        url,
    ]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | secrets_of(target)
    return subprocess.run([*command, *options], cwd=PROJECT, capture_output=True, text=True, env=env, timeout=900)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ('insz = "85110205697"', 'insz = "85110205698"', "account[2].insz: geen geldig INSZ of BIS-nummer"),
        ('naam = "vervangende acceptatieomgeving (lokaal)"', "", "naam: ontbreekt"),
        ('"ACC_JORIS_WACHTWOORD"', '"geheim123"', "account[2].wachtwoord: moet de naam van een omgevingsvariabele"),
        ('email = "joris.vandamme@example.org"\n', "", "account[2].email: ontbreekt"),
        ('riziv = "68421721"', 'riziv = "6842172"', "organisatie[1].riziv: ongeldige waarde '6842172'"),
        ('vertegenwoordiger = "Tijs Verbeke"', 'vertegenwoordiger = "Tijs"', "organisatie[1].vertegenwoordiger:"),
        ("[portalen]", "[portalen]\nvaccinet = 1", "portalen.vaccinet: onbekend veld"),
        (
            'totp_geheim = "ACC_JORIS_TOTP"',
            'totp_gehiem = "ACC_JORIS_TOTP"',
            "account[2].totp_gehiem: onbekend veld; bedoeld: totp_geheim?",
        ),
    ],
)
def test_a_wrong_target_file_is_one_dutch_line_naming_the_field(tmp_path: Path, old: str, new: str, line: str) -> None:
    with pytest.raises(TargetError) as error:
        load(broken(tmp_path, old, new))
    assert str(error.value).startswith(f"doelbestand {tmp_path / 'doel.toml'}: {line}")
    assert "\n" not in str(error.value)


def test_a_file_of_the_old_shape_is_told_its_new_name(tmp_path: Path) -> None:
    old = tmp_path / "doel.toml"
    old.write_text(EXAMPLE.read_text(encoding="utf-8").replace("[[account", "[[persona"), encoding="utf-8")
    with pytest.raises(TargetError, match=r"\[\[persona\]\] heet nu \[\[account\]\]"):
        load(old)


def test_a_run_with_a_wrong_target_file_stops_before_any_test(tmp_path: Path) -> None:
    target = broken(tmp_path, 'soort = "wachtpost"', "")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "features", "--target", str(target), "-q", f"--report-dir={tmp_path}"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == pytest.ExitCode.USAGE_ERROR
    assert f"doelbestand {target}: organisatie[1].soort: ontbreekt" in result.stderr


def _results(reports: Path) -> list[dict[str, Any]]:
    return [r for part in (reports / ".parts").glob("*.json") for r in json.loads(part.read_text())]


def leaks(secrets: list[str], output: str, reports: Path) -> list[str]:
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


@pytest.mark.timeout(900)  # the whole manual suite on a stand-in, logins through CSAM included
def test_the_manual_suite_plays_on_a_stand_in_of_other_names_and_leaves_it_as_it_found_it(tmp_path: Path) -> None:
    """One run with --allow-changes. What a run without it would pass is read from this one: the
    caster takes a cast that needs no change whenever there is one (test_casting), so a scenario
    that passed here without changing anything and is not @wijzigt is one that run would pass;
    that such a run changes nothing is test_without_allow_changes_a_changing_scenario_is_not_run."""
    target, old_names = renamed(tmp_path)
    reports = tmp_path / "rapport"
    with serving(target, tmp_path) as (url, state, log):
        before = meaning(state)
        run = suite(target, url, "-n", "2", "--allow-changes", "--a11y", f"--report-dir={reports}")
        after = meaning(state)
    assert run.returncode == 0, run.stdout[-3000:]
    cases = list(ET.parse(reports / "junit.xml").iter("testcase"))
    assert not [c for c in cases if c.find("failure") is not None or c.find("error") is not None]
    results = _results(reports)
    passed = [r for r in results if r["status"] == "passed"]
    assert len(passed) >= 0.6 * len(results), f"{len(passed)} van {len(results)}"
    changing = {(s.feature.file, s.line) for s in index(PROJECT / "features") if CHANGES_TAG in s.tags}
    unchanged = [r for r in passed if not r["changed"] and (r["feature_file"], r["line"]) not in changing]
    assert len(unchanged) >= 0.3 * len(results), f"{len(unchanged)} van {len(results)} zonder wijziging"
    changed = [r for r in passed if r["changed"]]
    assert changed and all(r["changed"]["hersteld"] and not r["changed"]["achtergelaten"] for r in changed)
    skipped = [r for r in results if r["status"] == "not_executable"]
    assert skipped and all(r["reason"] for r in skipped)
    summary = run.stdout[run.stdout.index("doel vervangende acceptatieomgeving") :]
    assert re.search(r"\d+ scenario's liepen op het doel \(0 gefaald\); gewijzigd en weer hersteld: [1-9]", summary)
    assert f"{len(skipped)} scenario's waren {NOT_EXECUTABLE}:" in summary
    assert "wie speelde wie:" in summary and "  Lies Bos: " in summary
    assert not [name for name in old_names if name in run.stdout]  # the file's names, and only those, play
    report = (reports / "index.html").read_text(encoding="utf-8")
    assert f", {len(skipped)} niet uitvoerbaar op dit doel." in report and "Rolverdeling op het doel:" in report
    assert "Gewijzigd op het doel en hersteld:" in report
    assert "Toegankelijkheid: " in run.stdout and (reports / "toegankelijkheid.html").is_file()
    assert after == before  # the stand-in is as it was
    assert "/__admin" not in log.read_text() and "GET /csam/" in log.read_text()
    said = run.stdout + run.stderr + log.read_text()
    assert not leaks(list(secrets_of(target).values()), said, reports)


def test_without_allow_changes_a_changing_scenario_is_not_run(tmp_path: Path) -> None:
    with serving(EXAMPLE, tmp_path) as (url, state, _):
        before = meaning(state)
        run = suite(
            EXAMPLE,
            url,
            "--no-report",
            f"--report-dir={tmp_path}",
            features="features/uman/gebruikers_verwijderen.feature",
        )
        after = meaning(state)
    assert run.returncode == 0, run.stdout[-3000:]
    assert "  3 x het scenario wijzigt het doel (@wijzigt); --allow-changes laat het toe" in run.stdout
    # the scenario whose Gegeven steps the cast lacks: arranging them would change the target
    assert "vraagt wijzigingen op het doel (" in run.stdout and "); --allow-changes laat die toe" in run.stdout
    assert "gewijzigd en weer hersteld: 0; gewijzigd en niet hersteld: 0" in run.stdout
    assert after == before


def test_a_declared_member_is_seen_in_uman_before_a_scenario_relies_on_it(tmp_path: Path) -> None:
    """The file says Joris Van Damme is an active user; the environment has him blocked: the scenarios
    that rely on it are not executable, with what UMAN shows, instead of failing on the portal."""
    joris = '[[account.lid]]\norganisatie = "WACHTPOST KUSTREGIO"\ntype = "USER"\nstatus = "Actief"'
    blocked = broken(tmp_path, joris, joris.replace("Actief", "Geblokkeerd"))
    with serving(blocked, tmp_path) as (url, _, _):
        run = suite(
            EXAMPLE, url, "--no-report", f"--report-dir={tmp_path}", "-k", "meldt_zich_aan_voor_zijn_organisatie"
        )
    assert run.returncode == 0, run.stdout[-3000:]
    said = "UMAN toont Joris Van Damme in WACHTPOST KUSTREGIO als USER, Geblokkeerd; het doelbestand zegt anders"
    assert said in run.stdout and " passed" not in run.stdout.splitlines()[-1]


def test_each_portal_has_its_own_address_on_a_target() -> None:
    from vaccinnet_bdd.harness.target import Portals

    portals = Portals(base_url="https://acc.example/", uman="https://uman.acc.example/beheer/", vaccinnet="/vn")
    assert portals.address("uman") == "https://uman.acc.example/beheer"
    assert portals.address("vaccinnet") == "https://acc.example/vn"
    assert portals.address("vaccinnet", "http://127.0.0.1:9000") == "http://127.0.0.1:9000/vn"
    with pytest.raises(TargetError, match=r"portalen.csam: een pad \(/csam\) vraagt portalen.base_url"):
        Portals().address("csam")


def test_check_manual_and_figures_reach_the_stand_in_through_the_accounts_logins(tmp_path: Path) -> None:
    from .test_check_manual import SMALL

    manual = tmp_path / "handleiding.txt"
    # §1.3's pages show every kind of organisation; the example target has four of the seven
    manual.write_text(SMALL + "\n1.3 Organisaties\n\nDe lijst toont bv. 'Wachtposten'.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | secrets_of()
    tool = [str(BIN / "vaccinnet-bdd")]
    with serving(EXAMPLE, tmp_path) as (url, _, log):
        target = ["--target", str(EXAMPLE), "--base-url", url]
        checked = subprocess.run(
            [*tool, "check-manual", str(manual), "--json", *target],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            env=env,
        )
        figures = tmp_path / "figuren"
        drawn = subprocess.run(
            [*tool, "figures", "--dir", str(figures), *target, f"--report-dir={tmp_path}"],
            cwd=PROJECT,
            capture_output=True,
            text=True,
            env=env,
        )
    found = {f["label"]: f for f in json.loads(checked.stdout)}
    assert checked.returncode == 1  # 'Alles wissen' is on no page, there as on the mock
    assert found["Gebruiker(s) verwijderen"]["on_page"] and found["Uitvoeren"]["on_page"]  # the LB's users page
    assert found["Alles wissen"]["missing"]
    assert "groepering-derdebetaler" not in str(found["Wachtposten"]["unchecked"] or "")
    assert drawn.returncode == 0, drawn.stdout[-3000:]
    assert list(figures.glob("*.png"))  # the figures the accounts can show
    assert f"{NOT_EXECUTABLE}:" in drawn.stdout  # and why the others are not drawn
    assert "/__admin" not in log.read_text()
