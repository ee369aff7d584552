"""What a changing scenario leaves on a target: one run on a stand-in of the example target file,
whose scenarios change an access manager's role and remove her (undone through BTB), delete a
blocked user (added back, but the form cannot block her again: said as left behind), add a user in a
scenario that fails (deleted again) and try a deletion the portal refuses (nothing to undo). The
scenarios name their own people; the example's accounts play them."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from vaccinnet_bdd.harness.target import load

from .conftest import suite_addopts
from .test_on_target import EXAMPLE, PROJECT, meaning, secrets_of, serving

LEAVING = """# language: nl
@handleiding-2.4.1.2 @wijzigt
Functionaliteit: Wat een scenario op een doel achterlaat

  Achtergrond:
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"

  Scenario: Een geblokkeerde gebruiker verwijderen
    Gegeven "Els Maes" is geblokkeerde gebruiker van wachtpost "WACHTPOST LEIE" met "eHealthBox"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Els Maes" verwijdert
    Dan staat "Els Maes" niet meer in de gebruikerslijst

  Scenario: Een gebruiker toevoegen in een scenario dat faalt
    Gegeven "Jan Peeters" heeft geen rechten in een organisatie
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Jan Peeters" toevoegt met "eHealthBox"
    Dan staat "Jan Peeters" niet meer in de gebruikerslijst

  Scenario: Een verwijdering die het portaal weigert
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En zij "Lies Bos" verwijdert
    Dan staat "Lies Bos" in de lijst als "LB" met status "Actief"
"""
BLOCKED = "Wim Goossens"  # the example's blocked user: he plays Els Maes
LEFT = (
    f"{BLOCKED} verwijderd (NotRestored: {BLOCKED} staat weer in de lijst als USER, Actief, maar was USER,"
    " Geblokkeerd: het formulier om een gebruiker toe te voegen zet type en status niet)"
)


@dataclass(frozen=True)
class Run:
    stdout: str
    reports: Path
    before: dict[str, object]
    after: dict[str, object]


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Run:
    folder = tmp_path_factory.mktemp("doel")
    project = folder / "project"
    (project / "features").mkdir(parents=True)
    (project / "pytest.ini").write_text(f"[pytest]\nbdd_features_base_dir = features\naddopts = {suite_addopts()}\n")
    changing = PROJECT / "features" / "btb" / "toegangsbeheerders_wijzigen.feature"
    (project / "features" / changing.name).write_text(changing.read_text(encoding="utf-8"), encoding="utf-8")
    (project / "features" / "achterlaten.feature").write_text(LEAVING, encoding="utf-8")
    with serving(EXAMPLE, folder) as (url, state, _):
        before = meaning(state)
        command = [sys.executable, "-m", "pytest", "features", "-n", "1", "--target", str(EXAMPLE), "--base-url", url]
        command += ["--allow-changes", f"--report-dir={folder / 'rapport'}"]
        env = os.environ | secrets_of() | {"PYTHONPATH": str(PROJECT)}
        done = subprocess.run(command, cwd=project, capture_output=True, text=True, env=env, timeout=400)
        return Run(done.stdout, folder / "rapport", before, meaning(state))


def _cases(run: Run) -> dict[str, ET.Element]:
    return {case.get("name", ""): case for case in ET.parse(run.reports / "junit.xml").iter("testcase")}


@pytest.mark.timeout(480)  # a run of five scenarios on a stand-in, logins through CSAM's app key included
def test_a_failed_undo_says_what_is_left_behind_in_the_terminal_junit_and_the_report(run: Run) -> None:
    assert f"ongedaan maken mislukt; blijft achter op het doel: {LEFT}" in run.stdout, run.stdout[-3000:]
    summary = run.stdout[run.stdout.index("doel vervangende acceptatieomgeving") :]
    assert "  blijft achter op het doel na features/achterlaten.feature::" in summary
    assert f"    {LEFT}\n" in summary
    errors = [c for c in _cases(run).values() if c.find("error") is not None]
    assert [c.get("name") for c in errors] == ["test_een_geblokkeerde_gebruiker_verwijderen"]
    assert LEFT in str(errors[0].find("error").get("message"))  # type: ignore[union-attr]
    report = (run.reports / "index.html").read_text(encoding="utf-8")
    assert f"ongedaan maken mislukt; blijft achter op het doel: {BLOCKED} verwijderd" in report


@pytest.mark.timeout(480)
def test_what_is_counted_as_changed_and_restored_is_what_happened(run: Run) -> None:
    """Five scenarios ran, one failed (its user added and deleted again). Changed and restored: the role
    changed back, the manager appointed again, the user deleted again. Not restored: the blocked
    user. The deletion the portal refused changed nothing and had nothing to undo."""
    assert (
        "5 scenario's liepen op het doel (1 gefaald); gewijzigd en weer hersteld: 3; gewijzigd en niet hersteld: 1"
    ) in run.stdout
    cases = _cases(run)
    refused = cases["test_een_verwijdering_die_het_portaal_weigert"]
    assert refused.find("error") is None and refused.find("failure") is None


def _members(state: dict[str, object]) -> dict[tuple[str, str], dict[str, object]]:
    return {(m["org"], m["insz"]): m for m in state["memberships"]}  # type: ignore[attr-defined]


@pytest.mark.timeout(480)
def test_a_changed_role_and_a_removed_manager_are_put_back_and_only_the_blocked_user_differs(run: Run) -> None:
    """The access manager's role changed and changed back, her appointment removed and made again (as
    the HTB's list showed it: role, domain, e-mail address); the blocked user came back active, as the
    run said."""
    outcomes = {name: [c.tag for c in case] for name, case in _cases(run).items()}
    assert outcomes["test_de_hoofdtoegangsbeheerder_wijzigt_de_rol_van_een_toegangsbeheerder"] in ([], ["properties"])
    assert outcomes["test_de_hoofdtoegangsbeheerder_verwijdert_een_toegangsbeheerder"] in ([], ["properties"])
    assert {k: v for k, v in run.after.items() if k != "memberships"} == {
        k: v for k, v in run.before.items() if k != "memberships"
    }  # the managers among them
    before, after = _members(run.before), _members(run.after)
    guard_post = load(EXAMPLE).organisatie[0].riziv
    wim = (guard_post, next(a.insz for a in load(EXAMPLE).account if a.naam == BLOCKED))
    assert before[wim]["status"] != after[wim]["status"]
    assert {**after, wim: before[wim]} == before
