"""The rule inventory (features/regels.toml), the scenarios that prove each rule, and the rule mutants."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vaccinnet_bdd.bench.rule_mutants import CAUGHT, LEFT_OUT, applies, judge
from vaccinnet_bdd.bench.rule_mutants import load as load_mutants
from vaccinnet_bdd.livingdoc.features import index
from vaccinnet_bdd.livingdoc.rules_view import NO_SCENARIO, rules_with_scenarios, unknown_rule_tags
from vaccinnet_bdd.manual.rules import InventoryError, apart, load, split_tag

from .conftest import scratch_project, suite_addopts
from .test_refusals import PROVOKED

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
        if "aanname" in s.tags and not any(rules[found[0]].aanname for t in s.tags if (found := split_tag(t)))
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
    assert "        G2  gevolg    eHealth-toegangsbeheer, de gebruikerslijst van de organisatie: " in run.stdout
    assert "        T1  toelating wie gebruiker is in een andere organisatie: " in run.stdout


def test_a_consequence_or_permission_without_a_scenario_fails_the_rules_command(tmp_path: Path) -> None:
    """In a copy of the project with one consequence more (no scenario, no reason) and one permission
    with a reason: the command names the first, accepts the second, and exits 1."""
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    shutil.copytree(FEATURES, tmp_path / "features")
    inventory = tmp_path / "features" / "regels.toml"
    more = '[[D8.gevolg]]\nid = "G1"\nwaar = "Vaccinnet, de profielkeuze"\nwat = "de andere organisatie staat er nog"\n'
    more += '[[D8.toelating]]\nid = "T1"\nwie = "iedereen"\nwat = "een toelating zonder scenario"\n'
    more += 'waarom = "een reden"\n'
    text = inventory.read_text()
    at = text.index("\n[", text.index("[D8]"))
    inventory.write_text(text[:at] + "\n" + more + text[at:])
    command = [sys.executable, "-m", "vaccinnet_bdd", "rules", "--format", "json"]
    run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 1
    gap = "Geen scenario bewijst gevolg D8-G1 (Vaccinnet, de profielkeuze): de andere organisatie staat er nog"
    assert gap in run.stdout
    assert "D8-T1" not in run.stdout.split("]\n")[-1]  # a permission that says why no scenario is no gap
    (d8,) = [r for r in json.loads(run.stdout[: run.stdout.rindex("]") + 1]) if r["regel"] == "D8"]
    assert d8["gevolgen"][0]["scenarios"] == [] and d8["toelatingen"][0]["waarom"] == "een reden"


# Where the practice world refuses: every module of the mock but the admin API (mock_portals/arrange,
# which builds the practice world for the harness and is no portal) and the exceptions themselves.
REFUSALS = ("Refused", "Unauthenticated", "Forbidden", "Conflict")
SKIPPED_MODULES = ("mock_portals/arrange/", "mock_portals/domain/errors.py")


def refusal_codes(root: Path) -> tuple[dict[str, list[str]], list[str]]:
    """Every refusal code the mock raises (code -> where), and the refusals whose code could not be
    read (where): a code is a literal, or a parameter of the function with literal values (its
    default, and what the calls in the mock pass for it)."""
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted((root / "mock_portals").rglob("*.py"))
        if not any(str(path.relative_to(root)).startswith(skip) for skip in SKIPPED_MODULES)
    }
    passed: dict[str, set[str]] = {}  # keyword -> the literals the mock's calls pass for it
    for tree in trees.values():
        for node in ast.walk(tree):
            for keyword in getattr(node, "keywords", []) if isinstance(node, ast.Call) else []:
                if keyword.arg and isinstance(keyword.value, ast.Constant) and isinstance(keyword.value.value, str):
                    passed.setdefault(keyword.arg, set()).add(keyword.value.value)
    codes: dict[str, list[str]] = {}
    unread: list[str] = []
    for path, tree in trees.items():  # a refusal of its own: its code is what it hands to its base class
        for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
            if not {b.id for b in cls.bases if isinstance(b, ast.Name)} & set(REFUSALS):
                continue
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "__init__"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    codes.setdefault(node.args[0].value, []).append(f"{path.relative_to(root)}:{node.lineno}")
        for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]:
            defaults = {
                arg.arg: default.value
                for arg, default in [
                    *zip(function.args.args[::-1], function.args.defaults[::-1], strict=False),
                    *zip(function.args.kwonlyargs, function.args.kw_defaults, strict=True),
                ]
                if isinstance(default, ast.Constant) and isinstance(default.value, str)
            }
            for node in ast.walk(function):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in REFUSALS):
                    continue
                where = f"{path.relative_to(root)}:{node.lineno}"
                code = node.args[0] if node.args else None
                if isinstance(code, ast.Constant) and isinstance(code.value, str):
                    codes.setdefault(code.value, []).append(where)
                elif isinstance(code, ast.Name) and code.id in defaults:
                    for value in {defaults[code.id], *passed.get(code.id, set())}:
                        codes.setdefault(value, []).append(where)
                else:
                    unread.append(where)
    return codes, unread


def test_the_refusal_codes_are_read_from_literals_and_from_a_parameter_with_its_values(tmp_path: Path) -> None:
    module = tmp_path / "mock_portals" / "domain" / "x.py"
    module.parent.mkdir(parents=True)
    module.write_text(
        "def check(value, *, required='x.required'):\n"
        "    if not value:\n        raise Refused(required)\n"
        "    raise Forbidden('x.forbidden', 'field')\n"
        "def use(code):\n    check('', required='x.mandatory')\n    raise Refused(code)\n"
        "class Taken(Conflict):\n    def __init__(self, name):\n        super().__init__('x.taken', None, {})\n"
    )
    codes, unread = refusal_codes(tmp_path)
    assert set(codes) == {"x.required", "x.mandatory", "x.forbidden", "x.taken"}
    assert unread == ["mock_portals/domain/x.py:7"]  # a code it cannot read fails the inventory test


def test_every_refusal_of_the_mock_stands_in_the_inventory() -> None:
    """A rule with a scenario (an assumption with an @aanname scenario), or a refusal apart
    ([beveiliging], [opbouw]) with the test that fails when it is broken; no code the mock no
    longer raises."""
    codes, unread = refusal_codes(ROOT)
    assert not unread, f"weigeringen waarvan de code niet te lezen is: {unread}"
    assert len(codes) > 50  # the scan found the mock's refusals
    rules = load(FEATURES)
    views = {view.rule.id: view for view in rules_with_scenarios(rules, index(FEATURES))}
    by_rule = {code: id for id, rule in rules.items() for code in rule.weigert}
    others = apart(FEATURES)
    assert not [c for c in codes if c not in by_rule and c not in others], "weigeringen buiten de inventaris"
    named = set(by_rule) | set(others)
    assert not named - set(codes), f"de inventaris noemt codes die de mock niet kent: {sorted(named - set(codes))}"
    assert not set(by_rule) & set(others)
    for view in (views[id] for id, rule in rules.items() if rule.weigert):
        assert view.rule.toetsbaar and view.scenarios, f"regel {view.rule.id} weigert, zonder scenario"
        if view.rule.aanname:
            assert any("aanname" in s.tags for s, _ in view.scenarios), f"{view.rule.id} zonder @aanname-scenario"
    for code, (_, entry) in others.items():
        file, _, test = entry.test.partition("::")
        defined = {n.name for n in ast.walk(ast.parse((ROOT / file).read_text())) if isinstance(n, ast.FunctionDef)}
        assert test in defined, f"{code}: {entry.test} bestaat niet"
    assert set(PROVOKED) == set(others), "elke weigering apart wordt in tests/test_refusals.py uitgelokt"


def test_every_rule_mutant_still_applies_and_every_testable_rule_has_one() -> None:
    rules = load(FEATURES)
    mutants = load_mutants()
    stale = [f"{m.rule}: {why}" for m in mutants if (why := applies(m, ROOT))]
    assert not stale, stale
    testable = {id for id, rule in rules.items() if rule.toetsbaar}
    # every consequence and permission a scenario proves has a mutant of its own, named rule-part
    parts = {f"{id}-{part.id}" for id, rule in rules.items() for part in rule.parts if not part.waarom}
    assert {m.rule for m in mutants} <= testable | parts
    assert testable | parts <= {m.rule for m in mutants}, sorted(testable | parts - {m.rule for m in mutants})


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
    part = page[page.index('<li id="regel-R23-G2">') : page.index("</li>", page.index('<li id="regel-R23-G2">'))]
    assert "G2 gevolg, eHealth-toegangsbeheer" in part and "geen scenario" in part  # no scenario of it ran here


def test_a_mutant_is_judged_by_the_scenarios_of_its_rule_and_its_file_is_put_back(tmp_path: Path) -> None:
    """The break of D7 (an empty selection deletes everyone) on a copy of the project: caught by the
    scenario about "Uitvoeren" without a selection, and the copy's file is as it was afterwards."""
    (mutant,) = [m for m in load_mutants() if m.rule == "D7"]
    scratch = tmp_path / "project"
    shutil.copytree(ROOT, scratch, ignore=shutil.ignore_patterns(*LEFT_OUT), symlinks=True)
    verdict = judge(mutant, scratch)
    assert verdict.outcome == CAUGHT and "uitvoeren_zonder_geselecteerde_gebruiker" in verdict.by
    assert (scratch / mutant.file).read_text() == (ROOT / mutant.file).read_text()
