"""Which Chromium to start: an override, else Playwright's own, else Debian's.

Order: the override (``--chromium PATH`` or ``$VACCINNET_BDD_CHROMIUM``), then Playwright's
downloaded Chromium when it is installed, then Debian's. Headless runs prefer Debian's old
headless shell (package ``chromium-headless-shell``), as Playwright does with its own: on two
cores it needs a third of the CPU time of the full browser per scenario.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ENV = "VACCINNET_BDD_CHROMIUM"
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
