"""The browser of the suite: Chromium (see vaccinnet_bdd.harness.chromium), its viewport, and a clear stop when a
browser that is asked for is missing: no Chromium at all, or ``--browser firefox``/``webkit``
when Playwright has not installed that browser. Either stops the run before any test with one line.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, BrowserType, CDPSession, Page, expect
from playwright.sync_api import Error as PlaywrightError

from vaccinnet_bdd.harness.chromium import (
    ENV,
    NO_BROWSER,
    launch,
    playwright_browser_installed,
    resolve_chromium,
    version_line,
)

from .options import step_timeout
from .retry import is_retry


def _needs_browser(config: pytest.Config) -> bool:
    """False when every path asked for lies under tests/ (unit tests need no browser)."""
    args = [a.split("::")[0] for a in config.args if not a.startswith("-")]
    return not args or not all(Path(a).resolve().is_relative_to(Path(config.rootpath, "tests")) for a in args)


def pytest_configure(config: pytest.Config) -> None:
    width, _, height = config.getoption("--viewport").partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise pytest.UsageError(
            f"--viewport verwacht BREEDTExHOOGTE, bv. 1280x800, niet {config.getoption('--viewport')!r}"
        )
    expect.set_options(timeout=step_timeout(config))  # Dan steps wait as long as the others
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


def pytest_report_header(config: pytest.Config) -> list[str]:
    line = version_line(os.environ.get(ENV) or None)
    return [line] if line else []


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any], browser_name: str) -> dict[str, Any]:
    executable = os.environ.get(ENV) if browser_name == "chromium" else None
    return {**browser_type_launch_args, **({"executable_path": executable} if executable else {})}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any], pytestconfig: pytest.Config) -> dict[str, Any]:
    width, _, height = pytestconfig.getoption("--viewport").partition("x")
    return {**browser_context_args, "viewport": {"width": int(width), "height": int(height)}}


class ResilientBrowser:
    """The session's browser; when one died during a scenario, the next scenario gets a new one."""

    def __init__(self, launch: Callable[[], Browser]) -> None:
        self._launch = launch
        self._browser = launch()

    def new_context(self, **options: Any) -> BrowserContext:
        if not self._browser.is_connected():
            self._browser = self._launch()
        context = self._browser.new_context(**options)
        _closable_after_a_crash(context)
        return context

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)

    def close(self) -> None:
        if self._browser.is_connected():
            self._browser.close()


def _closable_after_a_crash(context: BrowserContext) -> None:
    """Closing a context (and stopping its trace) when its browser died is nothing to do: the crash
    already failed its scenario, and the teardown should not fail it a second time."""
    for owner, name in ((context.tracing, "stop"), (context, "close")):
        original = getattr(owner, name)

        def tolerant(*args: Any, _original: Callable[..., Any] = original, **kwargs: Any) -> Any:
            try:
                return _original(*args, **kwargs)
            except PlaywrightError:
                if context.browser is not None and context.browser.is_connected():
                    raise
                return None

        setattr(owner, name, tolerant)


@pytest.fixture(scope="session")
def browser(
    launch_browser: Callable[[], Browser],
    browser_type: BrowserType,
    browser_type_launch_args: dict[str, Any],
    connect_options: dict[str, Any] | None,
) -> Iterator[Browser]:
    """Overrides pytest-playwright's: a browser that a crash costs one scenario, not the run; Chromium
    started as every tool of the project starts it, other browsers and remote ones by pytest-playwright."""
    if browser_type.name == "chromium" and not connect_options:
        resilient = ResilientBrowser(lambda: launch(browser_type, **browser_type_launch_args))
    else:
        resilient = ResilientBrowser(launch_browser)
    yield cast(Browser, resilient)
    resilient.close()


_DEVTOOLS: weakref.WeakKeyDictionary[Page, CDPSession] = weakref.WeakKeyDictionary()


def devtools(page: Page) -> CDPSession:
    """The page's Chromium DevTools session, opened once and kept as long as the page."""
    session = _DEVTOOLS.get(page)
    if session is None:
        session = _DEVTOOLS[page] = page.context.new_cdp_session(page)
    return session


# What a page of the mock may have kept in the browser: cleared before the tab leaves the site.
FORGET = "() => { sessionStorage.clear(); localStorage.clear(); window.name = '' }"


