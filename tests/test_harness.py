"""The harness itself: one owner per step text, and the choice of browser."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections import Counter
from pathlib import Path

import pytest
from pytest_bdd.feature import get_features
from pytest_bdd.parser import Scenario
from pytest_bdd.steps import step_function_context_registry

import steps
from livingdoc.outline import feature_tags
from steps.harness import browser

ROOT = Path(__file__).resolve().parent.parent


def _import_every_step_module() -> None:
    for info in pkgutil.walk_packages(steps.__path__, "steps."):
        importlib.import_module(info.name)


def test_every_step_text_has_one_owner() -> None:
    _import_every_step_module()
    owners = Counter(
        ctx.parser.name
        for ctx in step_function_context_registry.values()
        if ctx.step_func.__module__.startswith("steps.")
    )
    duplicates = {name: n for name, n in owners.items() if n > 1}
    assert not duplicates, f"step texts defined more than once: {duplicates}"
    assert len(owners) > 10


def _scenarios() -> list[Scenario]:
    """Every scenario of features/, outlines rendered once per example row."""
    rendered = []
    for feature in get_features([str(ROOT / "features")]):
        for template in feature.scenarios.values():
            contexts = [c for examples in template.examples for c in examples.as_contexts()] or [{}]
            rendered += [template.render(context) for context in contexts]
    return rendered


def test_every_step_of_every_scenario_matches_exactly_one_definition() -> None:
    _import_every_step_module()
    definitions = [c for c in step_function_context_registry.values() if c.step_func.__module__.startswith("steps.")]
    problems = []
    for scenario in _scenarios():
        for step in scenario.steps:
            owners = [c for c in definitions if c.type in (step.type, None) and c.parser.is_matching(step.name)]
            if len(owners) != 1:
                where = ", ".join(sorted({o.step_func.__module__ for o in owners})) or "nowhere"
                problems.append(f"{step.type} {step.name!r} ({scenario.name}): defined in {where}")
    assert not problems, "\n".join(problems)


def test_the_duplicate_check_sees_a_second_definition() -> None:
    from pytest_bdd import given

    @given("een stap die twee keer bestaat")
    def _one() -> None: ...

    @given("een stap die twee keer bestaat")
    def _two() -> None: ...

    names = [c.parser.name for c in step_function_context_registry.values()]
    assert names.count("een stap die twee keer bestaat") == 2


def test_every_feature_file_is_tagged_with_a_manual_section() -> None:
    for path in (ROOT / "features").rglob("*.feature"):
        assert feature_tags(path.parent) & {t for t in feature_tags(path.parent) if t.startswith("handleiding-")}
    assert any(tag.startswith("handleiding-2.4.2") for tag in feature_tags(ROOT / "features"))


def test_override_wins_and_a_missing_override_is_no_browser(tmp_path: Path) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("")
    assert browser.resolve_chromium(str(fake)) == str(fake)
    assert browser.resolve_chromium(str(tmp_path / "missing")) is None


def test_playwright_own_chromium_is_kept_when_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(browser, "playwright_chromium_installed", lambda: True)
    assert browser.resolve_chromium(None) == ""


def test_debian_chromium_otherwise(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    shell, full = tmp_path / "chromium-headless-shell", tmp_path / "chromium"
    full.write_text("")
    monkeypatch.setattr(browser, "playwright_chromium_installed", lambda: False)
    monkeypatch.setattr(browser, "SYSTEM_HEADLESS_SHELL", shell)
    monkeypatch.setattr(browser, "SYSTEM_CHROMIUM", full)
    assert browser.resolve_chromium(None) == str(full)
    shell.write_text("")
    assert browser.resolve_chromium(None) == str(shell)
    assert browser.resolve_chromium(None, headed=True) == str(full)
    full.unlink()
    shell.unlink()
    assert browser.resolve_chromium(None) is None


def test_without_a_browser_the_run_stops_with_one_line(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest('pytest_plugins = ["steps.harness.browser"]')
    pytester.makepyfile(test_x="def test_x(): pass")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--chromium", "/nergens/chromium")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["Exit: Chromium not found at /nergens/chromium. No Chromium found: run `apt-get*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_assertions_only_in_dan_steps() -> None:
    """A Gegeven or Als step arranges or acts; checking is for the Dan steps."""
    offenders = []
    for path in [*ROOT.glob("steps/test_*.py"), *ROOT.glob("steps/shared/*.py")]:
        for function in ast.parse(path.read_text()).body:
            if not isinstance(function, ast.FunctionDef):
                continue
            kinds = {
                d.func.id for d in function.decorator_list if isinstance(d, ast.Call) and isinstance(d.func, ast.Name)
            }
            if kinds & {"given", "when"}:
                for node in ast.walk(function):
                    is_expect = (
                        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "expect"
                    )
                    if is_expect or isinstance(node, ast.Assert):
                        offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders, offenders
