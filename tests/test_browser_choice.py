"""Which Chromium a run starts (an override, Playwright's own, Debian's), the versions it reports, and the lock file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from vaccinnet_bdd.harness import chromium as browser

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=False)
def no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(browser.ENV, raising=False)


def test_override_wins_and_a_missing_override_is_no_browser(tmp_path: Path) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("")
    assert browser.resolve_chromium(str(fake)) == str(fake)
    assert browser.resolve_chromium(str(tmp_path / "missing")) is None


def test_playwright_own_chromium_is_kept_when_installed(monkeypatch: pytest.MonkeyPatch, no_override: None) -> None:
    monkeypatch.setattr(browser, "playwright_chromium_installed", lambda: True)
    assert browser.resolve_chromium(None) == ""


def test_debian_chromium_otherwise(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_override: None) -> None:
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
    pytester.makeconftest('pytest_plugins = ["vaccinnet_bdd.harness.browser"]')
    pytester.makepyfile(test_x="def test_x(): pass")
    result = pytester.runpytest_subprocess("--chromium", "/nergens/chromium")
    assert result.ret == 4
    result.stderr.fnmatch_lines(["Exit: Geen Chromium op /nergens/chromium. Geen Chromium gevonden*"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


def test_one_line_when_the_installed_versions_are_not_the_known_good_ones(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\necho Chromium 999.0.1.2\n")
    fake.chmod(0o755)
    line = browser.version_line(str(fake))
    assert line is not None and "Chromium 999.0.1.2" in line and line.startswith("Let op: de suite is nagekeken met")
    monkeypatch.setitem(browser.KNOWN_GOOD, "Chromium", "999.0.1.2")
    assert browser.version_line(str(fake)) is None


def test_the_lock_file_pins_every_dependency_with_hashes() -> None:
    lock = (ROOT / "requirements.lock").read_text()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in [*project["dependencies"], *project["optional-dependencies"]["dev"]]:
        name = re.split(r"[<>=\[ ;]", requirement)[0].lower().replace("_", "-")
        assert re.search(rf"^{re.escape(name)}==[\w.]+ \\\n\s+--hash=sha256:", lock, re.M | re.I), name
