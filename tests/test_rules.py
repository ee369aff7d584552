"""The rule inventory (features/regels.toml), the scenarios that prove each rule, and the rule mutants."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vaccinnet_bdd.bench.rule_mutants import CAUGHT, LEFT_OUT, applies, judge
from vaccinnet_bdd.bench.rule_mutants import load as load_mutants
from vaccinnet_bdd.livingdoc.features import index
from vaccinnet_bdd.livingdoc.rules_view import NO_SCENARIO, rules_with_scenarios, unknown_rule_tags
from vaccinnet_bdd.manual.rules import InventoryError, load

from .conftest import scratch_project, suite_addopts

ROOT = Path(__file__).resolve().parent.parent
FEATURES = ROOT / "features"


def test_every_testable_rule_has_a_scenario_and_every_rule_tag_a_rule() -> None:
    rules = load(FEATURES)
    existing = index(FEATURES)
    gaps = [view.rule.id for view in rules_with_scenarios(rules, existing) if view.status == NO_SCENARIO]
    assert not gaps, f"toetsbare regels zonder scenario: {gaps}"
    assert unknown_rule_tags(rules, existing) == {}


def test_every_assumption_scenario_proves_an_assumed_rule() -> None:
    """A scenario tagged @aanname names the rule of the inventory that is assumed."""
    rules = load(FEATURES)
    loose = [
        f"{s.feature.file}:{s.line}"
        for s in index(FEATURES)
        if "aanname" in s.tags and not any(rules[t[6:]].aanname for t in s.tags if t.startswith("regel-"))
    ]
    assert not loose, loose


def test_an_inventory_entry_without_a_field_stops_with_the_rule_and_field(tmp_path: Path) -> None:
    (tmp_path / "regels.toml").write_text('[R1]\nsectie = "1.1"\nregel = "Een regel zonder toetsbaar."\n')
    with pytest.raises(InventoryError, match="regel R1, veld toetsbaar: Field required"):
        load(tmp_path)
    (tmp_path / "regels.toml").write_text('[R1]\nsectie = "9.9"\nregel = "Een regel van nergens."\ntoetsbaar = true\n')
    with pytest.raises(InventoryError, match=r"regel R1, veld sectie: de handleiding heeft geen sectie 9\.9"):
        load(tmp_path)


def test_a_scenario_with_an_unknown_rule_stops_the_run_in_one_line(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = "# language: nl\n@handleiding-2.3 @regel-X99\nFunctionaliteit: X\n  Scenario: Y\n"
    feature += "    Als iemand het Beheer der Toegangsbeheerders opent\n"
    scratch_project(pytester, monkeypatch, {"x.feature": feature}, addopts=suite_addopts())
    (pytester.path / "features" / "regels.toml").write_text((FEATURES / "regels.toml").read_text())
    result = pytester.runpytest_subprocess("features", "--co")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["*features/ noemt regels die features/regels.toml niet kent: @regel-X99*"])


def test_the_rules_command_lists_each_rule_with_its_scenarios() -> None:
    run = subprocess.run([sys.executable, "-m", "vaccinnet_bdd", "rules"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout
    assert "D8    §2.4.1.2  1 scenario's (aanname)" in run.stdout
    assert "R1    §1.1      niet toetsbaar: een datum uit de inleiding" in run.stdout


def test_every_rule_mutant_still_applies_and_every_testable_rule_has_one() -> None:
    rules = load(FEATURES)
    mutants = load_mutants()
    stale = [f"{m.rule}: {why}" for m in mutants if (why := applies(m, ROOT))]
    assert not stale, stale
    assert {m.rule for m in mutants} <= {id for id, rule in rules.items() if rule.toetsbaar}
    assert {id for id, rule in rules.items() if rule.toetsbaar} <= {m.rule for m in mutants}


def test_the_report_lists_each_rule_with_its_scenarios_and_what_became_of_them(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (FEATURES / "ehealth" / "toegang_vragen.feature").read_text()
    scratch_project(pytester, monkeypatch, {"toegang.feature": source}, addopts=suite_addopts())
    (pytester.path / "features" / "regels.toml").write_text((FEATURES / "regels.toml").read_text())
    pytester.runpytest_subprocess("features", "-p", "no:xdist").assert_outcomes(passed=4)
    page = (pytester.path / "reports" / "index.html").read_text(encoding="utf-8")
    assert '<tr id="regel-R14"><td>R14</td>' in page and '<tr id="regel-R16"><td>R16</td>' in page
    row = page[page.index('<tr id="regel-R14">') : page.index("</tr>", page.index('<tr id="regel-R14">'))]
    assert row.count('<a href="#s-') == 3 and '<span class="badge bewezen">bewezen</span>' in row
    assert '<span class="badge geen-scenario">geen scenario</span>' in page  # the rules no scenario here proves
    assert '<a class="regel" href="#regel-R16">R16</a>' in page


def test_a_mutant_is_judged_by_the_scenarios_of_its_rule_and_its_file_is_put_back(tmp_path: Path) -> None:
    """The break of D7 (an empty selection deletes everyone) on a copy of the project: caught by the
    scenario about "Uitvoeren" without a selection, and the copy's file is as it was afterwards."""
    (mutant,) = [m for m in load_mutants() if m.rule == "D7"]
    scratch = tmp_path / "project"
    shutil.copytree(ROOT, scratch, ignore=shutil.ignore_patterns(*LEFT_OUT), symlinks=True)
    verdict = judge(mutant, scratch)
    assert verdict.outcome == CAUGHT and "uitvoeren_zonder_geselecteerde_gebruiker" in verdict.by
    assert (scratch / mutant.file).read_text() == (ROOT / mutant.file).read_text()
