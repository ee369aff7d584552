"""The worker's warm tab starts every scenario as a new tab would: nothing of the scenario before it
reaches the next one (cookies, storage, other tabs, history, viewport, permissions, name)."""

from __future__ import annotations

import pytest

from .conftest import scratch_project

STEPS = """
from pytest_bdd import given, then, when


SEEN = {}
LOOK = '''async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    name: window.name,
    databases: (await indexedDB.databases()).map(d => d.name),
    caches: await caches.keys(),
    geolocation: (await navigator.permissions.query({name: "geolocation"})).state,
    width: innerWidth,
})'''


@given("een pagina van de oefenomgeving")
def _(page):
    page.goto("/csam/hulp")


@when("de pagina overal sporen nalaat")
def _(page):
    SEEN["page"] = page
    page.context.add_cookies([{"name": "spoor", "value": "1", "url": page.url}])
    page.context.grant_permissions(["geolocation"])
    page.evaluate('''async () => {
        localStorage.setItem("spoor", "1");
        sessionStorage.setItem("spoor", "1");
        window.name = "spoor";
        indexedDB.open("spoor");
        await caches.open("spoor");
        history.pushState({}, "", "#spoor");
    }''')
    page.set_viewport_size({"width": 700, "height": 500})
    with page.context.expect_page():
        page.evaluate("window.open('/csam/hulp')")


@then("is het tabblad van het vorige scenario weer als nieuw")
def _(page, browser, browser_context_args):
    assert page is SEEN["page"], "het warme tabblad werd niet hergebruikt: deze test bewijst dan niets"
    new = browser.new_context(**browser_context_args)
    try:
        fresh = new.new_page()
        fresh.goto(page.url)
        assert page.evaluate(LOOK) == fresh.evaluate(LOOK)
        assert sorted(c["name"] for c in page.context.cookies()) == sorted(c["name"] for c in new.cookies())
    finally:
        new.close()
    assert page.context.pages == [page]
    page.go_back()
    assert not page.url.startswith("http"), "terug leidt naar een pagina van het vorige scenario"
"""

FEATURE = """# language: nl
@handleiding-2.4.2
Functionaliteit: Een warm tabblad

  Scenario: A laat sporen na
    Gegeven "Lies Bos" is "LB" van wachtpost "WACHTPOST LEIE"
    Als "Lies Bos" de gebruikers van "WACHTPOST LEIE" opent
    En de pagina overal sporen nalaat

  Scenario: B begint als in een nieuw tabblad
    Gegeven een pagina van de oefenomgeving
    Dan is het tabblad van het vorige scenario weer als nieuw
"""


def _run(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, steps: str, feature: str = FEATURE
) -> pytest.RunResult:
    scratch_project(
        pytester, monkeypatch, {"x.feature": feature}, conftest=steps, addopts="--tracing off -p no:randomly"
    )
    return pytester.runpytest_subprocess("--no-report", "--no-retry")


def test_nothing_of_one_scenario_reaches_the_next(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _run(pytester, monkeypatch, STEPS).assert_outcomes(passed=2)


def test_the_check_sees_what_a_tab_that_is_not_cleared_keeps(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same scenarios with the clearing switched off: the second one fails, so the check can."""
    without = (
        STEPS + "\nfrom vaccinnet_bdd.harness.browser import WarmPage\nWarmPage._clear = lambda self, page: None\n"
    )
    result = _run(pytester, monkeypatch, without)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["FAILED features/x.feature::test_b_begint_als_in_een_nieuw_tabblad*"])


def test_the_tab_is_renewed_after_a_number_of_scenarios(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A renderer kept for a whole run grows: after RENEW_AFTER scenarios the tab and its context
    make way for new ones, and the old ones are closed."""
    renewing = (
        STEPS
        + """
from vaccinnet_bdd.harness.browser import WarmPage
WarmPage.RENEW_AFTER = 1


@then("krijgt het een nieuw tabblad en is het oude gesloten")
def _(page):
    assert page is not SEEN["page"] and SEEN["page"].is_closed()
"""
    )
    feature = FEATURE.replace(
        "Dan is het tabblad van het vorige scenario weer als nieuw",
        "Dan krijgt het een nieuw tabblad en is het oude gesloten",
    )
    _run(pytester, monkeypatch, renewing, feature).assert_outcomes(passed=2)
