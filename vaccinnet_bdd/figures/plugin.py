"""The figures' part of the pytest plugin: each scenario's ``camera`` (see ``draw.Camera``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from vaccinnet_bdd.manual.outline import TAG_PREFIX

from .draw import Camera

SCENARIO = pytest.StashKey[tuple[str, str]]()


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.node.stash[SCENARIO] = (feature.rel_filename, scenario.name)


@pytest.fixture
def camera(request: pytest.FixtureRequest, pytestconfig: pytest.Config) -> Camera:
    """Draws the scenario's figures into ``--figures-dir``; without it only checks their names."""
    folder = pytestconfig.getoption("--figures-dir")
    node = request.node
    sections = {m.name.removeprefix(TAG_PREFIX) for m in node.iter_markers() if m.name.startswith(TAG_PREFIX)}
    feature, scenario = node.stash.get(SCENARIO, ("", ""))
    return Camera(Path(folder) if folder else None, sections, feature, scenario)
