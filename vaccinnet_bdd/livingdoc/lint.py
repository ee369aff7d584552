"""``vaccinnet-bdd lint-features``: the feature files against the suite's house rules, with gherkin-lint.

gherkin-lint (npm; scripts/setup installs it into ``.cache/gherkin-lint``) reads each file with the
official Gherkin parser. Its configuration is written for each run: the section tags are those of
the manual's outline, beside the tags the suite gives a meaning. Two rules are the suite's own
(``gherkin_rules/``, as gherkin-lint has none for them): the files are Dutch, and a block of Gegeven
steps that several scenarios start with belongs in an Achtergrond. Every finding says in Dutch what
the rule asks, beside gherkin-lint's own words.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from vaccinnet_bdd.figures.draw import TAG as FIGURE
from vaccinnet_bdd.harness.stage import CHANGES
from vaccinnet_bdd.manual import rules as inventory
from vaccinnet_bdd.manual.outline import SECTIONS
from vaccinnet_bdd.project import features_dir

from .check_features import Problem
from .features import ASSUMPTION

LINTER = Path(".cache", "gherkin-lint", "node_modules", "gherkin-lint", "dist", "main.js")
OWN_RULES = Path(__file__).with_name("gherkin_rules")
OWN = ("taal-nl", "achtergrond")  # the rules in OWN_RULES, whose messages are Dutch already
# The tags the harness and the tools give a meaning, besides the manual's sections.
MEANINGFUL_TAGS = tuple(f"@{tag}" for tag in (CHANGES, ASSUMPTION, FIGURE))
MAX_STEPS = 10
LANGUAGE = 'zet "# language: nl" op de eerste regel: de scenario\'s zijn Nederlands, zoals de handleiding'

# A test case's key in Xray (its Cucumber import links a scenario by a tag @TEST_<key>) and in Zephyr
# Scale (@TestCaseKey=<key>), kept in cucumber.json.
TEST_MANAGEMENT_KEYS = [r"^@TEST_[A-Z][A-Z0-9_]*-\d+$", r"^@TestCaseKey=[A-Z][A-Z0-9_]*-T\d+$"]

# Each rule that is on, with its options, and what it asks, in Dutch.
RULES: dict[str, tuple[Any, str]] = {
    "taal-nl": ("on", LANGUAGE),
    "achtergrond": ("on", "zet ze in een Achtergrond (met die scenario's in een eigen bestand als niet elk ze heeft)"),
    "allowed-tags": (
        # + the inventory's, per run; and the keys of test cases in Xray and Zephyr Scale (cucumber.json)
        ["on", {"tags": [*MEANINGFUL_TAGS, *(f"@{s.tag}" for s in SECTIONS)], "patterns": TEST_MANAGEMENT_KEYS}],
        "enkel @handleiding-<sectie> met een sectie van de handleiding, @regel-<nummer> met een regel van "
        f"features/{inventory.INVENTORY} of @regel-<nummer>-G1 en -T1 met een gevolg en een toelating ervan, "
        f"{', '.join(MEANINGFUL_TAGS)}, of de sleutel van een testgeval in Xray"
        " (@TEST_ABC-123) of Zephyr Scale (@TestCaseKey=ABC-T123)",
    ),
    "keywords-in-logical-order": ("on", "eerst Gegeven, dan Als, dan Dan"),
    "no-dupe-scenario-names": (["on", "anywhere"], "elk scenario heeft een eigen naam, in de hele suite"),
    "no-dupe-feature-names": ("on", "elke functionaliteit heeft een eigen naam"),
    "scenario-size": (
        ["on", {"steps-length": {"Background": MAX_STEPS, "Scenario": MAX_STEPS}}],
        f"hoogstens {MAX_STEPS} stappen per scenario of achtergrond",
    ),
    "no-unnamed-features": ("on", "elke functionaliteit heeft een naam"),
    "no-unnamed-scenarios": ("on", "elk scenario heeft een naam"),
    "no-homogenous-tags": ("on", "een tag die elk scenario heeft, staat bij de functionaliteit"),
    "no-superfluous-tags": ("on", "een tag van de functionaliteit staat niet nog eens bij een scenario"),
    "no-duplicate-tags": ("on", "geen tag twee keer"),
    "no-empty-background": ("on", "geen lege achtergrond"),
    "no-background-only-scenario": ("on", "een achtergrond bij één scenario: zet de stappen in dat scenario"),
    "no-files-without-scenarios": ("on", "elk feature-bestand heeft scenario's"),
    "no-empty-file": ("on", "geen leeg feature-bestand"),
    "no-scenario-outlines-without-examples": ("on", "een abstract scenario heeft voorbeelden"),
    "no-unused-variables": ("on", "elke kolom van de voorbeelden staat in de stappen, elke <naam> heeft een kolom"),
    "no-trailing-spaces": ("on", "geen spaties op het einde van een regel"),
    "no-multiple-empty-lines": ("on", "hoogstens één lege regel na elkaar"),
    "new-line-at-eof": (["on", "yes"], "het bestand eindigt met een nieuwe regel"),
    "one-space-between-tags": ("on", "één spatie tussen tags"),
    "no-partially-commented-tag-lines": ("on", "geen tag achter een # op een regel met tags"),
    "use-and": ("on", "herhaal Gegeven, Als of Dan niet: schrijf En"),
}
NOT_GHERKIN = "geen geldige Gherkin"


class LinterMissing(Exception):
    """gherkin-lint, or Node.js to run it, is not installed."""


def _config(rules: list[str]) -> dict[str, Any]:
    """The configuration, with the tags of ``rules`` (the inventory's) allowed too."""
    config = {rule: options for rule, (options, _) in RULES.items()}
    allowed = config["allowed-tags"][1]
    config["allowed-tags"] = ["on", {**allowed, "tags": [*allowed["tags"], *(f"@{tag}" for tag in rules)]}]
    return config


def _what(rule: str, file: Path) -> str:
    if rule == "unexpected-error":
        lines = file.read_text(encoding="utf-8").lstrip().splitlines() if file.is_file() else []
        return LANGUAGE if not (lines and lines[0].replace(" ", "") == "#language:nl") else NOT_GHERKIN
    return RULES[rule][1] if rule in RULES else rule


def lint(paths: list[Path], root: Path) -> list[Problem]:
    """Every finding of gherkin-lint in ``paths``, with the file relative to ``root``."""
    node, linter = shutil.which("node"), root / LINTER
    if node is None or not linter.is_file():
        raise LinterMissing("gherkin-lint ontbreekt: scripts/setup installeert het (met npm) in .cache/gherkin-lint")
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder, "gherkin-lintrc.json")
        tags = sorted(inventory.known_tags(inventory.load(features_dir(root))))
        config.write_text(json.dumps(_config(tags)), encoding="utf-8")
        command = [node, str(linter), "-f", "json", "-c", str(config), "-r", str(OWN_RULES), *map(str, paths)]
        run = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=root)
    try:
        results = json.loads(run.stderr)  # gherkin-lint writes its JSON report to stderr
    except json.JSONDecodeError:
        raise LinterMissing(f"gherkin-lint gaf geen resultaat: {(run.stderr + run.stdout).strip()[:500]}") from None
    problems = []
    for result in results:
        file = Path(result["filePath"])
        shown = file.resolve().relative_to(root).as_posix() if file.resolve().is_relative_to(root) else str(file)
        parse_errors = [e for e in result["errors"] if e["rule"] == "unexpected-error"]
        for error in parse_errors[:1] or result["errors"]:  # after the first parse error, the rest follows from it
            rule, what = error["rule"], _what(error["rule"], file)
            said = f"{error['message']}: {what}" if rule in OWN else f"{what} [{rule}: {error['message']}]"
            problems.append(Problem(shown, int(error["line"]), said))
    return sorted(problems, key=lambda p: (p.file, p.line))
