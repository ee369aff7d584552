"""The fixtures of one scenario's people: its World, on the scene of the run's stage, and a browser
for each person in it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page
from pytest_playwright.pytest_playwright import CreateContextCallback

from .options import step_timeout
from .people import People
from .provided import provided_of
from .stage import stage_of
from .world import World


@pytest.fixture
def world(request: pytest.FixtureRequest) -> Iterator[World]:
    """The parts of the scenario on the stage the run plays on; when it ends, the scene puts back
    what the scenario changed and lets go of what it held."""
    scene = stage_of(request.config).scene(request)
    yield World(scene, provided_of(request.config).codes)
    scene.end()


@pytest.fixture
def people(request: pytest.FixtureRequest) -> People:
    """The browser of each person of the scenario (vaccinnet_bdd.harness.people)."""

    def another() -> Page:
        new_context: CreateContextCallback = request.getfixturevalue("new_context")
        page = new_context().new_page()
        page.set_default_timeout(step_timeout(request.config))  # as the warm tab's
        return page

    return People(lambda: request.getfixturevalue("page"), another)