class WarmPage:
    """The worker's one tab, made as new for every scenario.

    A new browser context and tab per scenario cost a new renderer each time; this tab stays, and
    before each scenario everything a scenario can leave behind goes: other tabs, cookies, local
    and session storage, IndexedDB, caches and service workers of the mock's origin, permissions,
    the tab's history, viewport and name. What is left is the browser's HTTP cache of the mock's
    static files. tests/test_warm_page.py proves that nothing reaches the next scenario. A crashed
    tab or browser is replaced by a new one, and so is the tab after ``RENEW_AFTER`` scenarios: a
    renderer that lives for the whole run grows (a worker reached 1 GiB in 145 scenarios without this).
    """

    RENEW_AFTER = 40

    def __init__(self, browser: Browser, context_args: dict[str, Any], site: str) -> None:
        address = urlsplit(site)
        self._browser, self._args, self._origin = browser, context_args, f"{address.scheme}://{address.netloc}"
        self._page: Page | None = None
        self.crashed = False
        self._uses = 0

    def fresh(self) -> Page:
        page, self._uses = self._page, self._uses + 1
        renew = self.crashed or self._uses > self.RENEW_AFTER
        if page is None or page.is_closed() or renew or not self._browser.is_connected():
            return self._open()
        self._clear(page)
        return page

    def _clear(self, page: Page) -> None:
        context = page.context
        for other in context.pages:
            if other != page:
                other.close()
        if page.url.startswith(self._origin):
            page.evaluate(FORGET)
        page.goto("about:blank")
        devtools(page).send("Page.resetNavigationHistory")
        devtools(page).send("Storage.clearDataForOrigin", {"origin": self._origin, "storageTypes": "all"})
        context.clear_cookies()
        context.clear_permissions()
        if page.viewport_size != self._args["viewport"]:
            page.set_viewport_size(self._args["viewport"])

    def _open(self) -> Page:
        if self._page is not None and not self._page.is_closed() and self._browser.is_connected():
            self._page.context.close()
        self.crashed, self._uses = False, 1
        self._page = self._browser.new_context(**self._args).new_page()
        self._page.on("crash", lambda _: setattr(self, "crashed", True))
        return self._page

    def close(self) -> None:
        if self._page is not None and self._browser.is_connected():
            self._page.context.close()


@pytest.fixture(scope="session")
def warm_page(browser: Browser, browser_context_args: dict[str, Any], base_url: str) -> Iterator[WarmPage]:
    warm = WarmPage(browser, browser_context_args, base_url)
    yield warm
    warm.close()


@pytest.fixture
def page(request: pytest.FixtureRequest, warm_page: WarmPage) -> Iterator[Page]:
    """Overrides pytest-playwright's: the worker's warm tab, or a new traced context when tracing.

    When pytest-playwright traces (``--tracing on``, ``retain-on-failure``, or the traced second
    attempt of a failed scenario), the page is its own: a new context that it records.
    """
    traced = is_retry(request.node) or request.config.getoption("--tracing") != "off"
    page = request.getfixturevalue("new_context")().new_page() if traced else warm_page.fresh()
    # The mock answers in milliseconds: a step that waits 5 s (--step-timeout) for something has found a bug.
    page.set_default_timeout(step_timeout(request.config))

    def crashed(_: Page) -> None:
        request.node.page_crashed = True

    page.on("crash", crashed)
    yield page
    page.remove_listener("crash", crashed)


CRASHED = (
    "De browserpagina is gecrasht tijdens deze stap (de renderer stopte). Dit scenario faalt; "
    "de volgende scenario's krijgen een nieuwe pagina."
)
GONE = "De browser is gestopt tijdens deze stap. Dit scenario faalt; de volgende scenario's krijgen een nieuwe browser."


@pytest.hookimpl(tryfirst=True)  # before the report records the error
def pytest_bdd_step_error(request: pytest.FixtureRequest, exception: Exception) -> None:
    """A crash of the page or the browser, said plainly beside Playwright's own error."""
    if "page" not in request.fixturenames:
        return
    page = request.getfixturevalue("page")
    if getattr(request.node, "page_crashed", False):
        exception.add_note(CRASHED)
    elif not page.context.browser or not page.context.browser.is_connected():
        exception.add_note(GONE)
