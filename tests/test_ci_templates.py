"""examples/ci/: the CI templates' commands, run here as written with two shards, give one merged report
equal to that of one unsharded run (as tests/test_scale_out.py checks for merge-reports), with the JUnit
XML, the Cucumber JSON and the Allure results of every scenario.

The commands run in a copy of the project (the merged report goes to its reports/), after set-up:
``scripts/setup`` is the one command not run again. ``SUITE``, the templates' variable of what the
shards run, is a small part of the manual here (the whole suite three times would take minutes). The
shards run GitHub's command lines; GitLab's, its variables expanded, are checked to be the same lines,
and both merge commands run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.test_scale_out import SMALL, _seen

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "examples" / "ci"
SETUP = "scripts/setup"


def _github(template: dict[str, Any], shard: int, shards: int) -> tuple[list[str], list[str], dict[str, str]]:
    """The shard job's commands, the merge job's, and the variables of shard ``shard`` of ``shards``."""
    jobs = template["jobs"]
    assert jobs["shard"]["strategy"]["matrix"]["shard"] == list(range(1, template["env"]["SHARDS"] + 1))
    assert jobs["merge"]["needs"] == "shard" and jobs["merge"]["if"] == "always()"
    run = [[step["run"] for step in jobs[job]["steps"] if "run" in step] for job in ("shard", "merge")]
    variables = {k: str(v) for k, v in template["env"].items()} | {"SHARD": str(shard), "SHARDS": str(shards)}
    return run[0], run[1], variables


def _gitlab(template: dict[str, Any], shard: int, shards: int) -> tuple[list[str], list[str], dict[str, str]]:
    assert template["shard"]["parallel"] == 2 and template["merge"]["needs"] == ["shard"]
    variables = {k: str(v) for k, v in template["variables"].items()}
    return (
        template["shard"]["script"],
        template["merge"]["script"],
        variables | {"CI_NODE_INDEX": str(shard), "CI_NODE_TOTAL": str(shards)},
    )


def _project(tmp_path: Path) -> Path:
    """A copy of the project, with this environment (.venv) and the installed Node.js tools (.cache)."""
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns(".venv", ".cache", ".git", "reports", "mutants", "*.egg-info")
    shutil.copytree(ROOT, copy, ignore=ignore)
    (copy / ".venv").symlink_to(Path(sys.prefix))
    (copy / ".cache").symlink_to(ROOT / ".cache")
    return copy


def _run(commands: list[str], project: Path, variables: dict[str, str]) -> None:
    """Each command as CI runs it: a shell line in the project, with the job's variables."""
    env = os.environ | variables | {"SUITE": " ".join(SMALL), "PYTHONPATH": str(project)}
    for command in commands:
        if command == SETUP:
            continue  # this machine is set up: the tests run in its environment
        done = subprocess.run(["bash", "-c", command], cwd=project, env=env, capture_output=True, text=True)
        assert done.returncode == 0, f"{command}\n{done.stdout[-3000:]}{done.stderr[-2000:]}"


def _tools(report: Path) -> tuple[list[tuple[str, int]], list[str]]:
    """The scenarios of the Cucumber JSON (file, line) and of the Allure results (names)."""
    written = json.loads((report / "cucumber.json").read_text(encoding="utf-8"))
    cucumber = sorted((feature["uri"], element["line"]) for feature in written for element in feature["elements"])
    results = report / "allure-results"
    allure = sorted(json.loads(p.read_text())["name"] for p in results.glob("*-result.json"))
    return cucumber, allure


def _expanded(commands: list[str], variables: dict[str, str]) -> list[str]:
    """The command lines a job runs, its variables expanded as the shell does."""
    with pytest.MonkeyPatch.context() as patch:
        for name, value in variables.items():
            patch.setenv(name, value)
        return [os.path.expandvars(command) for command in commands]


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js for the Cucumber formatters")
def test_the_ci_templates_commands_with_two_shards_merge_into_the_report_of_one_run(tmp_path: Path) -> None:
    project = _project(tmp_path)
    github = yaml.safe_load((TEMPLATES / "github-actions.yml").read_text())
    gitlab = yaml.safe_load((TEMPLATES / "gitlab-ci.yml").read_text())
    shard, _, one = _github(github, 1, 1)  # the shard command with one shard: the unsharded run
    _run(shard, project, one)
    shutil.move(project / "shards" / "1", tmp_path / "een")
    expected = _seen(tmp_path / "een")
    assert len(expected[0]) == 8 and len(_tools(tmp_path / "een")[0]) == 8
    for i in (1, 2):
        shard, merge, variables = _github(github, i, 2)
        _run(shard, project, variables)
        # GitLab's shards run the very same command lines (only its variables have other names)
        its_shard, _, its_variables = _gitlab(gitlab, i, 2)
        assert _expanded(its_shard, its_variables) == _expanded(shard, variables)
    for name, template, read in (("github", github, _github), ("gitlab", gitlab, _gitlab)):
        _, merge, variables = read(template, 2, 2)
        _run(merge, project, variables)
        assert _seen(project / "reports") == expected, name
        assert _tools(project / "reports") == _tools(tmp_path / "een"), name
        pictures = {p.name for i in (1, 2) for p in (project / "shards" / str(i) / "screenshots").iterdir()}
        assert pictures == {p.name for p in (project / "reports" / "screenshots").iterdir()}, name
        shutil.rmtree(project / "reports")
    twice = [".venv/bin/vaccinnet-bdd", "merge-reports", "shards/1", "shards/1", "--out", "twice"]
    said = subprocess.run(twice, cwd=project, env=os.environ | {"PYTHONPATH": str(project)}, capture_output=True)
    assert said.returncode == 0 and "één keer geteld" in said.stdout.decode()  # a scenario in two folders
    assert len(_seen(project / "twice")[0]) == len(_seen(project / "shards" / "1")[0])  # counts once
