"""Faults on purpose: the mock's latency, a 500 and a dropped connection (through the admin API), and a
page or a browser that dies in the middle of a scenario: each costs what it should, and no more."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import httpx2 as httpx
import pytest
from starlette.testclient import TestClient

from mock_portals import faults
from mock_portals.store import Store
from vaccinnet_bdd.harness.server import EmbeddedMock

from .conftest import scratch_project

ROOT = Path(__file__).resolve().parent.parent


def test_latency_is_added_to_the_routes_under_its_prefix(
    client: TestClient, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    monkeypatch.setattr(faults, "asyncio", SimpleNamespace(sleep=sleep))
    assert client.post("/__admin/faults", json={"prefix": "/uman", "latency_ms": 300}).status_code == 200
    client.get("/uman/")
    client.get("/csam/hulp")
    assert slept == [0.3]
    store.reset()  # the next scenario: the latency holds for the whole run
    client.get("/uman/")
    assert slept == [0.3, 0.3]


def test_one_500_answer_then_the_route_works_again(client: TestClient, store: Store) -> None:
    client.post("/__admin/faults", json={"prefix": "/vaccinnet/hulp", "fail_next": True})
    before = store.to_json()
    failed = client.get("/vaccinnet/hulp")
    assert failed.status_code == 500 and "Een fout met opzet" in failed.text
    assert client.get("/vaccinnet/hulp").status_code == 200
    assert store.to_json() == before


def test_a_dropped_connection_then_the_route_works_again() -> None:
    mock = EmbeddedMock(Store())
    try:
        httpx.post(mock.url + "/__admin/faults", json={"prefix": "/csam/hulp", "drop_next": True}).raise_for_status()
        with pytest.raises(httpx.HTTPError):  # the answer breaks off: the connection is gone
            httpx.get(mock.url + "/csam/hulp")
        assert httpx.get(mock.url + "/csam/hulp").status_code == 200
    finally:
        mock.stop()


def test_clear_takes_every_fault_away(client: TestClient, store: Store) -> None:
    client.post("/__admin/faults", json={"latency_ms": 5000, "fail_next": True, "drop_next": True})
    client.post("/__admin/faults", json={"clear": True})
    assert store.faults == faults.Faults()


def test_the_scenarios_pass_with_300_ms_added_to_every_answer(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (ROOT / "features" / "uman" / "gebruikers_verwijderen.feature").read_text(encoding="utf-8")
    scratch_project(pytester, monkeypatch, {"verwijderen.feature": source})
    result = pytester.runpytest_subprocess("--no-report", "--mock-latency", "300", "-k", "verdwijnt or meerdere")
    result.assert_outcomes(passed=2)


CRASHING = """
import os
import signal
from pathlib import Path

from pytest_bdd import given, then, when


def renderers():
    \"\"\"The renderer processes of this test run's browser (they descend from this process).\"\"\"
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                pass
    for pid in parents:
        ancestor = parents[pid]
        while ancestor > 1 and ancestor != os.getpid():
            ancestor = parents.get(ancestor, 0)
        if ancestor == os.getpid() and b"--type=renderer" in Path(f"/proc/{pid}/cmdline").read_bytes():
            yield pid

@given("een pagina van de oefenomgeving")
def _(page):
    page.goto("/csam/hulp")

@when("de renderer van de pagina crasht")
def _(page):
    with page.expect_event("crash"):
        for pid in renderers():
            os.kill(pid, signal.SIGKILL)

@when("de browser crasht")
def _(page):
    page.context.browser.new_browser_cdp_session().send("Browser.crash")

@then("toont de pagina nog een titel")
def _(page):
    assert page.title()
"""


@pytest.mark.parametrize(
    ("crash", "said"),
    [
        ("de renderer van de pagina crasht", "De browserpagina is gecrasht"),
        ("de browser crasht", "De browser is gestopt"),
    ],
)
def test_a_crash_costs_one_scenario_with_a_clear_error_and_the_run_goes_on(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, crash: str, said: str
) -> None:
    feature = (
        "# language: nl\n@handleiding-2.4.2\nFunctionaliteit: Crash\n"
        f"  Scenario: A crasht\n    Gegeven een pagina van de oefenomgeving\n    Als {crash}\n"
        "    Dan toont de pagina nog een titel\n"
        "  Scenario: B erna\n    Gegeven een pagina van de oefenomgeving\n    Dan toont de pagina nog een titel\n"
    )
    scratch_project(pytester, monkeypatch, {"x.feature": feature}, conftest=CRASHING)
    result = pytester.runpytest_subprocess("-p", "no:randomly")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([f"*{said}*"])
    html = (pytester.path / "reports" / "index.html").read_text(encoding="utf-8")
    assert said in html  # the report says it too, at the step
