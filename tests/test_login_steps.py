"""Every step in which a person logs in to a portal opens that portal's login page itself: run from a
browser that shows nothing yet, as for a second person in a scenario, it logs the person in."""

from __future__ import annotations

import re

import pytest

from steps import LIBRARY
from vaccinnet_bdd.livingdoc import catalogue

from .conftest import scratch_project, suite_addopts

LOGIN = re.compile(r"\bzich\b.*\baanmeldt\b")  # "zich bij Vaccinnet aanmeldt", "zich aanmeldt bij ProGezondheid"
REGISTRATION = "Vaccinnet Consultatie en Registratie"
WHO = ("person", "rep", "htb", "manager", "user")  # the parameters that name the person who logs in


def login_steps() -> list[catalogue.Entry]:
    return [e for e in catalogue.entries(LIBRARY) if e.keyword == "Als" and LOGIN.search(e.text)]


def test_every_login_step_works_from_an_empty_browser(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    steps = login_steps()
    assert len(steps) >= 5, [e.text for e in steps]  # Vaccinnet, UMAN, the registration, ProGezondheid, ...
    scenarios = []
    for n, entry in enumerate(steps, 1):
        who = next(p.example for p in entry.parameters if p.name in WHO)
        org = next((p.example for p in entry.parameters if p.name == "org"), None)  # logs in for an organisation
        logged_in = f'is zij in Vaccinnet aangemeld binnen de organisatie "{org}"' if org else f'is "{who}" aangemeld'
        scenarios.append(
            f"  Scenario: aanmelden {n}\n"
            f'    Gegeven "{who}" is gebruiker van wachtpost "WACHTPOST LEIE" met "{REGISTRATION}"\n'
            f'    En "Iemand Anders" heeft geen rechten in een organisatie\n'
            f'    Als "Iemand Anders" zich bij Vaccinnet aanmeldt met "eID"\n'  # the first browser is someone else's
            f"    En {entry.example}\n"
            f"    Dan {logged_in}\n"
        )
    feature = "# language: nl\n@handleiding-2.4.2\nFunctionaliteit: Aanmelden\n" + "\n".join(scenarios)
    scratch_project(pytester, monkeypatch, {"aanmelden.feature": feature}, addopts=suite_addopts())
    run = pytester.runpytest_subprocess("features", "-p", "no:xdist", "--no-report")
    run.assert_outcomes(passed=len(steps))
