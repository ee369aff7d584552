"""Where this run plays, chosen once before any test: an acceptance environment with ``--target``
(or $VACCINNET_BDD_TARGET), else the mock (embedded, or started elsewhere with ``--base-url``). The
drift check looks at the manual's pages where its run plays, or where ``check-manual`` is pointed.

The target file is checked first: its fields, its words, every portal's address and every account's
secrets in the environment; a file the run cannot use stops it with one line (exit code 4).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .mock import MockStage, mock_onlookers
from .on_target import TargetStage
from .options import STEP_LIBRARY
from .provided import Looking, Provided, provided_of, vocabulary
from .stage import set_stage
from .target import ENV, TargetError, ready
from .target_run import TargetRun


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    chosen = config.getoption("--target") or os.environ.get(ENV)  # the target file, else the mock
    path = Path(chosen) if chosen else None
    if path is None:
        set_stage(config, MockStage(config))
        return
    library, base_url = list(config.getini(STEP_LIBRARY)), config.getoption("base_url", default=None)
    try:
        target = ready(path, vocabulary(library), base_url)
    except TargetError as error:
        raise pytest.UsageError(str(error)) from None
    if config.getoption("--tracing", default="off") != "off":
        raise pytest.UsageError(
            "op een doel worden geen traces gemaakt: ze zouden de geheimen van de accounts bevatten"
        )
    stage = TargetStage(target, provided_of(config), base_url, config.getoption("--allow-changes"))
    set_stage(config, stage)
    config.pluginmanager.register(TargetRun(stage), "vaccinnet-bdd-target-run")


def run_options(library: list[str], target: str | Path | None, base_url: str | None) -> list[str]:
    """The pytest options that make a run of its own (``figures``) play where a command is pointed:
    ``target`` (its --target, as given) checked first (TargetError: one line naming what is wrong),
    else the mock."""
    if not target:
        return ["--base-url", base_url] if base_url else []
    ready(Path(target), vocabulary(library), base_url)
    return ["--target", str(Path(target).resolve()), *(["--base-url", base_url] if base_url else [])]


def onlookers(provided: Provided, library: list[str], target: str | Path | None, base_url: str | None) -> Looking:
    """Who looks at the manual's pages for ``check-manual``: on a mock of their own, or on ``target``
    (its --target, as given; TargetError: a file that cannot be used, said in one line)."""
    if not target:
        return mock_onlookers(provided)
    ready_target = ready(Path(target), vocabulary(library), base_url)
    return TargetStage(ready_target, provided, base_url, allow_changes=False).onlookers(provided)
