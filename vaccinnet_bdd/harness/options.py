"""Every option of the suite, in one group that ``pytest --help`` shows together ("vaccinnet-bdd").

pytest-playwright's own options (``--browser``, ``--headed``, ``--tracing``, ...) and
pytest-base-url's ``--base-url`` stay theirs; the harness reads them where it needs them.
"""

from __future__ import annotations

import os

import pytest

from mock_portals.store import DEFAULT_SEED as DEFAULT_SEED  # the run's default seed, for the plugins above

from .chromium import ENV, VIEWPORT

STEP_LIBRARY = "vaccinnet_bdd_steps"  # the ini setting that names the step modules
# A scenario's own seed, where a plugin sets one (a figure is always drawn from the same world).
SEED = pytest.StashKey[int]()


def step_timeout(config: pytest.Config) -> float:
    """How long, in milliseconds, a step waits for what it looks for (``--step-timeout``, in seconds)."""
    return float(config.getoption("--step-timeout")) * 1000


def seed_of(node: pytest.Item) -> int:
    """The seed of a scenario's data: its own, else the run's ``--seed``."""
    return node.stash.get(SEED, node.config.getoption("--seed"))


DEFAULT_STEP_LIBRARY = ["steps"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        STEP_LIBRARY,
        type="linelist",
        default=DEFAULT_STEP_LIBRARY,
        help="the step library: importable modules or packages of step definitions, one a line (default: steps)",
    )
    group = parser.getgroup("vaccinnet-bdd", "the Vaccinnet manual suite")
    # the mock and its data
    group.addoption("--seed", type=int, default=DEFAULT_SEED, help="seed of the generated test data")
    group.addoption("--mock-url", default=None, help="alias of --base-url: a mock started separately")
    group.addoption("--mock-latency", type=int, default=0, help="milliseconds the mock adds to every answer")
    group.addoption(
        "--target",
        default=None,
        help="a target file (TOML): an acceptance environment instead of the mock (also $VACCINNET_BDD_TARGET)",
    )
    group.addoption(
        "--allow-changes", action="store_true", help="on a target: also run the scenarios tagged @wijzigt (they undo)"
    )
    # the browser
    group.addoption("--chromium", default=None, help=f"the Chromium binary to drive (also ${ENV})")
    group.addoption(
        "--viewport",
        default=f"{VIEWPORT[0]}x{VIEWPORT[1]}",
        help="browser viewport, WIDTHxHEIGHT, also of the screenshots",
    )
    group.addoption("--connect-browser", default=None, help="WebSocket endpoint of a Playwright browser server")
    group.addoption(
        "--step-timeout",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="how long a step waits for an element or a text before it fails (default 5; more on a slow target)",
    )
    group.addoption("--no-retry", action="store_true", help="a failed scenario is not run a second time with a trace")
    group.addoption("--shard", default=None, help="run only shard I of N, as I/N (1-based)")
    group.addoption(
        "--at-line",
        action="append",
        default=[],
        metavar="FILE:LINE",
        help="run the scenario (or the example row) at this line of a feature file; also written as FILE:LINE",
    )
    # the living documentation
    group.addoption("--report-dir", default="reports", help="where the report, JUnit XML and traces go")
    group.addoption("--no-report", action="store_true", help="no report and no screenshots: a quick run")
    group.addoption(
        "--a11y",
        action="store_true",
        help="scan every screen with axe-core (WCAG 2.1 A, AA); a violation outside the baseline fails the run",
    )
    group.addoption("--no-a11y", action="store_true", help="no accessibility scan, also where --a11y is given")
    group.addoption("--a11y-baseline", default=None, help="the baseline of known violations (TOML) for --a11y")
    group.addoption(
        "--manual",
        default=os.environ.get("VACCINNET_BDD_MANUAL"),
        help="the manual (.txt, .md, .docx, .pdf): each section of the report then shows its text and labels",
    )
    group.addoption(
        "--figures-dir", default=None, help="save the manual's figures (scenarios tagged @figuur) as PNG files here"
    )
