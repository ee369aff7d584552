"""Every Gherkin tag of features/ is a registered marker; each scenario starts on a fresh state."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from livingdoc.outline import feature_tags


def pytest_configure(config: pytest.Config) -> None:
    for tag in sorted(feature_tags(Path(config.rootpath, "features"))):
        config.addinivalue_line("markers", f"{tag}: Gherkin tag")


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Any, scenario: Any) -> None:
    request.getfixturevalue("fresh_state")
    # The mock answers in milliseconds: a step that waits 5 s for something has found a bug.
    request.getfixturevalue("page").set_default_timeout(5_000)
