"""Every Gherkin tag of the features is a registered marker; each scenario starts on a fresh state."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from .collect import features_dir

TAG = re.compile(r"(?<!\S)@([^\s@]+)")


def feature_tags_of_text(text: str) -> set[str]:
    """The tags on the tag lines of one feature file's text."""
    tags: set[str] = set()
    for line in text.splitlines():
        if line.lstrip().startswith("@"):
            tags.update(TAG.findall(line))
    return tags


def feature_tags(features: Path) -> set[str]:
    """Every tag used in the feature files under ``features``."""
    tags: set[str] = set()
    for path in features.rglob("*.feature"):
        tags |= feature_tags_of_text(path.read_text(encoding="utf-8"))
    return tags


def pytest_configure(config: pytest.Config) -> None:
    for tag in sorted(feature_tags(features_dir(config))):
        config.addinivalue_line("markers", f"{tag}: Gherkin tag")


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.getfixturevalue("page")  # a scenario's screen is new from its first step
