"""Which browser the suite drives: Chromium, from an override, Playwright's own, or Debian's.

Order: ``--chromium PATH``, then ``$VACCINNET_BDD_CHROMIUM``, then Playwright's downloaded
Chromium when it is installed, then Debian's. Headless runs prefer Debian's old headless shell
(package ``chromium-headless-shell``), as Playwright does with its own: on two cores it needs a
third of the CPU time of the full browser per scenario. With no browser at all, or with
``--browser firefox``/``webkit`` when Playwright has not installed that browser, the run stops
before any test with one line that says what to do.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ENV = "VACCINNET_BDD_CHROMIUM"
SYSTEM_CHROMIUM = Path("/usr/bin/chromium")
SYSTEM_HEADLESS_SHELL = Path("/usr/bin/chromium-headless-shell")
NO_BROWSER = (
    "Geen Chromium gevonden: installeer Debians `chromium` (scripts/setup doet dat) of `playwright install "
    f"chromium`, of wijs met --chromium of ${ENV} naar een Chromium."
)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--chromium", default=None, help=f"the Chromium binary to drive (also ${ENV})")


def playwright_browser_installed(name: str) -> bool:
    """Whether the build of ``name`` (chromium, firefox, webkit) this Playwright version downloads is on disk."""
    import playwright

    browsers = Path(playwright.__file__).parent / "driver" / "package" / "browsers.json"
    root = Path(os.environ.get("PLAYWRIGHT_BROWSERS_PATH") or Path.home() / ".cache" / "ms-playwright")
    try:
        listed = json.loads(browsers.read_text())["browsers"]
    except (OSError, ValueError, KeyError):
        return False
    folders = {"chromium": ("chromium", "chromium-headless-shell")}.get(name, (name,))
    return any(
        (root / f"{b['name'].replace('-', '_')}-{b['revision']}").is_dir() for b in listed if b["name"] in folders
    )


def playwright_chromium_installed() -> bool:
    return playwright_browser_installed("chromium")


def resolve_chromium(override: str | None, headed: bool = False) -> str | None:
    """The executable to launch; "" means Playwright's own; None means there is none."""
    if override:
        return override if Path(override).is_file() else None
    if playwright_chromium_installed():
        return ""
    candidates = [SYSTEM_CHROMIUM] if headed else [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM]
    return next((str(path) for path in candidates if path.is_file()), None)


def _needs_browser(config: pytest.Config) -> bool:
    """False when every path asked for lies under tests/ (unit tests need no browser)."""
    args = [a.split("::")[0] for a in config.args if not a.startswith("-")]
    return not args or not all(Path(a).resolve().is_relative_to(Path(config.rootpath, "tests")) for a in args)


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config, "workerinput"):
        return  # the controller has checked, and passed the answer on in the environment
    remote = config.getoption("--connect-browser", default=None)
    for name in config.getoption("--browser", default=None) or []:
        if name != "chromium" and not remote and not playwright_browser_installed(name):
            pytest.exit(
                f"--browser {name}: Playwright heeft {name} hier niet geïnstalleerd (dat vraagt een download); "
                "deze suite draait in Chromium: --browser chromium, of laat --browser weg.",
                4,
            )
    override = config.getoption("--chromium") or os.environ.get(ENV)
    found = resolve_chromium(override, headed=config.getoption("--headed"))
    if found is None:
        if _needs_browser(config) and not config.getoption("--collect-only") and not remote:
            pytest.exit(NO_BROWSER if not override else f"Geen Chromium op {override}. {NO_BROWSER}", 4)
        return
    os.environ[ENV] = found  # xdist workers inherit it


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any], browser_name: str) -> dict[str, Any]:
    executable = os.environ.get(ENV) if browser_name == "chromium" else None
    return {**browser_type_launch_args, **({"executable_path": executable} if executable else {})}
