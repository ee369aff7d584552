"""Accessibility of every screen a scenario shows: axe-core against WCAG 2.0 and 2.1, levels A and AA.

axe-core comes with axe-playwright-python (its ``axe.min.js``, nothing downloaded at run time). Each
distinct screen is scanned once per process: the recorder asks after every step, and a screen
already scanned gives its earlier result. For axe a screen is its address and its document: what is
typed in a field, which element has the focus or the mouse and how far the page is scrolled change
the picture, not what axe checks, so such screens share one scan. axe-core is injected once per
document (a step that changes the page in place keeps it). A violation names its rule, impact,
WCAG criteria, the page's address and each element (its role and name as a person meets it, and a
screenshot with the elements outlined in red). The baseline (``features/a11y-baseline.toml``) lists known
violations, each with a reason; the run fails on any other (see ``livingdoc.plugin``).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import axe_playwright_python

from vaccinnet_bdd.harness.screens import capture

AXE = Path(axe_playwright_python.__file__).with_name("axe.min.js")
BASELINE = "a11y-baseline.toml"  # in the project's feature folder, unless --a11y-baseline names another
OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}
_CRITERION = re.compile(r"^wcag(\d)(\d)(\d+)$")  # wcag143 -> 1.4.3
# The element as a person meets it: its role (or tag) and its accessible name, roughly.
_ELEMENT = """el => [el.getAttribute('role') || el.tagName.toLowerCase(),
    (el.getAttribute('aria-label') || el.getAttribute('alt') || el.getAttribute('title') || el.labels?.[0]?.innerText
     || el.innerText || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 80)]"""
LOADED = "() => window.__vaccinnetBddAxe === true"  # our axe-core, not one a portal might bring
# What axe checks of a screen: its address and its document (the form's token differs per browser).
DOCUMENT = """() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll("input[type=hidden]").forEach(e => e.remove());
    return location.href + "\\n" + doc.outerHTML;
}"""
_OUTLINE = "els => els.forEach(e => { e.dataset.a11yOutline = e.style.outline; e.style.outline = '3px solid #d00' })"
_UNOUTLINE = "els => els.forEach(e => { e.style.outline = e.dataset.a11yOutline || ''; delete e.dataset.a11yOutline })"


def wanted(config: Any) -> bool:
    """Whether this run scans: ``--a11y``, unless ``--no-a11y``."""
    return bool(config.getoption("--a11y")) and not config.getoption("--no-a11y")


def criteria(tags: list[str]) -> list[str]:
    """The WCAG success criteria among axe's tags: ["wcag143"] -> ["1.4.3"]."""
    return [".".join(found.groups()) for tag in tags if (found := _CRITERION.match(tag))]


class Scanner:
    """The axe-core scans of one process, each screen once; ``outline``: with a screenshot of each
    violation's elements outlined (for the report)."""

    def __init__(self, folder: Path, prefix: str, outline: bool = True) -> None:
        self.script = AXE.read_text(encoding="utf-8") + ";\nwindow.__vaccinnetBddAxe = true;"
        self.folder, self.prefix, self.outline = folder, prefix, outline
        self._seen: dict[str, dict[str, Any]] = {}  # picture -> the scan of that screen
        self._documents: dict[str, dict[str, Any]] = {}  # hash of address and document -> its scan

    def scan(self, page: Any, picture: str | None) -> dict[str, Any] | None:
        """The scan of the screen ``page`` shows (whose screenshot is ``picture``): its address and violations."""
        if page is None or picture is None:
            return None
        if picture not in self._seen:
            document = hashlib.sha1(page.evaluate(DOCUMENT).encode()).hexdigest()
            if document not in self._documents:
                self._documents[document] = self._scanned(page)
            self._seen[picture] = self._documents[document]
        return self._seen[picture]

    def _scanned(self, page: Any) -> dict[str, Any]:
        if not page.evaluate(LOADED):
            page.evaluate(self.script)
        result = page.evaluate("options => axe.run(document, options)", OPTIONS)
        violations = [self._violation(page, v) for v in result["violations"]]
        version = result.get("testEngine", {}).get("version", "?")
        return {"adres": urlsplit(page.url).path, "axe": version, "schendingen": violations}

    def _violation(self, page: Any, found: dict[str, Any]) -> dict[str, Any]:
        targets = [node["target"][0] for node in found["nodes"] if node.get("target")]
        elements = []
        for target in targets:
            try:
                role, name = page.eval_on_selector(target, _ELEMENT)
            except Exception:  # a target inside a frame or gone: its selector says where
                role, name = "?", ""
            elements.append({"doel": target, "rol": role, "naam": name})
        return {
            "regel": found["id"],
            "impact": found.get("impact") or "?",
            "wcag": criteria(found.get("tags", [])),
            "hulp": found.get("help", ""),
            "elementen": elements,
            "beeld": self._outlined(page, targets) if self.outline else None,
        }

    def _outlined(self, page: Any, targets: list[str]) -> str | None:
        """A screenshot with the elements outlined in red (its path under the report folder)."""
        try:
            page.eval_on_selector_all(",".join(targets), _OUTLINE)
            picture = capture(page)
            page.eval_on_selector_all(",".join(targets), _UNOUTLINE)
        except Exception:
            return None
        name = f"{self.prefix}/a11y-{hashlib.sha1(picture).hexdigest()[:20]}.jpeg"
        (self.folder / name).parent.mkdir(parents=True, exist_ok=True)
        (self.folder / name).write_bytes(picture)
        return name


@dataclass(frozen=True)
class Known:
    """A violation the baseline accepts: a rule, on pages whose address starts with ``adres``."""

    regel: str
    reden: str
    adres: str = "/"

    def covers(self, rule: str, address: str) -> bool:
        return rule == self.regel and address.startswith(self.adres)


def load_baseline(path: Path) -> list[Known]:
    """The baseline's entries (none when there is no baseline); a missing field or an entry without a
    reason stops with one Dutch line."""
    entries = tomllib.loads(path.read_text(encoding="utf-8")).get("bekend", []) if path.is_file() else []
    known = []
    for number, entry in enumerate(entries, 1):
        if not entry.get("regel") or not entry.get("reden"):
            raise ValueError(f"{path}: bekende schending {number} heeft geen 'regel' of geen 'reden'")
        known.append(Known(entry["regel"], entry["reden"], entry.get("adres", "/")))
    return known
