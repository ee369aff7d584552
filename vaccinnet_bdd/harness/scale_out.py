"""Beyond one machine: split the suite into shards, and drive a remote browser.

``--shard 2/4`` runs the second of four disjoint parts of the suite, balanced by how long each test
took (pytest-split's ``--splits 4 --group 2``, with the durations the project keeps in
``.test_durations``; a test not in that file counts as the average). Every shard is its own pytest
process and so starts its own embedded mock; ``vaccinnet-bdd merge-reports`` makes one report of
their report folders. ``--connect-browser ws://host:port/`` drives a browser that a Playwright
server (``playwright run-server``) or a browser grid offers, instead of launching one here.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

DURATIONS = ".test_durations"  # in the project's root folder, kept in the repository


def parse_shard(value: str) -> tuple[int, int]:
    index, _, total = value.partition("/")
    if not (index.isdigit() and total.isdigit() and 1 <= int(index) <= int(total)):
        raise pytest.UsageError(f"--shard verwacht I/N met 1 <= I <= N, niet {value!r}")
    return int(index), int(total)


@pytest.hookimpl(tryfirst=True)  # before pytest-split's own configure reads its options
def pytest_configure(config: pytest.Config) -> None:
    if config.option.durations_path == os.path.join(os.getcwd(), DURATIONS):  # pytest-split's default
        config.option.durations_path = str(config.rootpath / DURATIONS)
    value = config.getoption("--shard")
    if value:
        config.option.group, config.option.splits = parse_shard(value)


@pytest.fixture(scope="session")
def connect_options(pytestconfig: pytest.Config) -> dict[str, Any] | None:
    """Overrides pytest-playwright: connect to a remote browser when one is given."""
    endpoint = pytestconfig.getoption("--connect-browser")
    return {"endpoint": endpoint} if endpoint else None
