"""Beyond one machine: split the suite into shards, and drive a remote browser.

``--shard 2/4`` runs the second of four disjoint parts of the suite; every shard is its own pytest
process and so starts its own embedded mock. ``--connect-browser ws://host:port/`` drives a browser
that a Playwright server (``playwright run-server``) or a browser grid offers, instead of
launching one here.
"""

from __future__ import annotations

import zlib
from typing import Any

import pytest


def shard_of(nodeid: str, shards: int) -> int:
    """The 1-based shard a test belongs to: stable across runs and machines."""
    return zlib.crc32(nodeid.encode()) % shards + 1


def parse_shard(value: str) -> tuple[int, int]:
    index, _, total = value.partition("/")
    if not (index.isdigit() and total.isdigit() and 1 <= int(index) <= int(total)):
        raise pytest.UsageError(f"--shard expects I/N with 1 <= I <= N, not {value!r}")
    return int(index), int(total)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    value = config.getoption("--shard")
    if not value:
        return
    index, total = parse_shard(value)
    keep = [item for item in items if shard_of(item.nodeid, total) == index]
    config.hook.pytest_deselected(items=[item for item in items if item not in keep])
    items[:] = keep


@pytest.fixture(scope="session")
def connect_options(pytestconfig: pytest.Config) -> dict[str, Any] | None:
    """Overrides pytest-playwright: connect to a remote browser when one is given."""
    endpoint = pytestconfig.getoption("--connect-browser")
    return {"endpoint": endpoint} if endpoint else None
