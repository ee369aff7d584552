"""pytest plugin: record every scenario step by step, with a screenshot after each step, and write
the living documentation when the run ends.

Everything goes to ``--report-dir`` (default ``reports/``): the report, its screenshots, the
Cucumber Messages (and the official Cucumber HTML report when its formatter is installed), the
JUnit XML, the Playwright traces of failures and the per-worker parts of a parallel run. A run
replaces everything of the previous report; a ``--no-report`` run writes none and leaves none.
Under pytest-xdist every worker writes its records to ``<report-dir>/.parts/<worker>.json``; the
controller merges them once all workers are done.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import allure_commons
import pytest

from vaccinnet_bdd.harness import library as step_library
from vaccinnet_bdd.harness.collect import features_dir
from vaccinnet_bdd.harness.options import STEP_LIBRARY
from vaccinnet_bdd.harness.stage import stage_of
from vaccinnet_bdd.harness.tags import feature_tags
from vaccinnet_bdd.manual import outline
from vaccinnet_bdd.manual import rules as inventory
from vaccinnet_bdd.manual.reader import outline_of

from . import allure_results
from .a11y import BASELINE, Known, load_baseline, wanted
from .a11y_report import Scans, scans
from .cucumber_json import CucumberJson
from .features import index
from .publish import CucumberHtml, publish
from .recorder import PARTS, RUN, Recorder

FORMATTER = pytest.StashKey[CucumberHtml | None]()
JSON_FORMATTER = pytest.StashKey[CucumberJson | None]()

# What a run writes to the report folder: the next run, or a --no-report run, removes all of it first.
OUTPUTS = (
    "index.html",
    "stappen.html",
    "toegankelijkheid.html",
    "cucumber.ndjson",
    "cucumber.html",
    "cucumber.json",
    "junit.xml",
    "screenshots",
    "test-results",
    allure_results.RESULTS,
    PARTS,
    RUN,
)


def report_dir(config: pytest.Config) -> Path:
    return Path(config.rootpath, config.getoption("--report-dir"))


@pytest.hookimpl(tryfirst=True)  # before the JUnit XML plugin reads where to write
def pytest_configure(config: pytest.Config) -> None:
    tags = feature_tags(features_dir(config))
    # With the user's manual, its own outline holds and a section it lacks is shown in the report.
    unknown = set() if config.getoption("--manual") else outline.unknown_section_tags(tags)
    if unknown:
        raise pytest.UsageError(
            f"features/ noemt secties die versie {outline.VERSION} van de handleiding niet heeft: "
            + ", ".join(f"@{t}" for t in sorted(unknown))
        )
    try:
        rules = inventory.load(features_dir(config))
    except inventory.InventoryError as error:
        raise pytest.UsageError(str(error)) from None
    unknown = {t for t in tags if t.startswith(inventory.TAG_PREFIX)} - inventory.known_tags(rules)
    if unknown and (features_dir(config) / inventory.INVENTORY).is_file():  # a project without one checks none
        raise pytest.UsageError(
            f"features/ noemt regels die features/{inventory.INVENTORY} niet kent: "
            + ", ".join(f"@{t}" for t in sorted(unknown))
        )
    if wanted(config):
        try:
            _baseline(config)
        except (ValueError, OSError) as error:
            raise pytest.UsageError(f"--a11y-baseline: {error}") from None
    if config.getoption("collectonly"):
        return
    folder = report_dir(config)
    if config.option.xmlpath is None:
        config.option.xmlpath = str(folder / "junit.xml")
    if config.getoption("--output", default=None) == "test-results":  # pytest-playwright's default
        config.option.output = str(folder / "test-results")
    if not hasattr(config, "workerinput"):  # the controller, or a run without xdist: start afresh
        for name in OUTPUTS:
            path = folder / name
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
    report = not config.getoption("--no-report")
    if report and not hasattr(config, "workerinput"):  # the process that publishes: the formatter loads meanwhile
        config.stash[FORMATTER] = CucumberHtml.start(folder / "cucumber.html", config.rootpath)
        config.stash[JSON_FORMATTER] = CucumberJson.start(folder / "cucumber.json", config.rootpath)


def pytest_sessionstart(session: pytest.Session) -> None:
    """The recorder, and the suite's part of the Allure results (``--alluredir``) before it: after every
    plugin's configure, so after allure-pytest-bdd's listener (see ``allure_results``)."""
    config = session.config
    if config.getoption("collectonly"):
        return
    report = not config.getoption("--no-report")
    recorder = None
    if report or wanted(config):  # without a report, --a11y still scans each distinct screen
        recorder = Recorder(report_dir(config), config, photograph=report)
    if allure_results.wanted(config):
        known = outline_of(Path(config.getoption("--manual"))) if config.getoption("--manual") else None
        steps = allure_results.AllureSteps(recorder, known or outline.BUILT_IN)
        config.pluginmanager.register(steps, "vaccinnet_bdd.livingdoc-allure")
        allure_commons.plugin_manager.register(steps, "vaccinnet_bdd.livingdoc-allure")
        config.add_cleanup(lambda: allure_commons.plugin_manager.unregister(name="vaccinnet_bdd.livingdoc-allure"))
    if recorder is not None:
        config.pluginmanager.register(recorder, "vaccinnet_bdd.livingdoc-recorder")


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """The controller (or a run without xdist) merges what every worker recorded and publishes it."""
    config = session.config
    recorder = config.pluginmanager.get_plugin("vaccinnet_bdd.livingdoc-recorder")
    if not isinstance(recorder, Recorder) or hasattr(config, "workerinput"):
        return
    results = recorder.merged()
    baseline = _baseline(config) if wanted(config) else None
    if config.getoption("--no-report"):  # the records were only for the scans: none is left behind
        shutil.rmtree(report_dir(config) / PARTS, ignore_errors=True)
    elif results:
        seed = config.getoption("--seed", default=None)
        (report_dir(config) / RUN).write_text(json.dumps({"started": recorder.started, "seed": seed}))
        publish(
            report_dir(config),
            features_dir(config),
            results,
            started=recorder.started,
            seed=seed,
            when=dt.datetime.now().strftime("%d/%m/%Y %H:%M"),
            manual=config.getoption("--manual"),
            formatter=config.stash.get(FORMATTER, None),
            json_formatter=config.stash.get(JSON_FORMATTER, None),
            library=step_library.of_config(config),
            setting=list(config.getini(STEP_LIBRARY)),
            looking=stage_of(config).onlookers,
            a11y=baseline,
            environment=stage_of(config).environment,
        )
        config.stash[FORMATTER] = None
        config.stash[JSON_FORMATTER] = None
    if baseline is not None:
        _a11y_verdict(session, scans(results, index(features_dir(config)), baseline))


def _a11y_verdict(session: pytest.Session, found: Scans) -> None:
    """A violation outside the baseline fails the run, as a failure of its own (not of a scenario); so
    does a run that was to scan and scanned no page at all."""
    terminal = session.config.pluginmanager.get_plugin("terminalreporter")
    write = terminal.write_line if terminal is not None else print
    if not found.pages:
        write(
            "Toegankelijkheid: --a11y, maar geen enkele pagina werd gecontroleerd (geen scenario toonde een"
            " scherm); de run faalt."
        )
        session.exitstatus = session.exitstatus or pytest.ExitCode.TESTS_FAILED
        return
    write(f"Toegankelijkheid: {len(found.pages)} pagina's gecontroleerd, {len(found.violations)} schendingen.")
    for violation in found.new:
        write(f"  NIEUW {violation.regel} ({violation.impact}, WCAG {', '.join(violation.wcag)}) op {violation.adres}")
    for known in found.removable:
        write(f"  kan uit de baseline: {known.regel} op {known.adres}")
    if found.new and session.exitstatus == 0:
        write("Toegankelijkheid: schendingen buiten de baseline; de run faalt (zie toegankelijkheid.html).")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def _baseline(config: pytest.Config) -> list[Known]:
    path = config.getoption("--a11y-baseline")
    return load_baseline(Path(path) if path else features_dir(config) / BASELINE)


def pytest_unconfigure(config: pytest.Config) -> None:
    """A run that published nothing (no scenario ran, or it stopped early) stops the formatters."""
    for formatter in (config.stash.get(FORMATTER, None), config.stash.get(JSON_FORMATTER, None)):
        if formatter is not None:
            formatter.cancel()
