"""Which Chromium to start, and the one place it is started: an override, else Playwright's own, else Debian's.

Order: the override (``--chromium PATH`` or ``$VACCINNET_BDD_CHROMIUM``), then Playwright's
downloaded Chromium when it is installed, then Debian's. Headless runs prefer Debian's old
headless shell (package ``chromium-headless-shell``), as Playwright does with its own: on two
cores it needs a third of the CPU time of the full browser per scenario. ``launch`` starts it
for the harness, the drift check, the figures, the bench and the trace viewer alike.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, BrowserType, ViewportSize

ENV = "VACCINNET_BDD_CHROMIUM"
VIEWPORT = (1280, 800)  # width, height: of every page and screenshot unless --viewport says otherwise
VIEWPORT_SIZE = ViewportSize(width=VIEWPORT[0], height=VIEWPORT[1])  # as Playwright takes it
SYSTEM_CHROMIUM = Path("/usr/bin/chromium")
SYSTEM_HEADLESS_SHELL = Path("/usr/bin/chromium-headless-shell")
NO_BROWSER = (
    "Geen Chromium gevonden: installeer Debians `chromium` (scripts/setup doet dat) of `playwright install "
    f"chromium`, of wijs met --chromium of ${ENV} naar een Chromium."
)


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


def resolve_chromium(override: str | None = None, headed: bool = False) -> str | None:
    """The executable to launch; "" means Playwright's own; None means there is none."""
    override = override or os.environ.get(ENV)
    if override:
        return override if Path(override).is_file() else None
    if playwright_chromium_installed():
        return ""
    candidates = [SYSTEM_CHROMIUM] if headed else [SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM]
    return next((str(path) for path in candidates if path.is_file()), None)


def launch(browser_type: BrowserType, **options: Any) -> Browser:
    """Chromium, as every tool of the project starts it: the executable ``resolve_chromium`` finds
    unless ``executable_path`` is given (headless unless ``headless=False``)."""
    if "executable_path" not in options:
        options["executable_path"] = resolve_chromium(headed=not options.get("headless", True)) or None
    return browser_type.launch(**options)


# The versions this suite was last checked with (updated with the lock file).
KNOWN_GOOD = {"Playwright": "1.65.2", "Chromium": "156.0.8078.108"}


def installed_versions(executable: str | None) -> dict[str, str]:
    """The Playwright and the Chromium this run uses (Chromium's from its --version, or Playwright's own build)."""
    import subprocess
    from importlib.metadata import version

    found = {"Playwright": version("playwright")}
    if executable:
        try:
            output = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=20).stdout
            found["Chromium"] = next((w for w in output.split() if w[:1].isdigit()), "?")
        except (OSError, subprocess.TimeoutExpired):
            found["Chromium"] = "?"
    return found


def version_line(executable: str | None) -> str | None:
    """One line when the installed versions are not the known-good ones, else None."""
    found = installed_versions(executable)
    if all(found.get(name, known) == known for name, known in KNOWN_GOOD.items()):
        return None
    checked = ", ".join(f"{name} {known}" for name, known in KNOWN_GOOD.items())
    here = ", ".join(f"{name} {v}" for name, v in found.items())
    return f"Let op: de suite is nagekeken met {checked}; hier draaien {here}."
