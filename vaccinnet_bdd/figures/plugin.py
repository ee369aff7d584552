"""The figures' part of the pytest plugin: each scenario's ``camera`` (see ``draw.Camera``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from vaccinnet_bdd.harness.options import DEFAULT_SEED, SEED
from vaccinnet_bdd.manual.outline import TAG_PREFIX

from .draw import TAG, Camera

SCENARIO = pytest.StashKey[tuple[str, str]]()
# The moment every figure is drawn at, on the mock: the dates it shows are the same every time.
MOMENT = dt.datetime(2026, 5, 5, 9, 0).timestamp()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A figure is drawn from the same practice world whatever the run's --seed: its generated names,
    numbers and user names are the same every time, so only a change of the portals changes it."""
    for item in items:
        if item.get_closest_marker(TAG):
            item.stash[SEED] = DEFAULT_SEED


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.node.stash[SCENARIO] = (feature.rel_filename, scenario.name)
    if request.node.get_closest_marker(TAG):
        request.getfixturevalue("world").set_clock(MOMENT)


@pytest.fixture
def camera(request: pytest.FixtureRequest, pytestconfig: pytest.Config) -> Camera:
    """Draws the scenario's figures into ``--figures-dir``; without it only checks their names."""
    folder = pytestconfig.getoption("--figures-dir")
    node = request.node
    sections = {m.name.removeprefix(TAG_PREFIX) for m in node.iter_markers() if m.name.startswith(TAG_PREFIX)}
    feature, scenario = node.stash.get(SCENARIO, ("", ""))
    return Camera(Path(folder) if folder else None, sections, feature, scenario)
