"""The report's pictures of the screen: which screens are new, and how one is photographed.

A screen is only photographed when it is new to this process: a cheap fingerprint of the page
(what decides how it looks) says whether an earlier step, of this scenario or an earlier one, showed
the same screen, and then its picture is shared. Every scenario starts from the same seed, so many
screens recur: in the whole suite about a third of the screenshots are saved this way. A picture is
stored once under the hash of its bytes, however many steps and scenarios show it.

The living documentation's recorder takes its pictures here, and so do the benchmark's raw scripts
that are measured against it: both take the same screens in the same format.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

from .browser import devtools

# What decides how the screen looks, cheaply: address, viewport and scroll position, the document
# (without its hidden fields: the form's token differs per browser, not on the screen), the values
# typed or ticked, the element with the focus (and whether it shows its ring) and the one under the
# mouse (Chromium draws a hovered check box or list differently). A page with content that its
# document does not describe (a frame, a canvas, a video, a plug-in) is new each time.
FINGERPRINT = """() => {
    if (document.querySelector("iframe, frame, canvas, video, embed, object")) return String(Math.random());
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll("input[type=hidden]").forEach(e => e.remove());
    const where = e => {
        const path = [];
        for (; e && e.parentElement; e = e.parentElement) {
            path.push(e.tagName + [...e.parentElement.children].indexOf(e));
        }
        return path.join("<");
    };
    const active = document.activeElement, hovered = [...document.querySelectorAll(":hover")].pop();
    return JSON.stringify([location.href, innerWidth, innerHeight, scrollX, scrollY, doc.outerHTML,
        [...document.querySelectorAll("input:not([type=hidden]), select, textarea")].map(e => e.value + e.checked),
        where(active), active && active.matches(":focus-visible"), where(hovered)])
}"""


def capture(page: Any) -> bytes:
    """The visible screen as JPEG, straight from Chromium's DevTools protocol when it can.

    Playwright's screenshot first hides the text caret and waits for fonts, two more round trips
    that make each picture cost about 10 ms more; the report wants the screen as the user sees it.
    """
    try:
        session = devtools(page)
    except Exception:  # not Chromium: Playwright's own screenshot
        return bytes(page.screenshot(type="jpeg", quality=60, timeout=5_000))
    shot = session.send("Page.captureScreenshot", {"format": "jpeg", "quality": 60, "optimizeForSpeed": True})
    return base64.b64decode(shot["data"])


class Screens:
    """The pictures of one process, kept under ``folder`` / ``prefix``; with ``photograph`` False only
    which screens are distinct (a run without a report that still scans each screen once)."""

    def __init__(self, folder: Path, prefix: str, photograph: bool = True) -> None:
        self.folder = folder
        self.prefix = prefix
        self.photograph = photograph
        self._pictures: dict[str, str] = {}  # hash of a screen's fingerprint -> its picture
        if photograph:
            (folder / prefix).mkdir(parents=True, exist_ok=True)

    def after_step(self, page: Any) -> str | None:
        """The picture of the screen ``page`` shows (its path under the folder), taken if it is new;
        without photographs, the name of the distinct screen it is."""
        if page is None or page.url == "about:blank":
            return None  # nothing shown yet: the Gegeven steps arrange state without a browser
        try:
            return self._picture(page)
        except Exception:  # the step's click started a navigation: photograph the page it leads to
            try:
                page.wait_for_load_state("load", timeout=5_000)
                return self._picture(page)
            except Exception:  # a page that is closing: the step has no picture
                return None

    def _picture(self, page: Any) -> str:
        fingerprint = hashlib.sha1(page.evaluate(FINGERPRINT).encode()).hexdigest()
        if fingerprint in self._pictures:
            return self._pictures[fingerprint]
        if not self.photograph:
            self._pictures[fingerprint] = f"scherm-{fingerprint[:20]}"
            return self._pictures[fingerprint]
        picture = capture(page)
        name = f"{self.prefix}/{hashlib.sha1(picture).hexdigest()[:20]}.jpeg"
        if not (self.folder / name).exists():
            (self.folder / name).write_bytes(picture)
        self._pictures[fingerprint] = name
        return name
