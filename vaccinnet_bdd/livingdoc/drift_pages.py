"""The pages that each section of the manual is about, rendered in Chromium for the drift check.

Which pages, and as whom, the step library says (``ManualPages`` in what it provides). On the mock
they show the library's small world; on a target (``--target``) nothing is arranged: the accounts
that play each role log in with CSAM's app key, and a page that needs a role the file does not
have, or that could change the target, is not visited and says why. The text of every page
(closed accordions and the options of lists included) and the controls it offers are what the
manual's labels are looked up in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from playwright.sync_api import Browser, Page, sync_playwright

from vaccinnet_bdd.harness.chromium import VIEWPORT_SIZE, launch
from vaccinnet_bdd.harness.provided import Looking, ManualPages, NotVisited, Onlookers, Provided, provided


def _text(page: Page) -> str:
    page.wait_for_load_state()
    return str(page.locator("body").text_content())


class RenderedPages:
    """The pages of each section, rendered on demand: their text and the controls they offer."""

    def __init__(self, browser: Browser, url: str, seen: Onlookers, manual: ManualPages) -> None:
        self.page = browser.new_context(base_url=url, viewport=VIEWPORT_SIZE).new_page()
        self.page.set_default_timeout(20_000)  # a tool, not a test of speed: a busy machine is fine
        self.seen, self.manual = seen, manual
        self._texts: dict[str, str] = {}
        self._controls: dict[str, set[tuple[str, str]]] = {}
        self._unvisited: dict[str, list[str]] = {}

    def visits(self, section: str, unvisited: list[str] | None = None) -> Iterator[Page]:
        """The page after each visit of the section, as the person who sees it (why a page was not
        visited goes into ``unvisited``)."""
        lacking = sorted(self.manual.kinds - self.seen.kinds) if section in self.manual.by_kind else []
        if lacking and unvisited is not None:
            unvisited.append(f"het doelbestand noemt geen {', '.join(lacking)}")
        for role, portal, action in self.manual.pages.get(section, []):
            try:
                self.page.context.clear_cookies()
                if role is not None:
                    self.seen.log_in(self.page, role, portal)
                action(self.page, self.seen)
            except NotVisited as why:
                if unvisited is not None:
                    unvisited.append(str(why))
                continue
            self.page.wait_for_load_state()
            yield self.page

    def _render(self, section: str) -> None:
        if section in self._texts:
            return
        texts, controls, unvisited = [], set(), list[str]()
        for page in self.visits(section, unvisited):
            texts.append(_text(page))
            controls |= _controls(page)
        self._texts[section], self._controls[section] = "\n".join(texts), controls
        self._unvisited[section] = unvisited

    def unvisited(self, section: str) -> list[str]:
        """Why pages of the section were not visited (on a target), if any were not."""
        self._render(section)
        return self._unvisited[section]

    def text(self, section: str) -> str:
        """All the text of the section's pages, closed accordions and the options of lists included."""
        self._render(section)
        return self._texts[section]

    def has_control(self, section: str, roles: tuple[str, ...], name: str | None) -> bool:
        """Whether a page of the section has a control of one of ``roles`` named exactly ``name`` (any name: None)."""
        self._render(section)
        return any(role in roles and (name is None or shown == name) for role, shown in self._controls[section])


_ARIA_LINE = re.compile(r'^\s*- (\w+)(?: "((?:[^"\\]|\\.)*)")?', re.MULTILINE)


def _controls(page: Page) -> set[tuple[str, str]]:
    """Every (role, accessible name) of the page, after opening its accordions."""
    for _ in range(20):  # nested accordions open one level at a time
        closed = page.get_by_role("button", expanded=False)
        if not closed.count():
            break
        closed.first.click()
    snapshot = page.locator("body").aria_snapshot()
    return {(m.group(1), json.loads(f'"{m.group(2) or ""}"')) for m in _ARIA_LINE.finditer(snapshot)}


@contextmanager
def rendered_pages(
    library: list[str], looking: Callable[[Provided], Looking], browser: Browser | None = None
) -> Iterator[RenderedPages]:
    """The pages of every section of the manual, as the step library ``library`` says, seen by whom
    ``looking`` gives (``harness.where``), while a browser runs. Pass a browser to use one that is
    already running (as under pytest)."""
    given = provided(library)
    with looking(given) as (seen, url):
        manual = given.manual_pages
        assert manual is not None
        if browser is not None:
            yield RenderedPages(browser, url, seen, manual)
            return
        with sync_playwright() as playwright:
            own = launch(playwright.chromium)
            try:
                yield RenderedPages(own, url, seen, manual)
            finally:
                own.close()
