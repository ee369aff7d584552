"""The fixtures of one scenario's people: its World, and a browser for each person in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page
from pytest_playwright.pytest_playwright import CreateContextCallback

from .arranger import Arranger
from .claims import Claims
from .on_target import STEP_KEY, OnTarget, Screens, claims_for, target_of
from .options import seed_of, step_timeout
from .people import People
from .target_run import UNDONE
from .world import Codes, World


@pytest.fixture(scope="session")
def claims(pytestconfig: pytest.Config) -> Claims | None:
    """The personas this worker holds, on a target."""
    target = target_of(pytestconfig)
    return claims_for(target, pytestconfig.getoption("base_url", default=None)) if target else None


@pytest.fixture
def world(
    arranger: Arranger | None,
    fresh_state: None,
    pytestconfig: pytest.Config,
    mock_url: str,
    mock_codes: Codes,
    claims: Claims | None,
    people: People,
    request: pytest.FixtureRequest,
) -> Iterator[World]:
    host = mock_url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
    target = target_of(pytestconfig)
    on_target = None
    if target is not None and claims is not None:  # fixtures only a target needs, asked for only there
        new_context: CreateContextCallback = request.getfixturevalue("new_context")
        on_target = OnTarget(
            target,
            claims,
            step=lambda: request.node.stash.get(STEP_KEY, "?"),
            sign_in=request.getfixturevalue("target_sign_in"),
            screens=Screens(lambda: new_context().new_page(), request.getfixturevalue("target_member_row")),
        )
    world = World(arranger, seed_of(request.node), host, mock_codes, on_target, people)
    yield world
    done, left = on_target.undo_all(lambda: new_context().new_page()) if on_target else ([], [])
    if claims is not None:
        claims.release()
    if on_target is not None and (done or left):  # for the run's count (target_run.Tally)
        request.node.user_properties.append((UNDONE, {"hersteld": done, "achtergelaten": left}))
    if left:
        raise AssertionError("ongedaan maken mislukt; blijft achter op het doel: " + "; ".join(left))


@pytest.fixture
def people(request: pytest.FixtureRequest) -> People:
    """The browser of each person of the scenario (vaccinnet_bdd.harness.people)."""

    def another() -> Page:
        new_context: CreateContextCallback = request.getfixturevalue("new_context")
        page = new_context().new_page()
        page.set_default_timeout(step_timeout(request.config))  # as the warm tab's
        return page

    return People(lambda: request.getfixturevalue("page"), another)
